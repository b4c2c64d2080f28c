package org.networkacademy.xapi.forwarding;

import java.time.Duration;

/**
 * What the status page shows for a target.
 *
 * @param target       the target
 * @param pending      statements queued
 * @param deadLettered statements the target refused on their own
 * @param lag          age of the oldest queued statement (zero when nothing is pending)
 */
public record TargetStatus(LrsTarget target, long pending, long deadLettered, Duration lag) {
}
