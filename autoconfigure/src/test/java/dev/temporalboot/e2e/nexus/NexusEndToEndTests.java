package dev.temporalboot.e2e.nexus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.util.Durations;
import dev.temporalboot.e2e.nexus.app.CheckoutWorkflow;
import dev.temporalboot.e2e.nexus.app.CountingAspect;
import dev.temporalboot.e2e.nexus.app.NexusApplication;
import dev.temporalboot.e2e.nexus.app.PaymentServiceImpl;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.NexusOperationScheduledEventAttributes;
import io.temporal.api.nexus.v1.Endpoint;
import io.temporal.api.operatorservice.v1.ListNexusEndpointsRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.failure.CanceledFailure;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A caller workflow on queue checkout calls Nexus services handled on queue payments, through the
 * endpoints the YAML declares on the embedded server.
 */
@SpringBootTest(
    classes = NexusApplication.class,
    properties = {"temporal.embedded.port=0"})
@TestPropertySource(locations = "classpath:nexus-e2e.properties")
class NexusEndToEndTests {

  @Autowired WorkflowClient client;

  @Autowired PaymentServiceImpl paymentService;

  @Autowired CountingAspect aspect;

  @Value("${local.temporal.port}")
  int port;

  @Test
  void synchronousOperationAnswersThroughAHandlerThatUsesAnotherBean() {
    assertThat(checkout("sync", "o-1")).isEqualTo("o-1 approved");
    assertThat(checkout("sync", "fraud-1")).isEqualTo("fraud-1 declined");
  }

