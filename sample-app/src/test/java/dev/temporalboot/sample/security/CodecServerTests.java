package dev.temporalboot.sample.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.sample.order.Order;
import dev.temporalboot.sample.order.OrderWorkflow;
import io.temporal.api.common.v1.Payloads;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The codec server decrypts what the server stores, with the sample's AES-GCM codec. */
class CodecServerTests extends SampleHttpTests {

  @Autowired WorkflowServiceStubs stubs;

  @Test
  void storedOrderInputDecryptsToTheOrder() throws Exception {
    Order order = order("ada", "MUG-2", 1);
    place(order);
    Payloads stored = storedInput(OrderWorkflow.workflowId(order.orderId()));
    assertThat(stored.getPayloads(0).getMetadataMap().get("encoding").toStringUtf8())
        .isEqualTo("binary/encrypted");

    ResponseEntity<String> decoded = codec("decode", JsonFormat.printer().print(stored));

    assertThat(decoded.getStatusCode().value()).isEqualTo(200);
    String plain = parse(decoded.getBody()).getPayloads(0).getData().toStringUtf8();
    assertThat(plain).contains(order.orderId()).contains("1 Main Street, Springfield");
  }

  @Test
  void encryptedPayloadsDecryptToTheOriginals() throws Exception {
    Payloads plain =
        Payloads.newBuilder()
            .addPayloads(DefaultDataConverter.STANDARD_INSTANCE.toPayload("a secret").get())
            .build();

    ResponseEntity<String> encrypted = codec("encode", JsonFormat.printer().print(plain));
    assertThat(encrypted.getBody()).doesNotContain("a secret");
    ResponseEntity<String> decrypted = codec("decode", encrypted.getBody());

    assertThat(parse(decrypted.getBody())).isEqualTo(plain);
  }

  private ResponseEntity<String> codec(String operation, String body) {
    return this.http
        .post()
        .uri("/temporal/codec/" + operation)
        .header("X-Namespace", "default")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(String.class);
  }

  private static Payloads parse(String json) throws Exception {
    Payloads.Builder builder = Payloads.newBuilder();
    JsonFormat.parser().merge(json, builder);
    return builder.build();
  }

  /** The workflow input as the server holds it: read over gRPC, past any data converter. */
  private Payloads storedInput(String workflowId) {
    return this.stubs
        .blockingStub()
        .getWorkflowExecutionHistory(
            GetWorkflowExecutionHistoryRequest.newBuilder()
                .setNamespace("default")
                .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                .build())
        .getHistory()
        .getEvents(0)
        .getWorkflowExecutionStartedEventAttributes()
        .getInput();
  }
}
