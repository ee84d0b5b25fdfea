/**
 * Internal: cron workflows with the cron syntax a real Temporal cluster accepts, rewritten for the
 * SDK's test server, which reads five plain fields only. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.embedded.cron;

import org.jspecify.annotations.NullMarked;
