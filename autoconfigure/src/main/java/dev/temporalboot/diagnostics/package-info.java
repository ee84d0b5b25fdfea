/**
 * {@code TemporalBootException} and its families, and the one {@code FailureAnalyzer} that prints
 * their description and action.
 */
@NullMarked
package dev.temporalboot.diagnostics;

import org.jspecify.annotations.NullMarked;
