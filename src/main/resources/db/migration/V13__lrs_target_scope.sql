-- Which statements a forwarding target receives (issue 3): all (both NULL), those of one module's
-- enrolments, or those of one cohort's enrolments (matched by context.registration).
ALTER TABLE lrs_target
    ADD COLUMN scope_module_id VARCHAR(100) NULL,
    ADD COLUMN scope_cohort_id BIGINT NULL;
