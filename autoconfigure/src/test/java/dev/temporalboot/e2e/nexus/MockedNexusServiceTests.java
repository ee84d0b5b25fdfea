package dev.temporalboot.e2e.nexus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import dev.temporalboot.e2e.nexus.app.CheckoutWorkflow;
import dev.temporalboot.e2e.nexus.app.NexusApplication;
import dev.temporalboot.e2e.nexus.app.PaymentServiceImpl;
import io.nexusrpc.handler.OperationHandler;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The worker calls the mock that replaced the Nexus service bean, stubbed after start-up. */
@SpringBootTest(
    classes = NexusApplication.class,
    properties = {
      "temporal.embedded.port=0",
      "temporal.nexus.endpoints.payments-endpoint.task-queue=payments",
      "temporal.nexus.endpoints.payments-direct.task-queue=payments",
      "temporal.nexus.services.default.endpoint=payments-endpoint"
    })
class MockedNexusServiceTests {

  @MockitoBean PaymentServiceImpl payments;

  @Autowired WorkflowClient client;

  @Test
  void workerCallsTheMockitoBeanStubbedInTheTestMethod() {
    given(this.payments.authorize())
        .willReturn(OperationHandler.sync((context, details, order) -> "mocked " + order));

    String result =
        this.client
            .newWorkflowStub(
                CheckoutWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setTaskQueue("checkout")
                    .setWorkflowId("checkout-mocked")
                    .build())
            .checkout("sync", "m-1");

    assertThat(result).isEqualTo("mocked m-1");
    verify(this.payments, atLeastOnce()).authorize();
  }
}
