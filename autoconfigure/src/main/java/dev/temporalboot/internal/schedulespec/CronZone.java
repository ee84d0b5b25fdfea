package dev.temporalboot.internal.schedulespec;

import io.temporal.api.schedule.v1.ScheduleSpec;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The zone a spec's cron strings name: all of them must name the same one (or none), and it must
 * agree with the spec's own {@code timezone_name}, which it fills in when that is blank.
 */
final class CronZone {

  private boolean seen;
  private @Nullable String zone;

  void add(@Nullable String cronZone) {
    String named = cronZone == null ? "" : cronZone;
    if (this.seen && !Objects.equals(this.zone, named)) {
      throw conflict();
    }
    this.seen = true;
    this.zone = named;
  }

  void applyTo(ScheduleSpec.Builder spec) {
    if (this.zone == null || this.zone.isEmpty()) {
      return;
    }
    boolean otherName =
        !spec.getTimezoneName().isEmpty() && !spec.getTimezoneName().equals(this.zone);
    if (otherName || !spec.getTimezoneData().isEmpty()) {
      throw conflict();
    }
    spec.setTimezoneName(this.zone);
  }

  private static IllegalArgumentException conflict() {
    return new IllegalArgumentException("conflicting timezone names");
  }
}
