/**
 * The one check of everything under {@code temporal.*}, run when {@code TemporalProperties} is
 * bound.
 */
@NullMarked
package dev.temporalboot.autoconfigure.validation;

import org.jspecify.annotations.NullMarked;
