package dev.temporalboot.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.nexusrpc.Link;
import io.nexusrpc.handler.OperationCancelDetails;
import io.nexusrpc.handler.OperationContext;
import io.nexusrpc.handler.OperationMethodCanceller;
import io.nexusrpc.handler.OperationStartDetails;
import io.nexusrpc.handler.OperationStartResult;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor.ActivityInput;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor.ActivityOutput;
import io.temporal.common.interceptors.Header;
import io.temporal.common.interceptors.NexusOperationInboundCallsInterceptor;
import io.temporal.common.interceptors.NexusOperationInboundCallsInterceptor.CancelOperationInput;
import io.temporal.common.interceptors.NexusOperationInboundCallsInterceptor.CancelOperationOutput;
import io.temporal.common.interceptors.NexusOperationInboundCallsInterceptor.StartOperationInput;
import io.temporal.common.interceptors.NexusOperationInboundCallsInterceptor.StartOperationOutput;
import io.temporal.common.interceptors.NexusOperationOutboundCallsInterceptor;
import io.temporal.nexus.NexusOperationInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class MdcWorkerInterceptorTests {

  private final Map<String, String> seen = new HashMap<>();

  @AfterEach
  void clearMdc() {
    MDC.clear();
  }

  @Test
  void activityEntriesAreSetDuringTheCallAndPreviousValuesRestoredAfter() {
    MDC.put("workflowId", "outer");
    MDC.put("unrelated", "kept");
    ActivityInboundCallsInterceptor activity = activity(false);

    activity.execute(new ActivityInput(Header.empty(), new Object[0]));

    assertThat(this.seen)
        .containsEntry("workflowId", "wf-1")
        .containsEntry("runId", "run-1")
        .containsEntry("workflowType", "Shipping")
        .containsEntry("activityType", "Book")
        .containsEntry("taskQueue", "couriers")
        .containsEntry("attempt", "3")
        .containsEntry("unrelated", "kept");
    assertThat(MDC.getCopyOfContextMap())
        .isEqualTo(Map.of("workflowId", "outer", "unrelated", "kept"));
  }

  @Test
  void entriesAreRemovedEvenWhenTheActivityFails() {
    ActivityInboundCallsInterceptor activity = activity(true);

    assertThatIllegalStateException()
        .isThrownBy(() -> activity.execute(new ActivityInput(Header.empty(), new Object[0])));

    assertThat(this.seen).containsEntry("activityType", "Book");
    assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
  }

  @Test
  void nexusStartCarriesTheOperationAndItsCallerAndCancelTheOperation() throws Exception {
    MDC.put("taskQueue", "outer");
    OperationContext context =
        OperationContext.newBuilder()
            .setService("Credit")
            .setOperation("check")
            .setMethodCanceller(new OperationMethodCanceller())
            .build();
    NexusOperationInboundCallsInterceptor handler = nexusHandler(context);
    OperationStartDetails details =
        OperationStartDetails.newBuilder()
            .setRequestId("r-1")
            .addLink(
                Link.newBuilder()
                    .setType("temporal.api.common.v1.Link.WorkflowEvent")
                    .setUri(
                        URI.create("temporal:///namespaces/loans/workflows/loan-1/run-1/history"))
                    .build())
            .build();

    handler.startOperation(new StartOperationInput(context, details, "ada"));

    assertThat(this.seen)
        .isEqualTo(
            Map.of(
                "nexusService", "Credit",
                "nexusOperation", "check",
                "nexusEndpoint", "credit-endpoint",
                "taskQueue", "credit",
                "nexusCallerWorkflowId", "loan-1",
                "nexusCallerNamespace", "loans"));
    assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("taskQueue", "outer"));

    this.seen.clear();
    handler.cancelOperation(
        new CancelOperationInput(
            context, OperationCancelDetails.newBuilder().setOperationToken("t-1").build()));

    assertThat(this.seen)
        .isEqualTo(
            Map.of(
                "nexusService", "Credit",
                "nexusOperation", "check",
                "nexusEndpoint", "credit-endpoint",
                "taskQueue", "credit"));
    assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("taskQueue", "outer"));
  }

  private NexusOperationInboundCallsInterceptor nexusHandler(OperationContext context) {
    NexusOperationInfo info = mock(NexusOperationInfo.class);
    given(info.getEndpoint()).willReturn("credit-endpoint");
    given(info.getTaskQueue()).willReturn("credit");
    given(info.getNamespace()).willReturn("default");
    NexusOperationOutboundCallsInterceptor outbound =
        mock(NexusOperationOutboundCallsInterceptor.class);
    given(outbound.getInfo()).willReturn(info);
    NexusOperationInboundCallsInterceptor next =
        new NexusOperationInboundCallsInterceptor() {
          @Override
          public void init(NexusOperationOutboundCallsInterceptor outboundCalls) {}

          @Override
          public StartOperationOutput startOperation(StartOperationInput input) {
            MdcWorkerInterceptorTests.this.seen.putAll(MDC.getCopyOfContextMap());
            return new StartOperationOutput(OperationStartResult.<Object>sync("done"));
          }

          @Override
          public CancelOperationOutput cancelOperation(CancelOperationInput input) {
            MdcWorkerInterceptorTests.this.seen.putAll(MDC.getCopyOfContextMap());
            return new CancelOperationOutput();
          }
        };
    NexusOperationInboundCallsInterceptor interceptor =
        new MdcWorkerInterceptor().interceptNexusOperation(context, next);
    interceptor.init(outbound);
    return interceptor;
  }

  private ActivityInboundCallsInterceptor activity(boolean fail) {
    ActivityInfo info = mock(ActivityInfo.class);
    given(info.getWorkflowId()).willReturn("wf-1");
    given(info.getRunId()).willReturn("run-1");
    given(info.getWorkflowType()).willReturn("Shipping");
    given(info.getActivityType()).willReturn("Book");
    given(info.getActivityTaskQueue()).willReturn("couriers");
    given(info.getAttempt()).willReturn(3);
    ActivityExecutionContext context = mock(ActivityExecutionContext.class);
    given(context.getInfo()).willReturn(info);
    ActivityInboundCallsInterceptor next =
        new ActivityInboundCallsInterceptor() {
          @Override
          public void init(ActivityExecutionContext context) {}

          @Override
          public ActivityOutput execute(ActivityInput input) {
            MdcWorkerInterceptorTests.this.seen.putAll(MDC.getCopyOfContextMap());
            if (fail) {
              throw new IllegalStateException("declined");
            }
            return new ActivityOutput(null);
          }
        };
    ActivityInboundCallsInterceptor interceptor =
        new MdcWorkerInterceptor().interceptActivity(next);
    interceptor.init(context);
    return interceptor;
  }
}
