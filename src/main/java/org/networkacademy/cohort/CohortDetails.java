package org.networkacademy.cohort;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a trainer or admin enters to create or edit a cohort.
 *
 * @param name       up to 200 characters, any script
 * @param moduleId   a module of the course catalogue
 * @param language   one of the module's languages (BCP 47)
 * @param startsOn   first day, or null
 * @param endsOn     last day (not before {@code startsOn}), or null
 * @param status     life cycle status
 * @param trainerIds user ids of trainers (users with the trainer role); the creating trainer is always added
 */
public record CohortDetails(String name, String moduleId, String language, LocalDate startsOn, LocalDate endsOn,
                            CohortStatus status, Set<Long> trainerIds) {
}
