package dev.temporalboot.internal.embedded;

import com.google.protobuf.ByteString;
import com.google.protobuf.Duration;
import com.google.protobuf.util.Durations;
import io.grpc.Status;
import io.temporal.api.enums.v1.ArchivalState;
import io.temporal.api.enums.v1.NamespaceState;
import io.temporal.api.namespace.v1.NamespaceConfig;
import io.temporal.api.namespace.v1.NamespaceInfo;
import io.temporal.api.replication.v1.ClusterReplicationConfig;
import io.temporal.api.replication.v1.NamespaceReplicationConfig;
import io.temporal.api.workflowservice.v1.DescribeNamespaceResponse;
import io.temporal.api.workflowservice.v1.ListNamespacesRequest;
import io.temporal.api.workflowservice.v1.ListNamespacesResponse;
import io.temporal.api.workflowservice.v1.RegisterNamespaceRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;

/**
 * The namespaces registered on the embedded server, each described as a single-cluster dev server
 * describes it. {@code default} is always registered, as {@code temporal server start-dev} does.
 */
final class NamespaceRegistry {

  /** Retention of a namespace registered without one: the Temporal CLI's default. */
  static final Duration DEFAULT_RETENTION = Durations.fromHours(72);

  static final String DEFAULT_NAMESPACE = "default";

  private static final String CLUSTER = "active";

  // Sorted by name: pages follow the names, and a page token is the last name of the page.
  private final NavigableMap<String, DescribeNamespaceResponse> namespaces =
      new ConcurrentSkipListMap<>();

  NamespaceRegistry() {
    registerIfAbsent(DEFAULT_NAMESPACE);
  }

  /** Registers a namespace with the default retention, unless it is registered. */
  void registerIfAbsent(String name) {
    requireName(name);
    this.namespaces.putIfAbsent(
        name, describe(RegisterNamespaceRequest.newBuilder().setNamespace(name).build()));
  }

  /**
   * Registers a namespace as RegisterNamespace asks.
   *
   * @throws io.grpc.StatusRuntimeException INVALID_ARGUMENT for a blank name, ALREADY_EXISTS when
   *     it is registered
   */
  void register(RegisterNamespaceRequest request) {
    requireName(request.getNamespace());
    if (this.namespaces.putIfAbsent(request.getNamespace(), describe(request)) != null) {
      throw Status.ALREADY_EXISTS.withDescription("Namespace already exists.").asRuntimeException();
    }
  }

  /** Returns the names of the registered namespaces, sorted. */
  List<String> names() {
    return List.copyOf(this.namespaces.keySet());
  }

  /** Returns the description of a registered namespace, or null. */
  @Nullable DescribeNamespaceResponse byName(String name) {
    return this.namespaces.get(name);
  }

  /** Returns the description of the registered namespace with this id, or null. */
  @Nullable DescribeNamespaceResponse byId(String id) {
    return this.namespaces.values().stream()
        .filter((namespace) -> namespace.getNamespaceInfo().getId().equals(id))
        .findFirst()
        .orElse(null);
  }

  /** Answers ListNamespaces: all namespaces when the page size is not positive. */
  ListNamespacesResponse list(ListNamespacesRequest request) {
    String after = request.getNextPageToken().toStringUtf8();
    Map<String, DescribeNamespaceResponse> rest =
        after.isEmpty() ? this.namespaces : this.namespaces.tailMap(after, false);
    int size = request.getPageSize() > 0 ? request.getPageSize() : Integer.MAX_VALUE;
    ListNamespacesResponse.Builder page = ListNamespacesResponse.newBuilder();
    String last = "";
    for (DescribeNamespaceResponse namespace : rest.values()) {
      if (page.getNamespacesCount() == size) {
        return page.setNextPageToken(ByteString.copyFromUtf8(last)).build();
      }
      page.addNamespaces(namespace);
      last = namespace.getNamespaceInfo().getName();
    }
    return page.build();
  }

  /**
   * The stable id of a namespace: the one the SDK's test server derives from the name, so a
   * namespace keeps the id it was described with before it was registered.
   */
  static String idOf(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static void requireName(String name) {
    if (name.isBlank()) {
      throw Status.INVALID_ARGUMENT
          .withDescription("Namespace not set on request.")
          .asRuntimeException();
    }
  }

  private static DescribeNamespaceResponse describe(RegisterNamespaceRequest request) {
    NamespaceInfo info =
        NamespaceInfo.newBuilder()
            .setName(request.getNamespace())
            .setId(idOf(request.getNamespace()))
            .setState(NamespaceState.NAMESPACE_STATE_REGISTERED)
            .setDescription(request.getDescription())
            .setOwnerEmail(request.getOwnerEmail())
            .putAllData(request.getDataMap())
            .build();
    NamespaceConfig config =
        NamespaceConfig.newBuilder()
            .setWorkflowExecutionRetentionTtl(
                request.hasWorkflowExecutionRetentionPeriod()
                    ? request.getWorkflowExecutionRetentionPeriod()
                    : DEFAULT_RETENTION)
            .setHistoryArchivalState(ArchivalState.ARCHIVAL_STATE_DISABLED)
            .setVisibilityArchivalState(ArchivalState.ARCHIVAL_STATE_DISABLED)
            .build();
    NamespaceReplicationConfig replication =
        NamespaceReplicationConfig.newBuilder()
            .setActiveClusterName(CLUSTER)
            .addClusters(ClusterReplicationConfig.newBuilder().setClusterName(CLUSTER))
            .build();
    return DescribeNamespaceResponse.newBuilder()
        .setNamespaceInfo(info)
        .setConfig(config)
        .setReplicationConfig(replication)
        .setIsGlobalNamespace(false)
        .build();
  }
}
