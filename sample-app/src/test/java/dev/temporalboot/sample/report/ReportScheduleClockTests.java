package dev.temporalboot.sample.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.temporalboot.sample.SampleHttpTests;
import dev.temporalboot.test.TemporalTest;
import dev.temporalboot.test.TemporalTestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The schedule running on its own: up to a day of the embedded server's clock passes in seconds,
 * and the report runs once, at 8 in Berlin. The context (with time skipping) is
 * ApprovalTimeoutTests'.
 */
@TemporalTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReportScheduleClockTests extends SampleHttpTests {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired TemporalTestClock clock;

  @Autowired StockReports reports;

  @Test
  void byAnHourAfterTheNextEightInBerlinTheScheduleHasRunTheReportOnce() {
    Instant start = this.clock.now();

    // Not a plain day: around a clock change two mornings' 8 o'clock are 23 or 25 hours apart.
    this.clock.skip(Duration.between(start, nextEightInBerlin(start)).plusHours(1));

    await().atMost(Duration.ofSeconds(10)).until(() -> !scheduledSince(start).isEmpty());
    assertThat(scheduledSince(start)).singleElement().satisfies(this::ranAtEightInBerlin);
  }

  private static Instant nextEightInBerlin(Instant after) {
    LocalDate day = after.atZone(BERLIN).toLocalDate();
    Instant today = day.atTime(8, 0).atZone(BERLIN).toInstant();
    return today.isAfter(after) ? today : day.plusDays(1).atTime(8, 0).atZone(BERLIN).toInstant();
  }

  private void ranAtEightInBerlin(StockReport report) {
    LocalTime at = report.at().atZone(BERLIN).toLocalTime();
    assertThat(at).isBetween(LocalTime.of(8, 0), LocalTime.of(8, 0, 10));
    // 8 in Berlin is 7:00 UTC in winter, 6:00 in summer; the server appends the nominal time.
    assertThat(report.workflowId()).matches("low-stock-report-\\d{4}-\\d\\d-\\d\\dT0[67]:00:00Z");
    assertThat(report.lowStock()).containsExactly("LAMP-7");
  }

  private List<StockReport> scheduledSince(Instant start) {
    return this.reports.all().stream()
        .filter((report) -> report.workflowId().startsWith("low-stock-report-"))
        .filter((report) -> report.at().isAfter(start))
        .toList();
  }
}
