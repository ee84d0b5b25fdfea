package dev.temporalboot.internal.logging;

import io.nexusrpc.Link;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The workflow that called a Nexus operation, read from the links of its start request: a Temporal
 * caller links to the event that scheduled the operation, {@code
 * temporal:///namespaces/{namespace}/workflows/{workflowId}/{runId}/history?...}.
 */
record NexusCaller(String namespace, String workflowId) {

  private static final String WORKFLOW_EVENT = "temporal.api.common.v1.Link.WorkflowEvent";

  /** Returns the caller the first workflow-event link names; none for a caller that sent none. */
  static Optional<NexusCaller> of(@Nullable List<Link> links) {
    if (links == null) {
      return Optional.empty();
    }
    return links.stream()
        .filter((link) -> WORKFLOW_EVENT.equals(link.getType()))
        .map((link) -> parse(link.getUri().getRawPath()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  static Optional<NexusCaller> parse(@Nullable String path) {
    if (path == null) {
      return Optional.empty();
    }
    // "", "namespaces", namespace, "workflows", workflowId, runId, "history"
    String[] segments = path.split("/");
    if (segments.length < 6
        || !segments[1].equals("namespaces")
        || !segments[3].equals("workflows")) {
      return Optional.empty();
    }
    return Optional.of(new NexusCaller(decode(segments[2]), decode(segments[4])));
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
