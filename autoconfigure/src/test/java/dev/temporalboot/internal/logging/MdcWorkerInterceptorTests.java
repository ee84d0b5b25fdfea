package dev.temporalboot.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor.ActivityInput;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor.ActivityOutput;
import io.temporal.common.interceptors.Header;
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
