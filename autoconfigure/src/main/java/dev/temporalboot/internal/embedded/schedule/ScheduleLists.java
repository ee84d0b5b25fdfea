package dev.temporalboot.internal.embedded.schedule;

import com.google.protobuf.ByteString;
import dev.temporalboot.internal.schedulespec.ActionTime;
import dev.temporalboot.internal.schedulespec.ActionTimes;
import io.temporal.api.workflowservice.v1.ListScheduleMatchingTimesRequest;
import io.temporal.api.workflowservice.v1.ListScheduleMatchingTimesResponse;
import io.temporal.api.workflowservice.v1.ListSchedulesRequest;
import io.temporal.api.workflowservice.v1.ListSchedulesResponse;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** Answers ListSchedules and ListScheduleMatchingTimes. */
final class ScheduleLists {

  /** Recent actions and future action times a real cluster shows per listed schedule. */
  static final int LIST_ACTIONS = 5;

  /** The page size when the request asks for none, a real cluster's visibility maximum. */
  static final int MAX_PAGE_SIZE = 1000;

  /** Times one ListScheduleMatchingTimes answers at most, as on a real cluster. */
  static final int MAX_MATCHING_TIMES = 1000;

  private final ScheduleRuntime runtime;

  private final ScheduleListFilter filters;

  ScheduleLists(ScheduleRuntime runtime, ScheduleListFilter filters) {
    this.runtime = runtime;
    this.filters = filters;
  }

  ListSchedulesResponse list(ListSchedulesRequest request) {
    int size = request.getMaximumPageSize();
    int pageSize = size <= 0 || size > MAX_PAGE_SIZE ? MAX_PAGE_SIZE : size;
    return this.runtime.call(
        (now) -> {
          List<ScheduleEntry> all =
              this.runtime
                  .schedules()
                  .list(request.getNamespace(), request.getNextPageToken().toStringUtf8());
          Predicate<ScheduleEntry> filter =
              this.filters.parse(request.getQuery(), request.getNamespace(), all);
          ListSchedulesResponse.Builder page = ListSchedulesResponse.newBuilder();
          String last = "";
          for (ScheduleEntry entry : all) {
            if (!filter.test(entry)) {
              continue;
            }
            if (page.getSchedulesCount() == pageSize) {
              return page.setNextPageToken(ByteString.copyFromUtf8(last)).build();
            }
            page.addSchedules(
                entry.listEntry(
                    ScheduleTimeline.futureActionTimes(entry, LIST_ACTIONS), LIST_ACTIONS));
            last = entry.id;
          }
          return page.build();
        });
  }

  ListScheduleMatchingTimesResponse matchingTimes(ListScheduleMatchingTimesRequest request) {
    return this.runtime.call(
        (now) -> {
          ScheduleEntry entry =
              this.runtime.schedules().get(request.getNamespace(), request.getScheduleId());
          if (!request.hasStartTime() || !request.hasEndTime()) {
            throw ScheduleValidation.invalid("missing or invalid query");
          }
          if (!entry.invalidSpec.isEmpty()) {
            throw ScheduleValidation.invalid("invalid schedule: " + entry.invalidSpec);
          }
          ActionTimes times = ScheduleValidation.compile(entry);
          Instant end = ScheduleEntry.instant(request.getEndTime());
          ListScheduleMatchingTimesResponse.Builder response =
              ListScheduleMatchingTimesResponse.newBuilder();
          Instant after = ScheduleEntry.instant(request.getStartTime());
          for (int i = 0; i < MAX_MATCHING_TIMES; i++) {
            ActionTime next = times.next(after);
            if (next == null || next.actual().isAfter(end)) {
              break;
            }
            after = next.actual();
            response.addStartTime(ScheduleEntry.timestamp(after));
          }
          return response.build();
        });
  }
}
