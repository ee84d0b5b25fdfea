package dev.temporalboot.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.temporalboot.validation.AdversarialValues.Budget;
import dev.temporalboot.validation.AdversarialValues.Value;
import dev.temporalboot.validation.TemporalPropertyKeys.PropertyKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue #15, every value checked by name: for each {@code temporal.*} key and hundreds of random
 * and adversarial values, start-up succeeds, or fails through our failure analyzer naming that key;
 * never another exception, never a bare stack trace.
 *
 * <p>Deterministic and bounded: a fixed seed picks five values a key (hundreds in all, a few
 * seconds); {@code -Dtemporalboot.pbt.seed=...} draws others, {@code -Dtemporalboot.pbt.full=true}
 * tries every value (a few minutes), and {@code -Dtemporalboot.pbt.report=target/pbt-defects.tsv}
 * also writes every defect to a file.
 *
 * <p>It proves the central check of {@code temporal.*} values at binding: until that check is in,
 * most keys fail here, each with the list of values that end wrong.
 */
class EveryPropertyCheckedByNameTests {

  /** The leaf keys of today's properties classes: the derivation must never find fewer. */
  private static final int KEYS_TODAY = 76;

  private static final long SEED = Long.getLong("temporalboot.pbt.seed", 15L);

  private static final Budget BUDGET =
      Boolean.getBoolean("temporalboot.pbt.full") ? Budget.FULL : Budget.SAMPLE;

  private static final String REPORT = System.getProperty("temporalboot.pbt.report", "");

  private static final Logger logger =
      LoggerFactory.getLogger(EveryPropertyCheckedByNameTests.class);

  private final OneKeyStartup startup = new OneKeyStartup();

  @Test
  void everyKeyIsFoundByReflection() {
    List<String> names = TemporalPropertyKeys.all().stream().map(PropertyKey::name).toList();
    assertThat(names)
        .hasSizeGreaterThanOrEqualTo(KEYS_TODAY)
        .doesNotHaveDuplicates()
        .contains(
            "temporal.enabled",
            "temporal.connection.tls.trust-certificate",
            "temporal.embedded.search-attributes.CustomerTier",
            "temporal.workers[0].workflow-pollers-autoscaling.initial",
            "temporal.workers[0].deployment.default-versioning-behavior",
            "temporal.activities.default.retry.do-not-retry",
            "temporal.workflows.HelloWorkflow.memo.team",
            "temporal.workflows.HelloWorkflow.retry.maximum-attempts",
            "temporal.codec-server.max-request-size",
            "temporal.schedules.report.cron",
            "temporal.schedules.report.interval.every",
            "temporal.schedules.report.arguments.0",
            "temporal.schedules.report.memo.team",
            "temporal.schedules.report.retry.maximum-attempts");
  }

  @TestFactory
  Stream<DynamicTest> everyValueStartsOrFailsNamingItsKey(TestReporter reporter) {
    List<PropertyKey> keys = TemporalPropertyKeys.all();
    int cases =
        keys.stream().mapToInt((key) -> AdversarialValues.forKey(key, SEED, BUDGET).size()).sum();
    String sweep = keys.size() + " keys, " + cases + " cases, seed " + SEED + ", " + BUDGET;
    logger.info("Property sweep: {}", sweep);
    reporter.publishEntry("sweep", sweep);
    return keys.stream()
        .map((key) -> DynamicTest.dynamicTest(key.name(), () -> checkEveryValue(key)));
  }

  private void checkEveryValue(PropertyKey key) {
    List<Value> values = AdversarialValues.forKey(key, SEED, BUDGET);
    List<Defect> defects = new ArrayList<>();
    for (Value value : values) {
      Defect defect = this.startup.check(key, value);
      if (defect != null) {
        defects.add(defect);
      }
    }
    if (!REPORT.isEmpty()) {
      append(defects);
    }
    if (!defects.isEmpty()) {
      fail(
          defects.size()
              + " of "
              + values.size()
              + " values of "
              + key.name()
              + " end wrong (seed "
              + SEED
              + "):\n"
              + defects.stream().map(Defect::toString).collect(Collectors.joining("\n")));
    }
  }

  private static synchronized void append(List<Defect> defects) {
    List<String> rows =
        defects.stream()
            .map(
                (defect) ->
                    String.join(
                        "\t",
                        defect.key().name(),
                        defect.value().label(),
                        Defect.escape(defect.value().text()),
                        defect.problem(),
                        defect.rootType(),
                        String.join(" <- ", defect.chain()),
                        (defect.analysis() != null)
                            ? Defect.shorten(defect.analysis().getDescription())
                            : "-"))
            .toList();
    try {
      Files.write(
          Path.of(REPORT),
          rows,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
