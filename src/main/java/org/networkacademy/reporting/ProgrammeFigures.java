package org.networkacademy.reporting;

import java.util.List;

/**
 * Programme-wide figures of one module.
 *
 * @param total      over all enrolments
 * @param byCountry  per country of the learner (ISO code), most enrolments first
 * @param byInstitution per institution as registered, most enrolments first (top {@link ProgrammeService#TOP})
 * @param byMonth    per month of enrolment ({@code yyyy-MM}, UTC), oldest first
 * @param byCohort   per cohort ("name (#id)", or {@link ProgrammeService#NO_COHORT}), most enrolments first
 * @param cohortIds  cohort id of each {@code byCohort} key, for drilling down to the cohort
 */
public record ProgrammeFigures(Row total, List<Row> byCountry, List<Row> byInstitution, List<Row> byMonth,
                               List<Row> byCohort, java.util.Map<String, Long> cohortIds) {

    /**
     * Counts for one group of enrolments.
     *
     * @param key         the group (country code, institution, month; "" for the total)
     * @param enrolled    enrolments
     * @param active      enrolments with learning activity in the last 30 days
     * @param completed   enrolments that completed the module
     * @param certified   enrolments with a valid certificate
     * @param tookFinal   enrolments with at least one submitted final assessment
     * @param passedFinal enrolments with a passed final assessment
     */
    public record Row(String key, long enrolled, long active, long completed, long certified, long tookFinal, long passedFinal) {

        /** @return passed / took the final assessment, percent 0–100, or -1 when nobody took it */
        public int passRate() {
            return tookFinal == 0 ? -1 : (int) Math.round(100.0 * passedFinal / tookFinal);
        }
    }
}
