package dev.temporalboot.validation;

import dev.temporalboot.autoconfigure.fixtures.HelloWorkflowImpl;
import dev.temporalboot.validation.TemporalPropertyKeys.PropertyKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.util.unit.DataSize;

/**
 * Values to feed one key: those of its kind (duration, number, enum, cron, target...), a seeded
 * sample of strings that break naive code (whitespace, control characters, unicode, 10,000
 * characters, placeholders, list separators), and seeded random ones.
 */
final class AdversarialValues {

  /** How many values each key gets in an ordinary run, and in a full one. */
  enum Budget {
    /** Bounded for the build: a seeded sample of each list, five values a key. */
    SAMPLE(2, 2, 1),
    /** Every value of the key's kind, every common one and three random ones (minutes). */
    FULL(Integer.MAX_VALUE, Integer.MAX_VALUE, 3);

    private final int ofKind;

    private final int common;

    private final int random;

    Budget(int ofKind, int common, int random) {
      this.ofKind = ofKind;
      this.common = common;
      this.random = random;
    }
  }

  private static final List<Value> COMMON =
      List.of(
          either("", "empty"),
          either(" ", "blank"),
          either("  orders  ", "surrounding whitespace"),
          either("\t", "tab only"),
          either("line\nbreak", "newline inside"),
          either("cr\r", "carriage return"),
          either("nul\u0000", "NUL character"),
          either("\u0007\u001B[31m", "bell and ANSI escape"),
          either("\u007F", "DEL"),
          either("\u200B", "zero-width space only"),
          either("ord\u200Bers", "zero-width space inside"),
          either("\u202Eorders", "right-to-left override"),
          either("\u05EA\u05D5\u05E8", "right-to-left script"),
          either("\uD83D\uDE80orders", "emoji"),
          either("\uD800", "lone surrogate"),
          either("e\u0301", "combining mark"),
          either("\uFEFForders", "byte order mark"),
          either("\u00A0", "non-breaking space only"),
          either("x".repeat(10_000), "10,000 characters"),
          // Spring Boot's binder leaves an unresolvable placeholder as it is: the check must not.
          fails("${unset}", "unresolved placeholder"),
          either("${unset:}", "placeholder with empty default"),
          fails("${unset:${also.unset}}", "nested unresolved placeholder"),
          either("#{1+1}", "SpEL expression"),
          either("a,b", "comma (list separator)"),
          either(",", "lone comma"),
          either("[0]", "brackets"),
          either("{a}", "braces"),
          either("C:\\temp\\x", "backslashes"),
          either("'\"quoted\"'", "quotes"),
          either("%s%n", "format specifiers"),
          either("null", "the word null"),
          either("../../etc/passwd", "path traversal"),
          either("*", "wildcard"));

  private static final String[] ALPHABETS = {
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "$ {}[],:=#\\.-_/@%'\"",
    "\t\n\r\u0000\u001B\u007F",
    "\u05D0\u05D1\u0627\u0628\u4E2D\u6587\u00E9\u00DF\u200B\u200D\u202E\u0301\uFEFF\u00A0",
  };

  private AdversarialValues() {}

  /**
   * Returns the values to try for a key, the same for the same seed and budget. Each key draws from
   * its own generator, so adding a key leaves the others' values as they were.
   *
   * @param key the key
   * @param seed the seed of the sample and of the random values
   * @param budget how many values
   * @return the values
   */
  static List<Value> forKey(PropertyKey key, long seed, Budget budget) {
    Random random = new Random(seed ^ key.name().hashCode());
    List<Value> values = new ArrayList<>();
    values.addAll(sample(ofKind(key), budget.ofKind, random));
    values.addAll(sample(COMMON, budget.common, random));
    for (int i = 0; i < budget.random; i++) {
      values.add(randomOfKind(key, random));
    }
    return values;
  }

