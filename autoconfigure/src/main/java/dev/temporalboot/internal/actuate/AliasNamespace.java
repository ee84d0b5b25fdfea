package dev.temporalboot.internal.actuate;

import dev.temporalboot.internal.worker.TemporalNamespace;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.authorization.AuthorizationGrpcMetadataProvider;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import org.jspecify.annotations.Nullable;

/**
 * The beans of one {@code temporal.namespaces} entry that health and the endpoint report on.
 *
 * @param namespace the alias and its Temporal namespace
 * @param stubs its service stubs (the primary namespace's when it shares them)
 * @param assembly its workers' assembly, or null without workers
 * @param workers its workers' registry, or null without workers
 * @param factory its SDK worker factory, or null without workers
 */
public record AliasNamespace(
    TemporalNamespace namespace,
    WorkflowServiceStubs stubs,
    @Nullable WorkerAssembly assembly,
    @Nullable TemporalWorkers workers,
    @Nullable WorkerFactory factory) {

  /**
   * Returns the alias.
   *
   * @return the key under {@code temporal.namespaces}
   */
  public String alias() {
    return this.namespace.alias();
  }

  /**
   * Returns whether the stubs send an API key, read from the options so that an API key the alias
   * inherits counts too.
   *
   * @param options the stubs' options
   * @return true when an API key is configured (its value is never read)
   */
  static boolean hasApiKey(WorkflowServiceStubsOptions options) {
    return options.getGrpcMetadataProviders() != null
        && options.getGrpcMetadataProviders().stream()
            .anyMatch(AuthorizationGrpcMetadataProvider.class::isInstance);
  }
}
