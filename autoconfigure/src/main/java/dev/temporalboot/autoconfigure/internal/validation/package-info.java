/**
 * The one check of everything under {@code temporal.*}, run when {@code TemporalProperties} is
 * bound. Internal: not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.autoconfigure.internal.validation;

import org.jspecify.annotations.NullMarked;
