package dev.temporalboot.internal.embedded.visibility;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Where a page ends in the list order, as SQL visibility keeps it: close time (running executions
 * first), start time, run id. The next page starts after this key, so executions that start between
 * pages do not shift it (they sort before it).
 */
record PageToken(Instant closeTime, Instant startTime, String runId) {

  /** Newest first: open executions, then by close time and start time descending. */
  static final Comparator<PageToken> ORDER =
      Comparator.comparing(PageToken::closeTime, Comparator.reverseOrder())
          .thenComparing(PageToken::startTime, Comparator.reverseOrder())
          .thenComparing(PageToken::runId);

  private static final String VERSION = "v1";

  /** The key of an execution; an open one has no close time and sorts first. */
  static PageToken of(@Nullable Instant closeTime, Instant startTime, String runId) {
    return new PageToken(closeTime == null ? Instant.MAX : closeTime, startTime, runId);
  }

  boolean precedes(PageToken other) {
    return ORDER.compare(this, other) < 0;
  }

  ByteString encode() {
    String text = String.join("|", VERSION, text(closeTime), text(startTime), runId);
    return ByteString.copyFrom(text, StandardCharsets.UTF_8);
  }

  /** Reads a token this class wrote; empty means the first page. */
  static @Nullable PageToken decode(ByteString token) {
    if (token.isEmpty()) {
      return null;
    }
    String[] parts = token.toString(StandardCharsets.UTF_8).split("\\|", 4);
    try {
      if (parts.length == 4 && parts[0].equals(VERSION)) {
        return new PageToken(instant(parts[1]), instant(parts[2]), parts[3]);
      }
    } catch (NumberFormatException ex) {
      // reported below
    }
    throw Status.INVALID_ARGUMENT
        .withDescription("unable to deserialize page token")
        .asRuntimeException();
  }

  private static String text(Instant time) {
    return time.getEpochSecond() + "." + time.getNano();
  }

  private static Instant instant(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      throw new NumberFormatException(text);
    }
    return Instant.ofEpochSecond(
        Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
  }
}
