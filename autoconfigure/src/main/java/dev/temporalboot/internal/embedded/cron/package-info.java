/**
 * Internal: cron workflows with the cron syntax a real Temporal cluster accepts, rewritten for the
 * SDK's test server, which reads five plain fields only, or timed run by run where no five fields
 * run at the same times. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.embedded.cron;

import org.jspecify.annotations.NullMarked;
