package org.networkacademy.learning;

import org.networkacademy.content.CourseModule;

/**
 * Who is learning what: the facts every statement of a learning event needs.
 *
 * @param userUuid     the learner's immutable id (xAPI account name)
 * @param registration the enrolment's UUID (xAPI context.registration)
 * @param module       the module being taken
 */
public record LearnerContext(String userUuid, String registration, CourseModule module) {
}
