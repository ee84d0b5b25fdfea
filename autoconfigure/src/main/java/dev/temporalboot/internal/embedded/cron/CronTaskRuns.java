package dev.temporalboot.internal.embedded.cron;

import com.google.protobuf.ByteString;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The run each handed-out workflow task belongs to, by task token, for the commands completing it:
 * the latest ten thousand tasks, since a task that timed out or failed is never completed.
 */
final class CronTaskRuns {

  private final Map<ByteString, Run> tasks = Collections.synchronizedMap(new Recent());

  void put(ByteString taskToken, Run run) {
    this.tasks.put(taskToken, run);
  }

  /** Returns and forgets the run of a completed task, or null for a task not seen. */
  @Nullable Run take(ByteString taskToken) {
    return this.tasks.remove(taskToken);
  }

  /**
   * A workflow run.
   *
   * @param key the namespace and workflow id
   * @param runId the run id
   */
  record Run(String key, String runId) {}

  private static final class Recent extends LinkedHashMap<ByteString, Run> {

    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<ByteString, Run> eldest) {
      return size() > 10_000;
    }
  }
}
