package dev.temporalboot.internal.embedded.schedule;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import java.time.Instant;

/**
 * A start waiting for its overlap policy to let it run.
 *
 * @param nominal the time the spec named, which the workflow id carries
 * @param actual the time it was due
 * @param overlap its own policy, or unspecified for the schedule's current one
 * @param manual whether a trigger or a backfill asked for it
 */
record BufferedStart(
    Instant nominal, Instant actual, ScheduleOverlapPolicy overlap, boolean manual) {}
