package dev.temporalboot.internal.embedded;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registers {@code temporal.embedded.search-attributes} on the embedded server at start-up. */
final class SearchAttributeRegistrar {

  private SearchAttributeRegistrar() {}

  static void register(EmbeddedTemporalServer server, String namespace, Map<String, String> types) {
    if (types.isEmpty()) {
      return;
    }
    Map<String, IndexedValueType> parsed = new LinkedHashMap<>();
    types.forEach((name, type) -> parsed.put(name, SearchAttributeTypes.parse(name, type)));
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
}
