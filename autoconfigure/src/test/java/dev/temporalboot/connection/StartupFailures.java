package dev.temporalboot.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;

/** Helpers shared by the connection tests. */
final class StartupFailures {

  private StartupFailures() {}

  /** Returns the first exception of {@code type} in the context's startup failure cause chain. */
  static <E extends Throwable> E find(AssertableApplicationContext context, Class<E> type) {
    Throwable failure = context.getStartupFailure();
    assertThat(failure).as("startup failure").isNotNull();
    for (Throwable candidate = failure; candidate != null; candidate = candidate.getCause()) {
      if (type.isInstance(candidate)) {
        return type.cast(candidate);
      }
    }
    throw new AssertionError("No " + type.getName() + " in the causes of " + failure, failure);
  }

  /** A Spring resource location for a file. */
  static String location(Path file) {
    return "file:" + file.toAbsolutePath();
  }
}
