/** One small auto-configuration per actuator add-on, each conditional on its library. */
@NullMarked
package dev.temporalboot.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
