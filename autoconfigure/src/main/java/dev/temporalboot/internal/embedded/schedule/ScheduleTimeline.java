package dev.temporalboot.internal.embedded.schedule;

import com.google.protobuf.util.Durations;
import dev.temporalboot.internal.schedulespec.ActionTime;
import dev.temporalboot.internal.schedulespec.ActionTimes;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.api.schedule.v1.ScheduleState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns elapsed time into buffered starts as a real cluster's scheduler does: the catchup window,
 * pause, limited actions and the times before an update decide which action times become starts.
 */
final class ScheduleTimeline {

  /** A real cluster's catchup window when the schedule sets none. */
  static final Duration DEFAULT_CATCHUP_WINDOW = Duration.ofDays(365);

  /** The shortest catchup window a real cluster applies. */
  static final Duration MIN_CATCHUP_WINDOW = Duration.ofSeconds(10);

  /** How long a real cluster keeps a schedule that has nothing left to do. */
  static final Duration RETENTION = Duration.ofDays(7);

  /** Starts the buffer holds before it drops new ones. */
  static final int MAX_BUFFER = 1000;

  private ScheduleTimeline() {}

  /**
   * Buffers the starts whose action times fall after {@code start} and up to {@code end}.
   *
   * @return the last action time examined, or {@code start} when there was none
   */
  static Instant process(
      ScheduleEntry schedule,
      Instant start,
      Instant end,
      ScheduleOverlapPolicy overlap,
      boolean manual) {
    ActionTimes times = schedule.times;
    if (times == null) {
      return end;
    }
    if (!canTakeAction(schedule, manual, false)) {
      return end; // time spent paused or out of actions is not caught up later
    }
    Duration catchupWindow = catchupWindow(schedule);
    Instant last = start;
    for (ActionTime next = times.next(start);
        next != null && !next.actual().isAfter(end);
        next = times.next(next.actual())) {
      last = next.actual();
      if (!manual && schedule.updateTime != null && schedule.updateTime.isAfter(next.actual())) {
        continue;
      }
      if (!manual && Duration.between(next.actual(), end).compareTo(catchupWindow) > 0) {
        schedule.missedCatchupWindow++;
        continue;
      }
      addStart(schedule, new BufferedStart(next.nominal(), next.actual(), overlap, manual));
    }
    return last;
  }

  static void addStart(ScheduleEntry schedule, BufferedStart start) {
    if (schedule.buffer.size() >= MAX_BUFFER) {
      schedule.bufferDropped++;
      return;
    }
    schedule.buffer.add(start);
  }

  /** The next time the schedule has something to do by the clock, or null when it has not. */
  static @Nullable Instant nextWakeUp(ScheduleEntry s) {
    if (s.times == null || !canTakeAction(s, false, false)) {
      return null;
    }
    ActionTime next = s.times.next(s.lastProcessed);
    return next == null ? null : next.actual();
  }

  /**
   * When a schedule with nothing left to do ends, as a real cluster ends it: a week after its last
   * action, creation or update, unless it is paused or has a next action.
   */
  static @Nullable Instant retentionExpiry(ScheduleEntry s, @Nullable Instant nextWakeUp) {
    if (s.schedule.getState().getPaused() || nextWakeUp != null) {
      return null;
    }
    Instant last = s.createTime;
    if (!s.recentActions.isEmpty()) {
      Instant acted =
          ScheduleEntry.instant(s.recentActions.get(s.recentActions.size() - 1).getActualTime());
      last = acted.isAfter(last) ? acted : last;
    }
    if (s.updateTime != null && s.updateTime.isAfter(last)) {
      last = s.updateTime;
    }
    return last.plus(RETENTION);
  }

  /** Up to {@code count} coming action times, as describe and list show them. */
  static List<Instant> futureActionTimes(ScheduleEntry s, int count) {
    List<Instant> times = new ArrayList<>();
    ScheduleState state = s.schedule.getState();
    int limit =
        state.getLimitedActions() ? (int) Math.min(count, state.getRemainingActions()) : count;
    if (s.times == null) {
      return times;
    }
    Instant after = s.lastProcessed;
    while (times.size() < limit) {
      ActionTime next = s.times.next(after);
      if (next == null) {
        break;
      }
      after = next.actual();
      if (s.updateTime == null || !s.updateTime.isAfter(after)) {
        times.add(after);
      }
    }
    return times;
  }

  /** Whether the schedule may start an action now, counting it against limited actions. */
  static boolean canTakeAction(ScheduleEntry s, boolean manual, boolean decrement) {
    ScheduleState state = s.schedule.getState();
    if (manual) {
      return true;
    }
    if (state.getPaused()) {
      return false;
    }
    if (!state.getLimitedActions()) {
      return true;
    }
    if (state.getRemainingActions() <= 0) {
      return false;
    }
    if (decrement) {
      s.schedule =
          s.schedule.toBuilder()
              .setState(state.toBuilder().setRemainingActions(state.getRemainingActions() - 1))
              .build();
      s.conflictToken++;
    }
    return true;
  }

  static Duration catchupWindow(ScheduleEntry s) {
    if (!s.schedule.getPolicies().hasCatchupWindow()) {
      return DEFAULT_CATCHUP_WINDOW;
    }
    Duration window =
        Duration.ofMillis(Durations.toMillis(s.schedule.getPolicies().getCatchupWindow()));
    return window.compareTo(MIN_CATCHUP_WINDOW) < 0 ? MIN_CATCHUP_WINDOW : window;
  }
}