  @Test
  void workflowRunOperationAnswersWithTheResultOfTheWorkflowItStarts() {
    assertThat(checkout("workflow", "o-2")).isEqualTo("charged o-2 in charge-o-2");
    assertThat(this.client.newUntypedWorkflowStub("charge-o-2").describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
  }

  @Test
  void injectedStubCarriesTheServiceOptionsOverTheDefault() {
    NexusOperationScheduledEventAttributes scheduled = scheduled("sync", "o-3");
    assertThat(scheduled.getEndpoint()).isEqualTo("payments-endpoint");
    assertThat(scheduled.getService()).isEqualTo("PaymentService");
    assertThat(scheduled.getOperation()).isEqualTo("authorize");
    assertThat(Durations.toSeconds(scheduled.getScheduleToCloseTimeout())).isEqualTo(90);
    assertThat(summary("o-3")).isEqualTo("from yaml");
  }

  @Test
  void stubMadeInWorkflowCodeGetsTheSameYamlOptions() {
    NexusOperationScheduledEventAttributes scheduled = scheduled("code", "o-4");
    assertThat(scheduled.getEndpoint()).isEqualTo("payments-endpoint");
    assertThat(Durations.toSeconds(scheduled.getScheduleToCloseTimeout())).isEqualTo(90);
    assertThat(summary("o-4")).isEqualTo("from yaml");
  }

  @Test
  void nexusServiceStubAnnotationWinsFieldByField() {
    NexusOperationScheduledEventAttributes scheduled = scheduled("annotated", "o-5");
    assertThat(scheduled.getEndpoint()).isEqualTo("payments-direct");
    assertThat(Durations.toSeconds(scheduled.getScheduleToCloseTimeout())).isEqualTo(45);
    assertThat(summary("o-5")).isEqualTo("from yaml");
  }

  @Test
  void defaultReachesStubsOfServicesThatNothingElseConfigures() {
    NexusOperationScheduledEventAttributes scheduled = scheduled("unserved", "o-6");
    assertThat(scheduled.getEndpoint()).isEqualTo("payments-direct");
    assertThat(scheduled.getService()).isEqualTo("UnservedService");
    assertThat(Durations.toSeconds(scheduled.getScheduleToCloseTimeout())).isEqualTo(3600);
  }

  @Test
  void handlerBeanNamedOnlyInYamlServesItsService() {
    assertThat(checkout("refund", "o-7")).isEqualTo("refunded o-7");
    assertThat(scheduledFrom("checkout-o-7").getEndpoint()).isEqualTo("payments-direct");
  }

  @Test
  void handlerBeanIsCalledThroughItsProxyForEveryOperation() {
    assertThat(AopUtils.isAopProxy(this.paymentService)).isTrue();
    int before = this.aspect.calls.get();

    checkout("sync", "o-8a");
    checkout("sync", "o-8b");

    assertThat(this.aspect.calls.get() - before).isEqualTo(2);
  }

  @Test
  void cancellingTheCallerCancelsTheWorkflowOfTheOperation() {
    WorkflowStub caller =
        this.client.newUntypedWorkflowStub(
            "CheckoutWorkflow",
            WorkflowOptions.newBuilder()
                .setTaskQueue("checkout")
                .setWorkflowId("checkout-o-9")
                .build());
    caller.start("hold", "o-9");
    WorkflowStub handler = this.client.newUntypedWorkflowStub("hold-o-9");
    await()
        .atMost(Duration.ofSeconds(10))
        .ignoreExceptions()
        .until(
            () ->
                handler.describe().getStatus()
                    == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);

    caller.cancel();

    assertThatExceptionOfType(WorkflowFailedException.class)
        .isThrownBy(() -> caller.getResult(String.class))
        .withCauseInstanceOf(CanceledFailure.class);
    assertThat(handler.describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED);
    assertThat(this.client.fetchHistory("checkout-o-9").getEvents())
        .extracting(HistoryEvent::getEventType)
        .contains(EventType.EVENT_TYPE_NEXUS_OPERATION_CANCELED);
  }

  @Test
  void endpointsOfTheYamlExistOnTheEmbeddedServer() {
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget("127.0.0.1:" + this.port)
                .validateAndBuildWithDefaults());
    try {
      List<Endpoint> endpoints =
          operator
              .blockingStub()
              .listNexusEndpoints(ListNexusEndpointsRequest.newBuilder().setPageSize(10).build())
              .getEndpointsList();
      assertThat(endpoints)
          .extracting((endpoint) -> endpoint.getSpec().getName())
          .containsExactlyInAnyOrder("payments-endpoint", "payments-direct");
      Endpoint payments =
          endpoints.stream()
              .filter((endpoint) -> endpoint.getSpec().getName().equals("payments-endpoint"))
              .findFirst()
              .orElseThrow();
      assertThat(payments.getSpec().getTarget().getWorker().getTaskQueue()).isEqualTo("payments");
      assertThat(payments.getSpec().getTarget().getWorker().getNamespace()).isEqualTo("default");
      assertThat(
              DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
                  payments.getSpec().getDescription(), String.class, String.class))
          .isEqualTo("Card payments");
    } finally {
      operator.shutdownNow();
    }
  }

  private String checkout(String scenario, String order) {
    return this.client
        .newWorkflowStub(
            CheckoutWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue("checkout")
                .setWorkflowId("checkout-" + order)
                .build())
        .checkout(scenario, order);
  }

  private NexusOperationScheduledEventAttributes scheduled(String scenario, String order) {
    checkout(scenario, order);
    return scheduledFrom("checkout-" + order);
  }

  private NexusOperationScheduledEventAttributes scheduledFrom(String workflowId) {
    return scheduledEvent(workflowId).getNexusOperationScheduledEventAttributes();
  }

  private String summary(String order) {
    return DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
        scheduledEvent("checkout-" + order).getUserMetadata().getSummary(),
        String.class,
        String.class);
  }

  private HistoryEvent scheduledEvent(String workflowId) {
    return this.client.fetchHistory(workflowId).getEvents().stream()
        .filter(HistoryEvent::hasNexusOperationScheduledEventAttributes)
        .findFirst()
        .orElseThrow();
  }
}
