package dev.temporalboot.sample.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleException;
import io.temporal.client.schedules.ScheduleHandle;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A call the Temporal service does not answer is a 503 saying so. The client fails as it does
 * against a target where nothing listens, without the seconds its retries take there (every call of
 * the sample waits that long before it fails, so the real thing is not tested here).
 */
class UnreachableServiceTests {

  private final ScheduleHandle handle = mock(ScheduleHandle.class);

  private final MockMvc mvc;

  UnreachableServiceTests() {
    ScheduleClient client = mock(ScheduleClient.class);
    given(client.getHandle(ReportScheduleController.SCHEDULE_ID)).willReturn(this.handle);
    this.mvc =
        MockMvcBuilders.standaloneSetup(new ReportScheduleController(client))
            .setControllerAdvice(new TemporalErrors())
            .build();
  }

  @Test
  void anUnreachableServiceIsA503SayingSo() throws Exception {
    given(this.handle.describe()).willThrow(failure(Status.UNAVAILABLE));
    this.mvc
        .perform(get("/reports/schedule"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(
            jsonPath("$.detail")
                .value("The Temporal service is unreachable (UNAVAILABLE); try again later"));
  }

  @Test
  void aScheduleTheServerDoesNotHaveIsA404() throws Exception {
    given(this.handle.describe()).willThrow(failure(Status.NOT_FOUND, "schedule not found"));
    this.mvc
        .perform(get("/reports/schedule"))
        .andExpect(status().isNotFound())
        .andExpect(
            jsonPath("$.detail")
                .value("The Temporal service has no such thing: schedule not found"));
  }

  @Test
  void anyOtherFailureIsLeftToSpring() {
    given(this.handle.describe()).willThrow(failure(Status.PERMISSION_DENIED, "no"));
    assertThatThrownBy(() -> this.mvc.perform(get("/reports/schedule")))
        .hasRootCauseInstanceOf(StatusRuntimeException.class)
        .rootCause()
        .hasMessageStartingWith("PERMISSION_DENIED");
  }

  private static ScheduleException failure(Status status) {
    return failure(status, "io exception");
  }

  private static ScheduleException failure(Status status, String description) {
    return new ScheduleException(new StatusRuntimeException(status.withDescription(description)));
  }
}
