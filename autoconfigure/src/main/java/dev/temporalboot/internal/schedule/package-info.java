/**
 * Internal: schedules declared in {@code temporal.schedules}, resolved against the application's
 * workflows, checked, built as the SDK's schedules and reconciled with the server at start-up. Not
 * API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.schedule;

import org.jspecify.annotations.NullMarked;
