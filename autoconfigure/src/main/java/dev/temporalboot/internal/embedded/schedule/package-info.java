/**
 * Internal: the Schedule API on the embedded server, running schedules on the server's clock with
 * the semantics of a real Temporal cluster's scheduler. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.embedded.schedule;

import org.jspecify.annotations.NullMarked;
