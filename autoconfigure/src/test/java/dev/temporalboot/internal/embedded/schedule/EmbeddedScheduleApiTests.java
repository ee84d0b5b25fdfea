package dev.temporalboot.internal.embedded.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeScheduleRequest;
import io.temporal.api.workflowservice.v1.ListScheduleMatchingTimesRequest;
import io.temporal.api.workflowservice.v1.UpdateScheduleRequest;
import io.temporal.client.schedules.ScheduleAlreadyRunningException;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleException;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleListDescription;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleUpdate;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Create, describe, list, update and delete through the SDK's ScheduleClient. */
class EmbeddedScheduleApiTests {

  private static final SearchAttributeKey<String> TEAM =
      SearchAttributeKey.forKeyword("CustomKeywordField");

  private static ScheduleTestServer temporal;

  @BeforeAll
  static void start() {
    temporal = new ScheduleTestServer(true);
    temporal.server.registerNamespace("billing");
  }

  @AfterAll
  static void stop() {
    temporal.close();
  }

  @Test
  void createdScheduleIsDescribedListedAndDeleted() {
    ScheduleHandle handle =
        temporal
            .schedules()
            .createSchedule(
                "hourly-report",
                ScheduleTestServer.every(Duration.ofHours(1), "done").build(),
                ScheduleOptions.newBuilder()
                    .setMemo(Map.of("owner", "stock team"))
                    .setTypedSearchAttributes(
                        SearchAttributes.newBuilder().set(TEAM, "stock").build())
                    .build());

    ScheduleDescription description = handle.describe();
    assertThat(description.getInfo().getCreatedAt()).isNotNull();
    assertThat(description.getInfo().getNextActionTimes()).hasSize(10);
    assertThat(description.getInfo().getNextActionTimes().get(0).getEpochSecond() % 3600).isZero();
    assertThat(description.getMemo("owner", String.class)).isEqualTo("stock team");
    assertThat(description.getTypedSearchAttributes().get(TEAM)).isEqualTo("stock");
    assertThat(temporal.schedules().listSchedules().map(ScheduleListDescription::getScheduleId))
        .contains("hourly-report");

    handle.delete();
    ScheduleException gone = catchThrowableOfType(ScheduleException.class, handle::describe);
    assertThat(((StatusRuntimeException) gone.getCause()).getStatus().getCode())
        .isEqualTo(Status.Code.NOT_FOUND);
    assertThat(temporal.schedules().listSchedules().map(ScheduleListDescription::getScheduleId))
        .doesNotContain("hourly-report");
  }

  @Test
  void initialPatchTriggersTheFirstActionAtCreation() {
    ScheduleHandle handle =
        temporal
            .schedules()
            .createSchedule(
                "triggered-at-creation",
                ScheduleTestServer.every(Duration.ofDays(1), "done", "triggered-at-creation")
                    .build(),
                ScheduleOptions.newBuilder().setTriggerImmediately(true).build());
    try {
      assertThat(handle.describe().getInfo().getNumActions()).isEqualTo(1);
    } finally {
      handle.delete();
    }
  }

  @Test
  void listPagesThroughAllSchedules() {
    List<ScheduleHandle> handles =
        java.util.stream.IntStream.range(0, 3)
            .mapToObj(
                (i) ->
                    temporal
                        .schedules()
                        .createSchedule(
                            "paged-" + i,
                            ScheduleTestServer.every(Duration.ofHours(1), "done").build(),
                            ScheduleOptions.newBuilder().build()))
            .toList();
    try {
      var page =
          temporal
              .stubs
              .blockingStub()
              .listSchedules(
                  io.temporal.api.workflowservice.v1.ListSchedulesRequest.newBuilder()
                      .setNamespace("default")
                      .setMaximumPageSize(2)
                      .build());
      assertThat(page.getSchedulesCount()).isEqualTo(2);
      assertThat(page.getNextPageToken().isEmpty()).isFalse();
      assertThat(
              temporal
                  .schedules()
                  .listSchedules(null, 1)
                  .map(ScheduleListDescription::getScheduleId)
                  .filter((id) -> id.startsWith("paged-")))
          .containsExactly("paged-0", "paged-1", "paged-2");
    } finally {
      handles.forEach(ScheduleHandle::delete);
    }
  }

  @Test
  void secondScheduleWithTheSameIdIsAlreadyRunning() {
    var schedule = ScheduleTestServer.every(Duration.ofHours(1), "done").build();
    ScheduleHandle handle =
        temporal
            .schedules()
            .createSchedule("twice", schedule, ScheduleOptions.newBuilder().build());
    try {
      assertThatThrownBy(
              () ->
                  temporal
                      .schedules()
                      .createSchedule("twice", schedule, ScheduleOptions.newBuilder().build()))
          .isInstanceOf(ScheduleAlreadyRunningException.class);
    } finally {
      handle.delete();
    }
  }

