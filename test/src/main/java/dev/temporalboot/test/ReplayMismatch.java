package dev.temporalboot.test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names the first history event a replay no longer matches. The SDK (1.39) carries it only in the
 * text of its {@code NonDeterministicException}: "Event 5 of type EVENT_TYPE_TIMER_STARTED does not
 * match command type COMMAND_TYPE_SCHEDULE_ACTIVITY_TASK". When the text changes, the replay
 * failure shows the first line of the root cause instead; {@code ReplayMismatchTests} fails naming
 * the change.
 */
final class ReplayMismatch {

  private static final Pattern SENTENCE =
      Pattern.compile("(Event \\d+ of type \\S+ does not match [^{\\n]*)");

  private ReplayMismatch() {}

  /** Returns the SDK's sentence naming the diverging event, else the root cause's first line. */
  static String describe(Throwable failure) {
    String sentence = sentence(failure);
    if (sentence != null) {
      return sentence;
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = String.valueOf(root.getMessage());
    return message.lines().findFirst().orElse(root.toString());
  }

  /** Returns the SDK's sentence naming the diverging event, from the failure or a cause. */
  static @Nullable String sentence(Throwable failure) {
    for (Throwable current = failure; current != null; current = current.getCause()) {
      Matcher matcher = SENTENCE.matcher(String.valueOf(current.getMessage()));
      if (matcher.find()) {
        return matcher.group(1).trim();
      }
    }
    return null;
  }
}
