-- ix_xapi_statement_stored (stored) is a prefix of ix_xapi_statement_stored_seq (stored, seq) (V10): every query it
-- served is served by the longer one, and each stored statement paid for keeping both up to date.
ALTER TABLE xapi_statement DROP INDEX ix_xapi_statement_stored;
