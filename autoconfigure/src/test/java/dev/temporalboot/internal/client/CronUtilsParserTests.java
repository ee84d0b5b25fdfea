package dev.temporalboot.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;

/**
 * cron-utils, as the embedded server brings it, still has the API {@link CronUtilsParser} calls.
 */
class CronUtilsParserTests {

  private final ClassLoader classLoader = getClass().getClassLoader();

  @Test
  void cronUtilsOnTheClasspathHasTheApiWeCall() {
    CronUtilsParser parser = CronUtilsParser.load(this.classLoader);
    assertThat(parser.isUsable())
        .as(
            "cron-utils changed its API (%s): CronUtilsParser must change, until then cron"
                + " schedules are checked for their field count only",
            parser.change())
        .isTrue();
  }

  @Test
  void cronUtilsAcceptsValidFields() {
    assertThat(CronUtilsParser.load(this.classLoader).problem("*/15 0-6 1,15 * MON-FRI"))
        .as("cron-utils now refuses a valid Unix cron expression: CronUtilsParser must change")
        .isNull();
  }

  @Test
  void cronUtilsExplainsInvalidFields() {
    assertThat(CronUtilsParser.load(this.classLoader).problem("61 * * * *"))
        .as(
            "cron-utils no longer refuses a minute of 61 with a message: CronUtilsParser must"
                + " change")
        .isNotBlank()
        .isNotEqualTo("null");
  }

  @Test
  void withoutCronUtilsNothingIsParsed() {
    CronUtilsParser parser = CronUtilsParser.load(new FilteredClassLoader("com.cronutils"));
    assertThat(parser.isUsable()).isFalse();
    assertThat(parser.change()).isNull();
    assertThat(parser.problem("61 * * * *")).isNull();
  }
}
