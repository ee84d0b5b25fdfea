/**
 * Activity stubs for workflow code: the options of {@code temporal.activities}, merged layer by
 * layer, and of each injection point.
 */
@NullMarked
package dev.temporalboot.activity;

import org.jspecify.annotations.NullMarked;
