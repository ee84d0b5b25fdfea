/**
 * API for the actuator: {@code TemporalEndpointContributor}, a section an application adds to
 * {@code /actuator/temporal}.
 */
@NullMarked
package dev.temporalboot.actuate;

import org.jspecify.annotations.NullMarked;
