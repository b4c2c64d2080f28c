package org.networkacademy.content;

/**
 * Certification rules of a module (placeholder until the certification feature lands).
 *
 * @param requiredLessons          {@code all} or a comma-separated list of lesson ids
 * @param minKnowledgeCheckScore   minimum knowledge check score, percent 0–100
 */
public record CertificationRules(String requiredLessons, int minKnowledgeCheckScore) {
}
