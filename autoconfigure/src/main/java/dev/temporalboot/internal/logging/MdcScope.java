package dev.temporalboot.internal.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/** Puts entries into the SLF4J MDC of the current thread and, on close, restores what was there. */
final class MdcScope implements AutoCloseable {

  private final Map<String, @Nullable String> previous = new LinkedHashMap<>();

  private MdcScope(Map<String, String> entries) {
    entries.forEach(
        (key, value) -> {
          this.previous.put(key, MDC.get(key));
          MDC.put(key, value);
        });
  }

  static MdcScope open(Map<String, String> entries) {
    return new MdcScope(entries);
  }

  @Override
  public void close() {
    this.previous.forEach(
        (key, value) -> {
          if (value == null) {
            MDC.remove(key);
          } else {
            MDC.put(key, value);
          }
        });
  }
}
