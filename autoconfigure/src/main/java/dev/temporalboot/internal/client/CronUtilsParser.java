package dev.temporalboot.internal.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * cron-utils' Unix cron parser, reached through reflection because cron-utils is optional (the
 * embedded server brings it). Depends on cron-utils 9's {@code
 * CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX)}, {@code new
 * CronParser(CronDefinition)} and {@code CronParser.parse(String)} rejecting an invalid expression
 * with an exception whose message says why. Absent, only the field count is checked; present but
 * changed, the same, with a warning once: a library upgrade must not stop an application that would
 * start without the check. {@code CronUtilsParserTests} fails naming what changed.
 */
final class CronUtilsParser {

  private static final Logger logger = LoggerFactory.getLogger(CronUtilsParser.class);

  private static final String PARSER_CLASS = "com.cronutils.parser.CronParser";

  private static final AtomicBoolean changeReported = new AtomicBoolean();

  private final @Nullable Object parser;

  private final @Nullable Method parse;

  private final @Nullable String change;

  private CronUtilsParser(
      @Nullable Object parser, @Nullable Method parse, @Nullable String change) {
    this.parser = parser;
    this.parse = parse;
    this.change = change;
  }

  /** Finds cron-utils through the class loader, without failing when it is absent or changed. */
  static CronUtilsParser load(@Nullable ClassLoader classLoader) {
    if (!ClassUtils.isPresent(PARSER_CLASS, classLoader)) {
      return new CronUtilsParser(null, null, null);
    }
    try {
      Class<?> cronType = ClassUtils.forName("com.cronutils.model.CronType", classLoader);
      Class<?> definitionType =
          ClassUtils.forName("com.cronutils.model.definition.CronDefinition", classLoader);
      Object definition =
          ClassUtils.forName("com.cronutils.model.definition.CronDefinitionBuilder", classLoader)
              .getMethod("instanceDefinitionFor", cronType)
              .invoke(null, cronType.getField("UNIX").get(null));
      Class<?> parserType = ClassUtils.forName(PARSER_CLASS, classLoader);
      Object parser = parserType.getConstructor(definitionType).newInstance(definition);
      return new CronUtilsParser(parser, parserType.getMethod("parse", String.class), null);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException ex) {
      Throwable cause = (ex instanceof InvocationTargetException target) ? target.getCause() : ex;
      return new CronUtilsParser(null, null, String.valueOf(cause));
    }
  }

  /** Returns whether cron-utils is on the classpath with the API this class calls. */
  boolean isUsable() {
    return this.parse != null;
  }

  /** Returns what no longer matches when cron-utils is present but changed, else null. */
  @Nullable String change() {
    return this.change;
  }

  /**
   * Parses five cron fields.
   *
   * @return why cron-utils refuses them, or null when it accepts them or cannot be used
   */
  @Nullable String problem(String fields) {
    if (this.parse == null) {
      reportChange();
      return null;
    }
    try {
      this.parse.invoke(this.parser, fields);
      return null;
    } catch (InvocationTargetException ex) {
      Throwable thrown = Objects.requireNonNull(ex.getCause(), "invoke wraps what parse threw");
      return String.valueOf(thrown.getMessage());
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private void reportChange() {
    if (this.change != null && changeReported.compareAndSet(false, true)) {
      logger.warn(
          "cron-utils is on the classpath but not in a version Temporal Boot can call ({}): cron"
              + " schedules are checked for their number of fields only",
          this.change);
    }
  }
}
