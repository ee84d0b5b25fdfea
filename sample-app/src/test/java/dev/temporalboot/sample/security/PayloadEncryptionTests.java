package dev.temporalboot.sample.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.order.Order;
import dev.temporalboot.sample.order.OrderResult;
import dev.temporalboot.sample.order.OrderStage;
import dev.temporalboot.sample.order.OrderWorkflow;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.history.v1.History;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the server stores of an order is ciphertext; the app still reads its own results. */
class PayloadEncryptionTests extends SampleHttpTests {

  @Autowired WorkflowServiceStubs stubs;

  @Test
  void serverHistoryHoldsNoPlaintextOfTheOrderOrItsResult() {
    Order order = new Order(unique("enc"), "ada", "BOOK-1", 1, "42 Confidential Lane, Springfield");

    OrderResult result = place(order);

    assertThat(result.status()).isEqualTo(OrderStage.COMPLETED);
    History history = rawHistory(OrderWorkflow.workflowId(order.orderId()));
    String stored = history.toByteString().toString(StandardCharsets.ISO_8859_1);
    assertThat(stored)
        .doesNotContain("42 Confidential Lane")
        .doesNotContain(result.trackingNumber())
        .doesNotContain("BOOK-1");
    assertThat(
            history
                .getEvents(0)
                .getWorkflowExecutionStartedEventAttributes()
                .getInput()
                .getPayloads(0)
                .getMetadataMap()
                .get(EncodingKeys.METADATA_ENCODING_KEY)
                .toStringUtf8())
        .isEqualTo("binary/encrypted");
  }

  /** Straight from the server's gRPC API: no data converter, so no decryption on the way. */
  private History rawHistory(String workflowId) {
    return this.stubs
        .blockingStub()
        .getWorkflowExecutionHistory(
            GetWorkflowExecutionHistoryRequest.newBuilder()
                .setNamespace("default")
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                .build())
        .getHistory();
  }
}
