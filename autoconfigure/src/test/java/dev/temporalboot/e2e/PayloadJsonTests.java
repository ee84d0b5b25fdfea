package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.e2e.json.JsonApplication;
import dev.temporalboot.e2e.json.Money;
import dev.temporalboot.e2e.json.PackingOrder;
import dev.temporalboot.e2e.json.PackingWorkflow;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application's Jackson 3 JsonMapper, with its modules and spring.jackson settings, writes the
 * payloads stored in a workflow's history on the embedded server.
 */
@SpringBootTest(
    classes = JsonApplication.class,
    properties = {
      "temporal.embedded.port=0",
      "spring.jackson.property-naming-strategy=SNAKE_CASE",
      "spring.jackson.time-zone=Asia/Kolkata"
    })
class PayloadJsonTests {

  @Autowired WorkflowClient client;

  @Test
  void historyHoldsPayloadsAsTheApplicationsJsonMapperWritesThem() {
    PackingOrder order =
        new PackingOrder(
            "o-1",
            new Money("EUR", new BigDecimal("12.50")),
            OffsetDateTime.parse("2024-03-10T08:15:30+02:00"));
    PackingWorkflow workflow =
        this.client.newWorkflowStub(
            PackingWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue("packing").setWorkflowId("pack-1").build());

    PackingOrder packed = workflow.pack(order);

    assertThat(packed)
        .isEqualTo(new PackingOrder("o-1-packed", order.orderTotal(), order.placedAt()));
    List<HistoryEvent> events = this.client.fetchHistory("pack-1").getEvents();
    // snake_case from spring.jackson, the amount as the module writes it, and the offset kept
    // although spring.jackson.time-zone names another zone.
    assertThat(json(events, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED))
        .isEqualTo(
            "{\"order_id\":\"o-1\",\"order_total\":\"EUR 12.50\","
                + "\"placed_at\":\"2024-03-10T08:15:30+02:00\"}");
    assertThat(json(events, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED))
        .startsWith("{\"order_id\":\"o-1-packed\",\"order_total\":\"EUR 12.50\"");
  }

  private static String json(List<HistoryEvent> events, EventType type) {
    HistoryEvent event =
        events.stream().filter((candidate) -> candidate.getEventType() == type).findFirst().get();
    Payload payload =
        (type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED)
            ? event.getWorkflowExecutionStartedEventAttributes().getInput().getPayloads(0)
            : event.getWorkflowExecutionCompletedEventAttributes().getResult().getPayloads(0);
    assertThat(payload.getMetadataMap().get("encoding").toStringUtf8()).isEqualTo("json/plain");
    return payload.getData().toStringUtf8();
  }
}
