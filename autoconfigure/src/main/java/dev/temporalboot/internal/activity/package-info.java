/**
 * Internal: activity stubs for workflow code, with the options of {@code temporal.activities}
 * merged layer by layer and of each injection point. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.activity;

import org.jspecify.annotations.NullMarked;
