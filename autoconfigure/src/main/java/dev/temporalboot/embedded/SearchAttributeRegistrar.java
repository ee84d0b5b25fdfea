package dev.temporalboot.embedded;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Registers {@code temporal.embedded.search-attributes} on the embedded server at start-up. */
final class SearchAttributeRegistrar {

  private static final String PROPERTY = "temporal.embedded.search-attributes";

  private SearchAttributeRegistrar() {}

  static void register(EmbeddedTemporalServer server, String namespace, Map<String, String> types) {
    if (types.isEmpty()) {
      return;
    }
    Map<String, IndexedValueType> parsed = new LinkedHashMap<>();
    types.forEach((name, type) -> parsed.put(name, parse(name, type)));
    OperatorServiceStubs stubs =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget(server.getTarget())
                .validateAndBuildWithDefaults());
    try {
      stubs
          .blockingStub()
          .addSearchAttributes(
              AddSearchAttributesRequest.newBuilder()
                  .setNamespace(namespace)
                  .putAllSearchAttributes(parsed)
                  .build());
    } finally {
      stubs.shutdownNow();
    }
  }

  static IndexedValueType parse(String name, String type) {
    String constant =
        "INDEXED_VALUE_TYPE_" + type.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    try {
      IndexedValueType value = IndexedValueType.valueOf(constant);
      if (value != IndexedValueType.INDEXED_VALUE_TYPE_UNSPECIFIED
          && value != IndexedValueType.UNRECOGNIZED) {
        return value;
      }
    } catch (IllegalArgumentException ex) {
      // reported below with the valid names
    }
    throw new InvalidTemporalPropertyException(
        PROPERTY + "." + name,
        "'" + type + "' is not a search attribute type.",
        "Use one of: " + validNames() + ".");
  }

  private static String validNames() {
    return Arrays.stream(IndexedValueType.values())
        .filter(
            (v) ->
                v != IndexedValueType.INDEXED_VALUE_TYPE_UNSPECIFIED
                    && v != IndexedValueType.UNRECOGNIZED)
        .map(
            (v) ->
                v.name()
                    .substring("INDEXED_VALUE_TYPE_".length())
                    .toLowerCase(Locale.ROOT)
                    .replace('_', '-'))
        .collect(Collectors.joining(", "));
  }
}
