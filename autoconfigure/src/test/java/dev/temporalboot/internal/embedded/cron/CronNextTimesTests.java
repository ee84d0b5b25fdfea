package dev.temporalboot.internal.embedded.cron;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Next cron run times as a real cluster computes them. */
class CronNextTimesTests {

  @ParameterizedTest(name = "{0} after {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@every 90m|2027-01-10T10:00:30.500Z|2027-01-10T11:30:30Z",
        "@every 1h30m10s|2027-01-10T10:00:00Z|2027-01-10T11:30:10Z",
        "CRON_TZ=Europe/Paris 0 8 * * *|2027-03-27T07:00:00Z|2027-03-28T06:00:00Z",
        "CRON_TZ=Europe/Paris 0 8 * * *|2027-10-30T06:00:00Z|2027-10-31T07:00:00Z",
        "CRON_TZ=Europe/Paris 30 2 * * *|2027-03-27T01:30:00Z|2027-03-29T00:30:00Z",
        "TZ=America/New_York 0 9 * * mon-fri|2027-03-12T14:00:00Z|2027-03-15T13:00:00Z",
      })
  void theNextRunIsTheSchedulesFirstTimeAfterTheLast(String cron, String after, String next) {
    assertThat(CronNextTimes.next(WorkflowCronParser.parse(cron), Instant.parse(after)))
        .isEqualTo(Instant.parse(next));
  }

  @Test
  void missedTimesAreSkippedAndTheDelayRoundsUpToSeconds() {
    WorkflowCron every = WorkflowCronParser.parse("@every 1h");
    Instant scheduled = Instant.parse("2027-01-10T10:00:00Z");

    assertThat(CronNextTimes.backoff(every, scheduled, Instant.parse("2027-01-10T12:30:00.250Z")))
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(CronNextTimes.backoff(every, scheduled, Instant.parse("2027-01-10T10:00:00.250Z")))
        .isEqualTo(Duration.ofHours(1));
  }
}
