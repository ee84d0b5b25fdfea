package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.util.Durations;
import dev.temporalboot.TemporalWorkflows;
import dev.temporalboot.e2e.typed.OrderWorkflow;
import dev.temporalboot.e2e.typed.ReportWorkflow;
import dev.temporalboot.e2e.typed.TypedApplication;
import io.temporal.api.common.v1.RetryPolicy;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.WorkflowExecutionStartedEventAttributes;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.failure.CanceledFailure;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Workflows started through {@link TemporalWorkflows}, as the embedded server sees them. */
@SpringBootTest(
    classes = TypedApplication.class,
    properties = {"temporal.embedded.port=0", "spring.config.import=classpath:typed-workflows.yml"})
class TypedWorkflowClientTests {

  @Autowired TemporalWorkflows workflows;

  @Autowired WorkflowClient client;

  @Test
  void newExecutionCarriesTheYamlStartOptions() {
    OrderWorkflow order = this.workflows.newStub(OrderWorkflow.class, "order-yaml");
    WorkflowClient.start(order::process, "order-yaml");

    WorkflowExecutionStartedEventAttributes started = startedEvent("order-yaml");
    assertThat(started.getTaskQueue().getName()).isEqualTo("typed-orders");
    assertThat(Durations.toSeconds(started.getWorkflowExecutionTimeout())).isEqualTo(3600);
    assertThat(Durations.toSeconds(started.getWorkflowRunTimeout())).isEqualTo(1800);
    assertThat(Durations.toSeconds(started.getWorkflowTaskTimeout())).isEqualTo(15);
    RetryPolicy retry = started.getRetryPolicy();
    assertThat(Durations.toSeconds(retry.getInitialInterval())).isEqualTo(2);
    assertThat(retry.getBackoffCoefficient()).isEqualTo(3.0);
    assertThat(Durations.toSeconds(retry.getMaximumInterval())).isEqualTo(60);
    assertThat(retry.getMaximumAttempts()).isEqualTo(4);
    assertThat(retry.getNonRetryableErrorTypesList())
        .containsExactly("java.lang.IllegalStateException", "Declined");
    assertThat(started.getMemo().getFieldsMap()).containsOnlyKeys("team", "shard");
    assertThat(started.getSearchAttributes().getIndexedFieldsMap())
        .containsOnlyKeys("CustomerTier", "Priority", "Score", "Vip", "Tags", "DueAt");

    WorkflowExecutionDescription description = this.workflows.stub("order-yaml").describe();
    assertThat(description.getMemo("team", String.class)).isEqualTo("billing");
    assertThat(description.getMemo("shard", Integer.class)).isEqualTo(3);
    SearchAttributes attributes = description.getTypedSearchAttributes();
    assertThat(attributes.get(SearchAttributeKey.forKeyword("CustomerTier"))).isEqualTo("gold");
    assertThat(attributes.get(SearchAttributeKey.forLong("Priority"))).isEqualTo(2L);
    assertThat(attributes.get(SearchAttributeKey.forDouble("Score"))).isEqualTo(4.5);
    assertThat(attributes.get(SearchAttributeKey.forBoolean("Vip"))).isTrue();
    assertThat(attributes.get(SearchAttributeKey.forKeywordList("Tags")))
        .isEqualTo(List.of("eu", "express"));
    assertThat(attributes.get(SearchAttributeKey.forOffsetDateTime("DueAt")))
        .isEqualTo(OffsetDateTime.parse("2030-01-31T09:00:00Z"));

    this.workflows.existing(OrderWorkflow.class, "order-yaml").approve("ada");
    assertThat(this.workflows.stub(OrderWorkflow.class, "order-yaml").getResult(String.class))
        .isEqualTo("order-yaml approved by ada");
  }

  @Test
  void cronScheduleFromYamlReachesTheServer() {
    ReportWorkflow report = this.workflows.newStub(ReportWorkflow.class, "report-cron");
    WorkflowClient.start(report::report);

    assertThat(startedEvent("report-cron").getCronSchedule()).isEqualTo("0 3 * * *");
    WorkflowStub stub = this.workflows.stub(ReportWorkflow.class, "report-cron");
    stub.terminate("test over");
    assertThat(stub.describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED);
  }

  @Test
  void existingExecutionCanBeSignalledQueriedAndReadThroughItsInterface() {
    WorkflowClient.start(
        this.workflows.newStub(OrderWorkflow.class, "order-signal")::process, "order-signal");
    OrderWorkflow existing = this.workflows.existing(OrderWorkflow.class, "order-signal");
    assertThat(existing.status()).isEqualTo("waiting");

    this.workflows.stub(OrderWorkflow.class, "order-signal").signal("approve", "grace");

    assertThat(existing.process("ignored")).isEqualTo("order-signal approved by grace");
    assertThat(this.workflows.stub("order-signal").query("status", String.class))
        .isEqualTo("approved");
  }

  @Test
  void existingExecutionCanBeCancelled() {
    WorkflowClient.start(
        this.workflows.newStub(OrderWorkflow.class, "order-cancel")::process, "order-cancel");
    WorkflowStub stub = this.workflows.stub(OrderWorkflow.class, "order-cancel");

    stub.cancel();

    assertThatThrownBy(() -> stub.getResult(String.class))
        .isInstanceOf(WorkflowFailedException.class)
        .hasCauseInstanceOf(CanceledFailure.class);
  }

  @Test
  void existingExecutionCanBeTerminated() {
    WorkflowClient.start(
        this.workflows.newStub(OrderWorkflow.class, "order-terminate")::process, "order-terminate");

    this.workflows.stub(OrderWorkflow.class, "order-terminate").terminate("no longer needed");

    assertThat(this.workflows.stub("order-terminate").describe().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_TERMINATED);
  }

  private WorkflowExecutionStartedEventAttributes startedEvent(String workflowId) {
    return this.client
        .fetchHistory(workflowId)
        .getEvents()
        .get(0)
        .getWorkflowExecutionStartedEventAttributes();
  }
}
