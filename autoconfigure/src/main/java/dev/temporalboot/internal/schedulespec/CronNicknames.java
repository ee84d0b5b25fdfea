package dev.temporalboot.internal.schedulespec;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The named cron schedules ({@code @daily}, ...) that both of a real cluster's cron parsers, the
 * schedules' and the cron workflows', read as five fields.
 */
public final class CronNicknames {

  private static final Map<String, String> FIVE_FIELDS =
      Map.of(
          "@yearly", "0 0 1 1 *",
          "@annually", "0 0 1 1 *",
          "@monthly", "0 0 1 * *",
          "@weekly", "0 0 * * 0",
          "@daily", "0 0 * * *",
          "@midnight", "0 0 * * *",
          "@hourly", "0 * * * *");

  private CronNicknames() {}

  /**
   * Returns the five fields a nickname stands for.
   *
   * @param nickname such as {@code @daily}, as written (the parsers are case-sensitive)
   * @return minute, hour, day of month, month and day of week, or null when it is no nickname
   */
  public static @Nullable String fiveFields(String nickname) {
    return FIVE_FIELDS.get(nickname);
  }
}
