/**
 * Internal: a schedule's spec (cron strings, calendars, intervals, time zone, bounds, jitter,
 * exclusions) turned into the times its actions run, with the rules a real Temporal cluster
 * applies. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.embedded.schedule.spec;

import org.jspecify.annotations.NullMarked;