  private static List<Value> sample(List<Value> values, int count, Random random) {
    List<Value> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, Math.min(count, shuffled.size()));
  }

  private static List<Value> ofKind(PropertyKey key) {
    Class<?> type = key.type();
    String name = key.name();
    if (type.isEnum()) {
      return enums(type);
    }
    if (type == Duration.class) {
      return durations();
    }
    if (type == DataSize.class) {
      return dataSizes();
    }
    if (type == boolean.class || type == Boolean.class) {
      return booleans();
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return name.endsWith("port") ? ports() : integers();
    }
    if (type == double.class || type == Double.class) {
      return decimals();
    }
    if (name.endsWith(".target")) {
      return targets();
    }
    if (name.endsWith("cron-schedule")) {
      return crons();
    }
    if (name.startsWith("temporal.embedded.search-attributes.")) {
      return searchAttributeTypes();
    }
    if (name.endsWith("workflow-classes")) {
      return workflowClasses();
    }
    if (name.endsWith("activity-beans")) {
      return activityBeans();
    }
    if (name.endsWith("do-not-retry")) {
      return exceptionNames();
    }
    if (name.endsWith("certificate") || name.endsWith("private-key")) {
      return resources();
    }
    return List.of(either("orders-1", "plain"), either("a-b_c.d/e", "punctuation"));
  }

  private static List<Value> enums(Class<?> type) {
    List<Value> values = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      String upper = ((Enum<?>) constant).name();
      values.add(either(upper.toLowerCase(Locale.ROOT).replace('_', '-'), "valid enum"));
    }
    String first = ((Enum<?>) type.getEnumConstants()[0]).name();
    values.add(either(first, "enum in upper snake case"));
    values.add(
        either(
            " " + first.charAt(0) + first.substring(1).toLowerCase(Locale.ROOT) + " ",
            "enum in mixed case with spaces"));
    values.add(fails("never", "unknown enum value"));
    // Spring Boot's lenient enum binding accepts this; it must still start.
    values.add(either(first.replace('_', ' '), "enum with a space for a separator"));
    return values;
  }

  private static List<Value> durations() {
    return List.of(
        either("10s", "valid duration"),
        either("0", "zero duration"),
        either("1ns", "one nanosecond"),
        fails("-1s", "negative duration"),
        fails("PT-1S", "negative ISO duration"),
        either("999999999d", "huge duration"),
        either("106751991168d", "duration beyond Long millis"),
        fails("1 s", "duration with a space"),
        fails("1x", "unknown duration unit"),
        fails("1.5s", "fractional duration"),
        fails("soon", "unconvertible duration"),
        fails("P1Y", "ISO duration in years"));
  }

  private static List<Value> dataSizes() {
    return List.of(
        either("4MB", "valid data size"),
        either("0", "zero data size"),
        fails("-1MB", "negative data size"),
        fails("1XB", "unknown data size unit"),
        fails("99999999999TB", "data size beyond Long bytes"),
        fails("big", "unconvertible data size"));
  }

  private static List<Value> booleans() {
    return List.of(
        either("true", "valid boolean"),
        either("false", "valid boolean"),
        either("TRUE", "boolean in upper case"),
        either("yes", "yes"),
        either("on", "on"),
        fails("maybe", "not a boolean"),
        fails("tru", "misspelt boolean"));
  }

  private static List<Value> integers() {
    return List.of(
        either("1", "valid integer"),
        either("0", "zero"),
        fails("-1", "negative integer"),
        fails("-2147483648", "Integer.MIN_VALUE"),
        either("2147483647", "Integer.MAX_VALUE"),
        fails("2147483648", "beyond Integer.MAX_VALUE"),
        fails("1.5", "fractional integer"),
        fails("1e3", "integer in exponent notation"),
        either("0x10", "hexadecimal integer"),
        fails("ten", "unconvertible integer"));
  }

  private static List<Value> ports() {
    return List.of(
        either("0", "port 0 (random)"),
        fails("-1", "negative port"),
        fails("65536", "port above 65535"),
        fails("99999", "port far above 65535"),
        fails("http", "unconvertible port"));
  }

  private static List<Value> decimals() {
    return List.of(
        either("2.0", "valid decimal"),
        either("0", "zero"),
        either("0.5", "fraction"),
        fails("-1", "negative decimal"),
        fails("NaN", "NaN"),
        either("Infinity", "Infinity"),
        fails("-Infinity", "negative Infinity"),
        either("1e309", "overflows to Infinity"),
        either("1e-400", "underflows to zero"),
        fails("1,5", "decimal comma"),
        fails("fast", "unconvertible decimal"));
  }

  private static List<Value> targets() {
    // Port 1 everywhere: a valid-looking target must never reach a server someone runs on 7233.
    return List.of(
        either("localhost:1", "valid target"),
        either("[::1]:1", "IPv6 target"),
        either("dns:///localhost:1", "target with a gRPC scheme"),
        fails("not a host:1", "target with spaces"),
        fails("localhost:", "target without a port number"),
        either(":1", "target without a host"),
        fails("localhost:99999", "target port above 65535"),
        fails("localhost:-1", "target with a negative port"),
        fails("localhost", "target without a port"),
        fails("localhost:1,localhost:2", "two targets"));
  }

  private static List<Value> crons() {
    return List.of(
        either("0 * * * *", "valid cron"),
        either("@daily", "cron descriptor"),
        either("@every 1h30m", "cron interval"),
        either("CRON_TZ=Europe/Paris 0 * * * *", "cron with a time zone"),
        fails("every day", "prose instead of cron"),
        fails("* * * *", "cron with 4 fields"),
        either("0 0 * * * *", "cron with 6 fields"),
        fails("0 0 0 * * * *", "cron with 7 fields"),
        fails("60 * * * *", "cron minute out of range"),
        fails("CRON_TZ=Nowhere/City 0 * * * *", "cron with an unknown time zone"),
        fails("@sometimes", "unknown cron descriptor"));
  }

  private static List<Value> searchAttributeTypes() {
    // Each valid type starts an embedded server (~0.4 s), so only two of them.
    return List.of(
        either("keyword", "valid search attribute type"),
        either("Keyword-List", "search attribute type in mixed case"),
        fails("unknown", "unknown search attribute type"),
        fails("string", "search attribute type of another system"),
        fails("unspecified", "the protocol's UNSPECIFIED type"),
        fails("keyword,int", "two search attribute types"));
  }

  private static List<Value> workflowClasses() {
    String valid = HelloWorkflowImpl.class.getName();
    return List.of(
        either(valid, "valid workflow class"),
        either(" " + valid + " ", "workflow class with spaces around"),
        fails("com.acme.NoSuchWorkflowImpl", "unknown class name"),
        fails("java.lang.String", "class that is no workflow"),
        fails(valid + ",,com.acme.Other", "empty and unknown list entries"));
  }

  private static List<Value> activityBeans() {
    return List.of(
        either("helloActivities", "valid activity bean"),
        fails("noSuchBean", "unknown bean name"),
        fails("temporalWorkflowClient", "bean that is no activity"),
        fails("helloActivities,,noSuchBean", "empty and unknown list entries"));
  }

  private static List<Value> exceptionNames() {
    // Failure types are strings matched by name: another SDK's type need not be a Java class.
    return List.of(
        either(IllegalStateException.class.getName(), "valid exception class"),
        either("com.acme.NoSuchException", "unknown class name"),
        either("java.lang.String", "class that is no exception"),
        either("CardDeclined", "failure type of another SDK"));
  }

  private static List<Value> resources() {
    return List.of(
        fails("classpath:nope.pem", "missing classpath resource"),
        fails("file:/nonexistent/ca.pem", "missing file"),
        fails("not a resource", "relative path with spaces"),
        fails("classpath:application.properties", "resource that is no PEM"));
  }

  private static Value randomOfKind(PropertyKey key, Random random) {
    Class<?> type = key.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      long number = (long) (random.nextGaussian() * Math.pow(10, random.nextInt(12)));
      long max = key.name().endsWith("port") ? 65535 : Integer.MAX_VALUE;
      return new Value(Long.toString(number), "random integer", number < 0 || number > max);
    }
    if (type == double.class || type == Double.class) {
      double number = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
      return new Value(Double.toString(number), "random decimal", number < 0);
    }
    if (type == Duration.class) {
      long amount = (long) (random.nextGaussian() * Math.pow(10, random.nextInt(13)));
      String unit = List.of("ns", "us", "ms", "s", "m", "h", "d").get(random.nextInt(7));
      return new Value(amount + unit, "random duration", amount < 0);
    }
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(25);
    for (int i = 0; i < length; i++) {
      String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    if (random.nextInt(10) == 0) {
      text.appendCodePoint(0x1F300 + random.nextInt(0x300));
    }
    return either(text.toString(), "random string");
  }

  private static Value either(String text, String label) {
    return new Value(text, label, false);
  }

  private static Value fails(String text, String label) {
    return new Value(text, label, true);
  }

  /**
   * One value to try.
   *
   * @param text the value as written in configuration
   * @param label what kind of value it is, to group defects by
   * @param mustFail whether the value cannot work, so start-up succeeding is a defect too
   */
  record Value(String text, String label, boolean mustFail) {}
}
