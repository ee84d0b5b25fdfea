/**
 * Actuator add-ons as plain classes: health indicators, the {@code temporal} endpoint and the info
 * contributor.
 */
@NullMarked
package dev.temporalboot.actuate;

import org.jspecify.annotations.NullMarked;
