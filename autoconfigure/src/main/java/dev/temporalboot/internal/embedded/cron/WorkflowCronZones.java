package dev.temporalboot.internal.embedded.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Zones as the server's cron library loads them, and whether their offset ever changes again. */
final class WorkflowCronZones {

  private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds();

  private WorkflowCronZones() {}

  /**
   * Loads a zone: none, blank or {@code UTC} is UTC, {@code Local} this machine's zone, anything
   * else an IANA name.
   *
   * @throws IllegalArgumentException for an unknown zone
   */
  static ZoneId load(@Nullable String name) {
    if (name == null || name.isEmpty() || name.equals("UTC")) {
      return ZoneOffset.UTC;
    }
    if (name.equals("Local")) {
      return ZoneId.systemDefault();
    }
    if (!ZONE_IDS.contains(name)) {
      throw new IllegalArgumentException("unknown time zone " + name);
    }
    return ZoneId.of(name);
  }

  /** Returns the zone's offset in minutes, or null when it will change (daylight saving time). */
  static @Nullable Integer fixedOffsetMinutes(ZoneId zone) {
    ZoneRules rules = zone.getRules();
    Instant now = Instant.now();
    if (!rules.isFixedOffset() && rules.nextTransition(now) != null) {
      return null;
    }
    return rules.getOffset(now).getTotalSeconds() / 60;
  }
}
