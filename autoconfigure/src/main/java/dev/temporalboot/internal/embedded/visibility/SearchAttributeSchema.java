package dev.temporalboot.internal.embedded.visibility;

import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_BOOL;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_INT;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST;
import static io.temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_TEXT;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesResponse;
import io.temporal.api.operatorservice.v1.RemoveSearchAttributesRequest;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search attributes registered on the SDK's test server, which keeps them out of reach (its
 * operator service has no ListSearchAttributes): its predefined ones, then every successful
 * AddSearchAttributes and RemoveSearchAttributes call. Like the test server, one set for every
 * namespace.
 */
final class SearchAttributeSchema {

  /** What the test server registers by itself (SDK 1.39 {@code TestVisibilityStoreImpl}). */
  static final Map<String, IndexedValueType> SDK_PREDEFINED =
      Map.of(
          "CustomStringField", INDEXED_VALUE_TYPE_TEXT,
          "CustomTextField", INDEXED_VALUE_TYPE_TEXT,
          "CustomKeywordField", INDEXED_VALUE_TYPE_KEYWORD,
          "CustomIntField", INDEXED_VALUE_TYPE_INT,
          "CustomDoubleField", INDEXED_VALUE_TYPE_DOUBLE,
          "CustomBoolField", INDEXED_VALUE_TYPE_BOOL,
          "CustomDatetimeField", INDEXED_VALUE_TYPE_DATETIME,
          "TemporalChangeVersion", INDEXED_VALUE_TYPE_KEYWORD_LIST);

  private final Map<String, IndexedValueType> registered = new ConcurrentHashMap<>(SDK_PREDEFINED);

  private final AtomicLong version = new AtomicLong();

  /** Registered attributes by name, system ones excluded unless registered too. */
  Map<String, IndexedValueType> types() {
    return Map.copyOf(this.registered);
  }

  /** Changes whenever an attribute is added or removed, so decoded values can be refreshed. */
  long version() {
    return this.version.get();
  }

  void added(AddSearchAttributesRequest request) {
    this.registered.putAll(request.getSearchAttributesMap());
    this.version.incrementAndGet();
  }

  void removed(RemoveSearchAttributesRequest request) {
    request.getSearchAttributesList().forEach(this.registered::remove);
    this.version.incrementAndGet();
  }

  /** The answer of a real cluster's ListSearchAttributes, without a storage schema. */
  ListSearchAttributesResponse list() {
    Map<String, IndexedValueType> custom = new TreeMap<>(this.registered);
    custom.keySet().removeAll(SystemSearchAttributes.TYPES.keySet());
    return ListSearchAttributesResponse.newBuilder()
        .putAllCustomAttributes(custom)
        .putAllSystemAttributes(SystemSearchAttributes.TYPES)
        .build();
  }
}
