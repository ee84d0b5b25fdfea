package dev.temporalboot.validation;

import dev.temporalboot.validation.AdversarialValues.Value;
import dev.temporalboot.validation.TemporalPropertyKeys.PropertyKey;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A value whose start-up ended in a way the design does not allow, printed so that the key, the
 * value and the exception chain read at a glance.
 *
 * @param key the key set
 * @param value the value given to it
 * @param problem what went wrong
 * @param failure the startup or close failure, if any
 * @param analysis Spring Boot's analysis of the failure, if any
 */
record Defect(
    PropertyKey key,
    Value value,
    String problem,
    @Nullable Throwable failure,
    @Nullable FailureAnalysis analysis) {

  private static final int MAX_VALUE = 40;

  private static final int MAX_MESSAGE = 200;

  /** Returns the innermost exception's type, to group defects by. */
  String rootType() {
    Throwable root = this.failure;
    while (root != null && root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return (root != null) ? root.getClass().getName() : "-";
  }

  /** Returns the exception chain, outermost first, one short line per exception. */
  List<String> chain() {
    List<String> lines = new ArrayList<>();
    for (Throwable current = this.failure;
        current != null && lines.size() < 12;
        current = current.getCause()) {
      lines.add(current.getClass().getName() + ": " + shorten(current.getMessage()));
      if (current.getCause() == current) {
        break;
      }
    }
    return lines;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(this.key.name())
        .append(" = ")
        .append(escape(this.value.text()))
        .append("  [")
        .append(this.value.label())
        .append("]\n    ")
        .append(this.problem);
    if (this.analysis != null) {
      text.append("\n    analysis: ").append(shorten(this.analysis.getDescription()));
    }
    for (String line : chain()) {
      text.append("\n      <- ").append(line);
    }
    return text.toString();
  }

  /** Quotes a value with Java escapes for everything but printable ASCII, cutting long ones. */
  static String escape(String value) {
    return "\"" + escapeChars(value, MAX_VALUE) + "\"";
  }

  /** Returns a message on one line, escaped as values are, cut after a few hundred characters. */
  static String shorten(@Nullable String message) {
    return (message != null)
        ? escapeChars(message.replace('\n', ' '), MAX_MESSAGE)
        : "(no message)";
  }

  private static String escapeChars(String value, int max) {
    StringBuilder text = new StringBuilder();
    String shown = (value.length() > max) ? value.substring(0, max) : value;
    for (char c : shown.toCharArray()) {
      if (c == '"' || c == '\\') {
        text.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        text.append(c);
      } else {
        text.append(String.format("\\u%04X", (int) c));
      }
    }
    if (shown.length() < value.length()) {
      text.append("...(").append(value.length()).append(" chars)");
    }
    return text.toString();
  }
}
