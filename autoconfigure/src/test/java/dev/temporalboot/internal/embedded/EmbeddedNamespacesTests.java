package dev.temporalboot.internal.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.ByteString;
import com.google.protobuf.util.Durations;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.NamespaceState;
import io.temporal.api.namespace.v1.NamespaceInfo;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.DescribeNamespaceResponse;
import io.temporal.api.workflowservice.v1.ListNamespacesRequest;
import io.temporal.api.workflowservice.v1.ListNamespacesResponse;
import io.temporal.api.workflowservice.v1.RegisterNamespaceRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded server registers, lists and describes namespaces as a dev server does. */
class EmbeddedNamespacesTests {

  private final EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);

  private WorkflowServiceStubs stubs;

  @BeforeEach
  void start() {
    this.server.start();
    this.stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(this.server.getTarget()).build());
  }

  @AfterEach
  void stop() {
    this.stubs.shutdownNow();
    this.server.close();
  }

  @Test
  void defaultIsRegisteredFromTheStart() {
    assertThat(this.server.registeredNamespaces()).containsExactly("default");
    assertThat(names(blocking().listNamespaces(ListNamespacesRequest.getDefaultInstance())))
        .containsExactly("default");
  }

  @Test
  void registeredNamespaceIsListedAndDescribedByNameAndId() {
    blocking()
        .registerNamespace(
            RegisterNamespaceRequest.newBuilder()
                .setNamespace("billing")
                .setDescription("Invoices")
                .setOwnerEmail("billing@example.com")
                .setWorkflowExecutionRetentionPeriod(Durations.fromDays(7))
                .build());

    DescribeNamespaceResponse listed =
        blocking().listNamespaces(ListNamespacesRequest.getDefaultInstance()).getNamespaces(0);
    NamespaceInfo info = listed.getNamespaceInfo();
    assertThat(info.getName()).isEqualTo("billing");
    assertThat(info.getId()).isEqualTo(NamespaceRegistry.idOf("billing"));
    assertThat(info.getState()).isEqualTo(NamespaceState.NAMESPACE_STATE_REGISTERED);
    assertThat(info.getDescription()).isEqualTo("Invoices");
    assertThat(info.getOwnerEmail()).isEqualTo("billing@example.com");
    assertThat(listed.getConfig().getWorkflowExecutionRetentionTtl())
        .isEqualTo(Durations.fromDays(7));
    assertThat(listed.getReplicationConfig().getActiveClusterName()).isEqualTo("active");
    assertThat(listed.getIsGlobalNamespace()).isFalse();

    DescribeNamespaceResponse byName = describe(byName("billing"));
    DescribeNamespaceResponse byId =
        describe(DescribeNamespaceRequest.newBuilder().setId(info.getId()).build());
    assertThat(byId).isEqualTo(byName);
    assertThat(byName.getNamespaceInfo().getDescription()).isEqualTo("Invoices");
    assertThat(byName.getConfig()).isEqualTo(listed.getConfig());
    assertThat(byName.getReplicationConfig()).isEqualTo(listed.getReplicationConfig());
  }

  @Test
  void describeKeepsTheCapabilitiesTheSdkReads() {
    this.server.registerNamespace("billing");

    NamespaceInfo.Capabilities capabilities =
        describe(byName("billing")).getNamespaceInfo().getCapabilities();

    assertThat(capabilities.getEagerWorkflowStart()).isTrue();
    assertThat(capabilities.getSyncUpdate()).isTrue();
    assertThat(capabilities.getAsyncUpdate()).isTrue();
    assertThat(capabilities.getWorkerPollCompleteOnShutdown()).isTrue();
  }

  @Test
  void namespaceRegisteredWithoutRetentionKeepsHistoriesThreeDays() {
    this.server.registerNamespace("billing");

    assertThat(describe(byName("billing")).getConfig().getWorkflowExecutionRetentionTtl())
        .isEqualTo(Durations.fromHours(72));
  }

  @Test
  void unregisteredNamespaceIsStillDescribedButNotListed() {
    DescribeNamespaceResponse unregistered = describe(byName("elsewhere"));

    assertThat(unregistered.getNamespaceInfo().getName()).isEqualTo("elsewhere");
    assertThat(unregistered.getNamespaceInfo().getCapabilities().getSyncUpdate()).isTrue();
    assertThat(unregistered.hasConfig()).isFalse();
    assertThat(names(blocking().listNamespaces(ListNamespacesRequest.getDefaultInstance())))
        .doesNotContain("elsewhere");
  }

  @Test
  void unknownIdIsNotFound() {
    StatusRuntimeException ex =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> describe(DescribeNamespaceRequest.newBuilder().setId("no-such-id").build()));

    assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void registeringTwiceIsAlreadyExists() {
    this.server.registerNamespace("billing");

    StatusRuntimeException ex =
        catchThrowableOfType(StatusRuntimeException.class, () -> register("billing"));

    assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    assertThat(ex.getStatus().getDescription()).isEqualTo("Namespace already exists.");
  }

  @Test
  void registeringFromTheAppIsIdempotent() {
    register("billing");
    this.server.registerNamespace("billing");
    this.server.registerNamespace("default");

    assertThat(this.server.registeredNamespaces()).containsExactly("billing", "default");
  }

  @Test
  void blankNameIsInvalid() {
    StatusRuntimeException ex =
        catchThrowableOfType(StatusRuntimeException.class, () -> register(" "));

    assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThatIllegalArgumentException().isThrownBy(() -> this.server.registerNamespace(""));
  }

  @Test
  void listIsPagedByPageSizeAndToken() {
    for (String name : List.of("a", "b", "c", "d")) {
      register(name);
    }
    List<List<String>> pages = new ArrayList<>();
    ByteString token = ByteString.EMPTY;
    do {
      ListNamespacesResponse page =
          blocking()
              .listNamespaces(
                  ListNamespacesRequest.newBuilder()
                      .setPageSize(2)
                      .setNextPageToken(token)
                      .build());
      pages.add(names(page));
      token = page.getNextPageToken();
    } while (!token.isEmpty() && pages.size() < 10);

    assertThat(pages).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("default"));
  }

  private void register(String name) {
    blocking().registerNamespace(RegisterNamespaceRequest.newBuilder().setNamespace(name).build());
  }

  private DescribeNamespaceResponse describe(DescribeNamespaceRequest request) {
    return blocking().describeNamespace(request);
  }

  private static DescribeNamespaceRequest byName(String name) {
    return DescribeNamespaceRequest.newBuilder().setNamespace(name).build();
  }

  private static List<String> names(ListNamespacesResponse response) {
    return response.getNamespacesList().stream()
        .map((namespace) -> namespace.getNamespaceInfo().getName())
        .toList();
  }

  private WorkflowServiceBlockingStub blocking() {
    return this.stubs.blockingStub();
  }
}
