/**
 * Internal: the actuator's health indicators, {@code temporal} endpoint and info contributor as
 * plain classes. Not API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.internal.actuate;

import org.jspecify.annotations.NullMarked;
