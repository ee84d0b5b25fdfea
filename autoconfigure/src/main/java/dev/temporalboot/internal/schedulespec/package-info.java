/**
 * Internal: a schedule's spec (cron strings, calendars, intervals, time zone, bounds, jitter,
 * exclusions) turned into the times its actions run, with the rules a real Temporal cluster
 * applies. Shared by the embedded server, which runs schedules, and by the check of YAML schedules
 * at start-up, which runs against any server. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.schedulespec;

import org.jspecify.annotations.NullMarked;
