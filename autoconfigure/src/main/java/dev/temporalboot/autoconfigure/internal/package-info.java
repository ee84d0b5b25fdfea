/**
 * Internal to the wiring: {@code @ConditionalOnTemporalSwitch}, a boolean switch read strictly. Not
 * API; it may change in any release.
 */
@NullMarked
package dev.temporalboot.autoconfigure.internal;

import org.jspecify.annotations.NullMarked;
