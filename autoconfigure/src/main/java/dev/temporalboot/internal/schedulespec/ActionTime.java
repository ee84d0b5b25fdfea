package dev.temporalboot.internal.schedulespec;

import java.time.Instant;

/**
 * One time a schedule's spec matches.
 *
 * @param nominal the time the spec names, which the started workflow's id and {@code
 *     TemporalScheduledStartTime} carry
 * @param actual the nominal time plus the schedule's jitter, when the action runs
 */
public record ActionTime(Instant nominal, Instant actual) {}