  @Test
  void updateWithAStaleConflictTokenIsRefused() {
    ScheduleHandle handle =
        temporal
            .schedules()
            .createSchedule(
                "updated",
                ScheduleTestServer.every(Duration.ofHours(1), "done").build(),
                ScheduleOptions.newBuilder().build());
    try {
      ByteString token = describe("default", "updated").getConflictToken();
      handle.update(
          (input) ->
              new ScheduleUpdate(ScheduleTestServer.every(Duration.ofHours(2), "done").build()));
      assertThat(handle.describe().getInfo().getLastUpdatedAt()).isNotNull();

      StatusRuntimeException stale =
          catchThrowableOfType(
              StatusRuntimeException.class,
              () ->
                  temporal
                      .stubs
                      .blockingStub()
                      .updateSchedule(
                          UpdateScheduleRequest.newBuilder()
                              .setNamespace("default")
                              .setScheduleId("updated")
                              .setSchedule(describe("default", "updated").getSchedule())
                              .setConflictToken(token)
                              .setRequestId("stale")
                              .build()));
      assertThat(stale.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
      assertThat(stale.getStatus().getDescription()).isEqualTo("mismatched conflict token");
    } finally {
      handle.delete();
    }
  }

  @Test
  void matchingTimesFollowTheSpec() {
    ScheduleHandle handle =
        temporal
            .schedules()
            .createSchedule(
                "matching",
                ScheduleTestServer.every(Duration.ofHours(6), "done").build(),
                ScheduleOptions.newBuilder().build());
    try {
      Instant start = Instant.parse("2030-01-01T00:00:00Z");
      var times =
          temporal
              .stubs
              .blockingStub()
              .listScheduleMatchingTimes(
                  ListScheduleMatchingTimesRequest.newBuilder()
                      .setNamespace("default")
                      .setScheduleId("matching")
                      .setStartTime(ScheduleEntry.timestamp(start))
                      .setEndTime(ScheduleEntry.timestamp(start.plus(Duration.ofDays(1))))
                      .build());
      assertThat(times.getStartTimeList())
          .extracting(ScheduleEntry::instant)
          .containsExactly(
              Instant.parse("2030-01-01T06:00:00Z"),
              Instant.parse("2030-01-01T12:00:00Z"),
              Instant.parse("2030-01-01T18:00:00Z"),
              Instant.parse("2030-01-02T00:00:00Z"));
    } finally {
      handle.delete();
    }
  }

  @Test
  void schedulesBelongToTheirNamespace() {
    ScheduleHandle handle =
        temporal
            .schedules("billing")
            .createSchedule(
                "invoices",
                ScheduleTestServer.every(Duration.ofHours(1), "done").build(),
                ScheduleOptions.newBuilder().build());
    try {
      assertThat(
              temporal
                  .schedules("billing")
                  .listSchedules()
                  .map(ScheduleListDescription::getScheduleId))
          .containsExactly("invoices");
      assertThat(temporal.schedules().listSchedules().map(ScheduleListDescription::getScheduleId))
          .doesNotContain("invoices");
      assertThatThrownBy(() -> temporal.schedules().getHandle("invoices").describe())
          .isInstanceOf(ScheduleException.class);
    } finally {
      handle.delete();
    }
  }

  @Test
  void listFilterAcceptsCustomAttributesAndPausedOnly() {
    ScheduleHandle stock =
        temporal
            .schedules()
            .createSchedule(
                "stock-filtered",
                ScheduleTestServer.every(Duration.ofHours(1), "done").build(),
                ScheduleOptions.newBuilder()
                    .setTypedSearchAttributes(
                        SearchAttributes.newBuilder().set(TEAM, "stock").build())
                    .build());
    ScheduleHandle other =
        temporal
            .schedules()
            .createSchedule(
                "other-filtered",
                ScheduleTestServer.every(Duration.ofHours(1), "done").build(),
                ScheduleOptions.newBuilder().build());
    try {
      other.pause("not now");
      assertThat(ids("CustomKeywordField = 'stock'")).containsExactly("stock-filtered");
      assertThat(ids("TemporalSchedulePaused = true")).containsExactly("other-filtered");
      StatusRuntimeException cause =
          catchThrowableOfType(StatusRuntimeException.class, () -> ids("WorkflowId = 'x'"));
      assertThat(cause.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(cause.getStatus().getDescription())
          .isEqualTo("invalid query filter for schedules: cannot filter on \"WorkflowId\"");
    } finally {
      stock.delete();
      other.delete();
    }
  }

  private static List<String> ids(String query) {
    return temporal
        .schedules()
        .listSchedules(query, null)
        .map(ScheduleListDescription::getScheduleId)
        .toList();
  }

  private static io.temporal.api.workflowservice.v1.DescribeScheduleResponse describe(
      String namespace, String id) {
    return temporal
        .stubs
        .blockingStub()
        .describeSchedule(
            DescribeScheduleRequest.newBuilder().setNamespace(namespace).setScheduleId(id).build());
  }
}
