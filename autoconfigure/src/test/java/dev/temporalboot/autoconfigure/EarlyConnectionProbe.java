package dev.temporalboot.autoconfigure;

import dev.temporalboot.internal.connection.EarlyConnection;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** Lets tests in other packages see whether a context opened its connection early. */
public final class EarlyConnectionProbe {

  private EarlyConnectionProbe() {}

  /** The context's early connection; null when it opened none. */
  public static @Nullable EarlyConnection of(ApplicationContext context) {
    return context.getBean(TemporalEarlyConnection.class).connection();
  }
}
