package dev.temporalboot.internal.embedded.visibility;

import java.util.Map;

/** A parsed filter, or one part of it, tested against one execution's search attributes. */
@FunctionalInterface
interface Condition {

  Condition ALL = (attributes) -> true;

  boolean test(Map<String, ?> attributes);

  default Condition and(Condition other) {
    return (attributes) -> test(attributes) && other.test(attributes);
  }

  default Condition or(Condition other) {
    return (attributes) -> test(attributes) || other.test(attributes);
  }
}
