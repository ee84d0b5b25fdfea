package dev.temporalboot.test;

import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Records workflow histories as JSON, in the format the Temporal CLI and UI export. */
public final class WorkflowHistories {

  private WorkflowHistories() {}

  /**
   * Fetches the history of a workflow execution and writes it to a file, creating its folder.
   * Commit the file (e.g. under {@code src/test/resources/histories/}) and check it with {@link
   * WorkflowReplays#assertReplays}.
   *
   * @param client the client to fetch the history with
   * @param workflowId the workflow's id (its latest run)
   * @param file where to write it
   * @return the file
   */
  public static Path save(WorkflowClient client, String workflowId, Path file) {
    String json = client.fetchHistory(workflowId).toJson(true);
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      return Files.writeString(file, json, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(
          "Cannot write the history of " + workflowId + " to " + file, ex);
    }
  }
}
