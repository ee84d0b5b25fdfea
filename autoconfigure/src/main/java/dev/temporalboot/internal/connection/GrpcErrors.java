package dev.temporalboot.internal.connection;

import io.grpc.StatusRuntimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a failed call in one line: the status code, the first line of its description, and the
 * innermost cause, which names the real problem (gRPC itself only says "io exception" and appends
 * its channel pipeline). A proxy's error page is recognized by grpc-java's undocumented description
 * of a non-gRPC answer, "HTTP status code N" followed by the body; {@code NginxTlsProxyTests} fails
 * naming the change.
 */
public final class GrpcErrors {

  /** A proxy that answers with an HTML error page names the problem in its title. */
  private static final Pattern PROXY_PAGE_TITLE =
      Pattern.compile("<title>([^<]+)</title>", Pattern.CASE_INSENSITIVE);

  private GrpcErrors() {}

  /**
   * Describes a failed call, e.g. {@code UNAVAILABLE: io exception (finishConnect(..) failed:
   * Connection refused)} or {@code INTERNAL: HTTP status code 400 from a proxy: 400 No required SSL
   * certificate was sent}.
   *
   * @param ex the failure
   * @return a one-line description
   */
  public static String describe(StatusRuntimeException ex) {
    StringBuilder error = new StringBuilder(ex.getStatus().getCode().name());
    String description = ex.getStatus().getDescription();
    if (description != null && !description.isBlank()) {
      Matcher page = PROXY_PAGE_TITLE.matcher(description);
      error.append(": ").append(description.lines().findFirst().orElse("").trim());
      if (description.startsWith("HTTP status code") && page.find()) {
        error.append(" from a proxy: ").append(page.group(1).trim());
      }
    }
    Throwable root = ex.getCause();
    while (root != null && root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != null) {
      error
          .append(" (")
          .append(root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName())
          .append(")");
    }
    return error.toString();
  }
}
