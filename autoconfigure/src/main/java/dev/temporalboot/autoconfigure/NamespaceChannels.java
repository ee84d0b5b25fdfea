package dev.temporalboot.autoconfigure;

import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The gRPC channels of the {@code temporal.namespaces} entries that do not share the primary
 * namespace's: one per distinct target and credentials, shut down when the context closes.
 */
final class NamespaceChannels implements AutoCloseable {

  private final Map<String, WorkflowServiceStubs> byKey = new LinkedHashMap<>();

  synchronized WorkflowServiceStubs get(String key, Supplier<WorkflowServiceStubs> create) {
    WorkflowServiceStubs stubs = this.byKey.get(key);
    if (stubs == null) {
      stubs = create.get();
      this.byKey.put(key, stubs);
    }
    return stubs;
  }

  @Override
  public synchronized void close() {
    this.byKey.values().forEach(WorkflowServiceStubs::shutdown);
    this.byKey.clear();
  }
}
