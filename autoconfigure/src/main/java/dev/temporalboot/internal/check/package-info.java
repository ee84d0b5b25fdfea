/** Internal: the value checks every caller shares, one wording per family of values. */
@NullMarked
package dev.temporalboot.internal.check;

import org.jspecify.annotations.NullMarked;
