package dev.temporalboot.internal.embedded.visibility;

import io.temporal.api.enums.v1.IndexedValueType;

/** A search attribute a query names, with its type from the schema. */
record Column(String name, IndexedValueType type) {

  boolean is(IndexedValueType other) {
    return type == other;
  }
}
