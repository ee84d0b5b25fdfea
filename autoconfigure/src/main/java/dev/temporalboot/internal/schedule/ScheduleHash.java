package dev.temporalboot.internal.schedule;

import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The hash of a resolved declaration: equal hashes mean the schedule on the server was written from
 * the same declaration, so it is left alone. Arguments are hashed as written, not converted, since
 * a payload codec may encrypt differently each time.
 */
final class ScheduleHash {

  private ScheduleHash() {}

  static String of(ScheduleDeclaration declaration, String workflowType, WorkflowOptions options) {
    StringBuilder text = new StringBuilder();
    text.append("type=").append(workflowType).append('\n');
    text.append("arguments=").append(declaration.arguments()).append('\n');
    text.append("id=").append(options.getWorkflowId()).append('\n');
    text.append("queue=").append(options.getTaskQueue()).append('\n');
    text.append("execution=").append(options.getWorkflowExecutionTimeout()).append('\n');
    text.append("run=").append(options.getWorkflowRunTimeout()).append('\n');
    text.append("task=").append(options.getWorkflowTaskTimeout()).append('\n');
    text.append("retry=").append(options.getRetryOptions()).append('\n');
    text.append("memo=").append(options.getMemo()).append('\n');
    text.append("search=").append(attributes(options.getTypedSearchAttributes())).append('\n');
    text.append("spec=").append(declaration.spec()).append('\n');
    text.append("overlap=").append(declaration.overlap()).append('\n');
    text.append("catchup=").append(declaration.catchupWindow()).append('\n');
    text.append("pause-on-failure=").append(declaration.pauseOnFailure()).append('\n');
    text.append("paused=").append(declaration.paused()).append('\n');
    text.append("note=").append(declaration.note()).append('\n');
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String attributes(SearchAttributes attributes) {
    TreeMap<String, String> sorted = new TreeMap<>();
    if (attributes != null) {
      attributes
          .getUntypedValues()
          .forEach(
              (key, value) ->
                  sorted.put(key.getName() + ":" + key.getValueType(), String.valueOf(value)));
    }
    return sorted.toString();
  }
}
