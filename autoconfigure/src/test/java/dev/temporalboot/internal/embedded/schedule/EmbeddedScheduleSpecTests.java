package dev.temporalboot.internal.embedded.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleCalendarSpec;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleException;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleRange;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.client.schedules.ScheduleUpdate;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cron strings, zones and jitter as describe and ListScheduleMatchingTimes show them, and the specs
 * create refuses, through the SDK's ScheduleClient.
 */
class EmbeddedScheduleSpecTests {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private static final String BERLIN_MORNINGS = "CRON_TZ=Europe/Berlin 0 8 * * MON-FRI";

  private static ScheduleTestServer temporal;

  @BeforeAll
  static void start() {
    temporal = new ScheduleTestServer(true);
  }

  @AfterAll
  static void stop() {
    temporal.close();
  }

  @Test
  void cronInAZoneDescribesItsNextTimesAcrossADaylightSavingChange() {
    Instant now = temporal.now();
    Instant change = BERLIN.getRules().nextTransition(now.plus(Duration.ofDays(5))).getInstant();
    temporal.skip(Duration.between(now, change.minus(Duration.ofDays(4))));
    ScheduleHandle handle = create("berlin-mornings", cron(BERLIN_MORNINGS));
    try {
      ScheduleDescription described = handle.describe();

      List<Instant> expected =
          ExpectedTimes.daily(
                  BERLIN, LocalTime.of(8, 0), WEEKDAYS, described.getInfo().getCreatedAt())
              .limit(10)
              .toList();
      assertThat(expected).anyMatch((t) -> t.isBefore(change)).anyMatch((t) -> t.isAfter(change));
      assertThat(expected.stream().map((t) -> t.atZone(ZoneOffset.UTC).getHour()).distinct())
          .hasSize(2);
      assertThat(described.getInfo().getNextActionTimes()).isEqualTo(expected);
    } finally {
      handle.delete();
    }
  }

  @Test
  void describeShowsACronStringAsTheStructuredCalendarARealClusterStores() {
    ScheduleHandle handle = create("described-cron", cron(BERLIN_MORNINGS + " # mornings"));
    try {
      ScheduleSpec spec = handle.describe().getSchedule().getSpec();

      assertThat(spec.getCronExpressions()).isEmpty();
      assertThat(spec.getTimeZoneName()).isEqualTo("Europe/Berlin");
      assertThat(spec.getCalendars())
          .containsExactly(
              ScheduleCalendarSpec.newBuilder()
                  .setSeconds(List.of(new ScheduleRange(0, 0, 1)))
                  .setMinutes(List.of(new ScheduleRange(0, 0, 1)))
                  .setHour(List.of(new ScheduleRange(8, 8, 1)))
                  .setDayOfMonth(List.of(new ScheduleRange(1, 31, 1)))
                  .setMonth(List.of(new ScheduleRange(1, 12, 1)))
                  .setYear(List.of())
                  .setDayOfWeek(List.of(new ScheduleRange(1, 5, 1)))
                  .setComment("mornings")
                  .build());
    } finally {
      handle.delete();
    }
  }

  @Test
  void matchingTimesFollowACronSpecWithNamesInItsZone() {
    ScheduleHandle handle =
        create("spring-mornings", cron("CRON_TZ=Europe/Berlin 0 8 * MAR,APR MON-FRI"));
    try {
      Instant from = Instant.parse("2027-02-20T00:00:00Z");
      Instant to = Instant.parse("2027-05-10T00:00:00Z");

      List<Instant> expected =
          ExpectedTimes.daily(BERLIN, LocalTime.of(8, 0), WEEKDAYS, from)
              .takeWhile((t) -> t.isBefore(to))
              .filter((t) -> Set.of(Month.MARCH, Month.APRIL).contains(t.atZone(BERLIN).getMonth()))
              .toList();
      assertThat(expected).hasSize(45);
      assertThat(expected).contains(Instant.parse("2027-03-26T07:00:00Z"));
      assertThat(expected).contains(Instant.parse("2027-03-29T06:00:00Z"));
      assertThat(temporal.matchingTimes("spring-mornings", from, to)).isEqualTo(expected);
    } finally {
      handle.delete();
    }
  }

