package dev.temporalboot.internal.embedded.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cron workflow schedules in a real cluster's syntax, as the SDK's test server gets them. */
class FiveFieldCronTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|''",
        "0 12 * * *|0 12 * * *",
        "*/15 9-17 * * 1-5|*/15 9-17 * * 1-5",
        "@daily|0 0 * * *",
        "@midnight|0 0 * * *",
        "@hourly|0 * * * *",
        "@weekly|0 0 * * 0",
        "@monthly|0 0 1 * *",
        "@yearly|0 0 1 1 *",
        "@annually|0 0 1 1 *",
        "0 0 ? * MON-FRI|0 0 * * 1-5",
        "0 9 1 JAN,jul ?|0 9 1 1,7 *",
        "0 0 1,15 * sun|0 0 1,15 * 0",
        "0 0 */1 * 1|0 0 * * 1",
        "0 0 */2 * 1|0 0 1,3,5,7,9,11,13,15,17,19,21,23,25,27,29,31 * 1",
        "5/20 * * * *|5/20 * * * *",
        "0 0 * dec,jan-feb *|0 0 * 1-2,12 *",
        "CRON_TZ=UTC 30 6 * * *|30 6 * * *",
        "TZ=Etc/UTC @daily|0 0 * * *",
        "CRON_TZ=Asia/Tokyo 0 9 * * *|0 0 * * *",
        "CRON_TZ=Asia/Tokyo 0 7 * * *|0 22 * * *",
        "CRON_TZ=Asia/Kolkata 0 9,21 * * *|30 3,15 * * *",
        "CRON_TZ=Asia/Kolkata 0,30 * * * *|0,30 * * * *",
        "CRON_TZ=Asia/Kolkata 45 9,10 * * *|15 4-5 * * *",
      })
  void schedulesBecomeFivePlainFieldsInUtc(String schedule, String fiveFields) {
    assertThat(FiveFieldCron.rewrite(schedule)).isEqualTo(fiveFields);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0 0 * * 7",
        "0 0 30 2 *",
        "61 * * * *",
        "0 0 * *",
        "0 0 * * * *",
        "0 0 * * MONDAY",
        "0 0 L * *",
        "*/0 * * * *",
        "1-2-3 * * * *",
        "@weekdays",
        "@every 1x",
        "@every 1d",
        "CRON_TZ=Mars/Olympus @daily",
        "CRON_TZ=UTC",
        "   ",
        " @daily",
        "0 0 1 1 * 2030",
        "0 0 * dec-feb *",
      })
  void schedulesARealClusterRefusesAreRefusedWithItsMessage(String schedule) {
    assertThat(refusal(schedule)).isEqualTo("invalid CronSchedule.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@every 1h|@every has no five-field equivalent",
        "CRON_TZ=America/New_York 0 9 * * *|America/New_York changes its UTC offset",
        "TZ=Europe/London @daily|Europe/London changes its UTC offset",
        "CRON_TZ=Asia/Tokyo 0 9 * * MON|in Asia/Tokyo it has no five-field UTC equivalent",
        "CRON_TZ=Asia/Kolkata 0,45 9 * * *|in Asia/Kolkata it has no five-field UTC equivalent",
      })
  void schedulesTheTestServerCannotRunAreRefusedSayingWhatToWrite(String schedule, String why) {
    assertThat(refusal(schedule))
        .startsWith(
            "The embedded Temporal server cannot run the cron schedule \""
                + schedule
                + "\", which a real cluster accepts: ")
        .contains(why)
        .contains("Write");
  }

  private static String refusal(String schedule) {
    StatusRuntimeException refused =
        catchThrowableOfType(StatusRuntimeException.class, () -> FiveFieldCron.rewrite(schedule));
    assertThat(refused).as(schedule).isNotNull();
    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    return refused.getStatus().getDescription();
  }
}