  @Test
  void jitterIsTheSameForTheSameScheduleAndDiffersForAnother() {
    ScheduleSpec jittered = hourly(Duration.ofMinutes(20));
    Instant from = Instant.parse("2027-06-01T00:00:00Z");
    Instant to = Instant.parse("2027-06-01T10:30:00Z");
    List<Instant> first = matchingTimesOfNew("jitter-a", jittered, from, to);
    List<Instant> again = matchingTimesOfNew("jitter-a", jittered, from, to);
    List<Instant> other = matchingTimesOfNew("jitter-b", jittered, from, to);

    assertThat(first).hasSize(10);
    assertThat(offsets(first)).allMatch((o) -> o.compareTo(Duration.ofMinutes(20)) < 0);
    assertThat(offsets(first).distinct()).hasSizeGreaterThan(1);
    assertThat(again).isEqualTo(first);
    assertThat(offsets(other)).allMatch((o) -> o.compareTo(Duration.ofMinutes(20)) < 0);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void jitterNeverPassesTheNextNominalTime() {
    List<Instant> times =
        matchingTimesOfNew(
            "jitter-long",
            hourly(Duration.ofHours(3)),
            Instant.parse("2027-06-01T00:00:00Z"),
            Instant.parse("2027-06-02T00:00:00Z"));

    assertThat(times).hasSizeGreaterThanOrEqualTo(23);
    assertThat(offsets(times)).allMatch((o) -> o.compareTo(Duration.ofHours(1)) < 0);
    assertThat(offsets(times)).anyMatch((o) -> o.compareTo(Duration.ofMinutes(20)) > 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSpecs")
  void invalidSpecFailsCreateWithTheServersMessage(String id, ScheduleSpec spec, String message) {
    ScheduleException refused =
        catchThrowableOfType(ScheduleException.class, () -> create(id, spec));

    assertThat(refused.getCause()).isInstanceOf(StatusRuntimeException.class);
    Status status = ((StatusRuntimeException) refused.getCause()).getStatus();
    assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    assertThat(status.getDescription()).isEqualTo("Invalid schedule spec: " + message);
    ScheduleException missing =
        catchThrowableOfType(
            ScheduleException.class, () -> temporal.schedules().getHandle(id).describe());
    assertThat(((StatusRuntimeException) missing.getCause()).getStatus().getCode())
        .isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  void updateToAnInvalidSpecFailsAndKeepsTheSpecItHad() {
    ScheduleHandle handle = create("kept-cron", cron(BERLIN_MORNINGS));
    try {
      ScheduleDescription before = handle.describe();

      ScheduleException refused =
          catchThrowableOfType(
              ScheduleException.class,
              () ->
                  handle.update(
                      (input) ->
                          new ScheduleUpdate(
                              Schedule.newBuilder(input.getDescription().getSchedule())
                                  .setSpec(cron("0 25 * * *"))
                                  .build())));

      Status status = ((StatusRuntimeException) refused.getCause()).getStatus();
      assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(status.getDescription())
          .isEqualTo("Invalid schedule spec: Hour is not in range [0-23]");
      ScheduleDescription after = handle.describe();
      assertThat(after.getSchedule().getSpec()).isEqualTo(before.getSchedule().getSpec());
      assertThat(after.getInfo().getNextActionTimes())
          .isEqualTo(before.getInfo().getNextActionTimes());
      assertThat(after.getInfo().getLastUpdatedAt()).isNull();
    } finally {
      handle.delete();
    }
  }

  static Stream<Arguments> invalidSpecs() {
    return Stream.of(
        Arguments.of("bad-day-name", cron("0 8 * * MOO"), "DayOfWeek is not in range [0-7]"),
        Arguments.of(
            "unknown-zone",
            ScheduleSpec.newBuilder()
                .setCronExpressions(List.of("0 8 * * MON-FRI"))
                .setTimeZoneName("Europe/Atlantis")
                .build(),
            "unknown time zone Europe/Atlantis"),
        Arguments.of(
            "unknown-cron-zone",
            cron("CRON_TZ=Mars/Olympus 0 8 * * *"),
            "unknown time zone Mars/Olympus"),
        Arguments.of(
            "phase-too-long",
            ScheduleSpec.newBuilder()
                .setIntervals(
                    List.of(new ScheduleIntervalSpec(Duration.ofHours(1), Duration.ofHours(1))))
                .build(),
            "phase cannot be greater than Interval"));
  }

  private static ScheduleSpec cron(String cron) {
    return ScheduleSpec.newBuilder().setCronExpressions(List.of(cron)).build();
  }

  private static ScheduleSpec hourly(Duration jitter) {
    return ScheduleSpec.newBuilder()
        .setIntervals(List.of(new ScheduleIntervalSpec(Duration.ofHours(1))))
        .setJitter(jitter)
        .build();
  }

  private static ScheduleHandle create(String id, ScheduleSpec spec) {
    return temporal
        .schedules()
        .createSchedule(
            id,
            ScheduleTestServer.on(spec, "done", id).build(),
            ScheduleOptions.newBuilder().build());
  }

  /** The matching times of a new schedule, which is deleted again. */
  private static List<Instant> matchingTimesOfNew(
      String id, ScheduleSpec spec, Instant from, Instant to) {
    ScheduleHandle handle = create(id, spec);
    try {
      return temporal.matchingTimes(id, from, to);
    } finally {
      handle.delete();
    }
  }

  /** How far each time is after its hour, the nominal time of an hourly schedule. */
  private static Stream<Duration> offsets(List<Instant> times) {
    return times.stream().map((t) -> Duration.between(t.truncatedTo(ChronoUnit.HOURS), t));
  }
}
