package dev.temporalboot.internal.actuate;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * HTTP statuses for {@link TemporalEndpoint}'s writes: 404 for a queue no worker of the namespace
 * polls or a schedule not declared, 409 for a schedule the application does not own, 503 when the
 * server does not answer, 400 with why for an unknown action or namespace alias.
 */
@EndpointWebExtension(endpoint = TemporalEndpoint.class)
public class TemporalEndpointWebExtension {

  private final TemporalEndpoint endpoint;

  public TemporalEndpointWebExtension(TemporalEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * Suspends or resumes polling on a task queue.
   *
   * @param taskQueue the task queue
   * @param action {@code suspend} or {@code resume}
   * @param namespace the alias of a {@code temporal.namespaces} entry; absent for the primary
   *     namespace
   * @return the worker afterwards; 404 for an unknown queue, 400 for a missing or unknown action or
   *     an unknown alias
   */
  @WriteOperation
  public WebEndpointResponse<Object> control(
      @Selector String taskQueue, @Nullable String action, @Nullable String namespace) {
    try {
      WorkerDescriptor worker = this.endpoint.control(taskQueue, action, namespace);
      if (worker == null) {
        return new WebEndpointResponse<>(
            Map.of(
                "message",
                "No worker polls task queue '"
                    + taskQueue
                    + "' in namespace "
                    + this.endpoint.namespaceOf(namespace).describe()),
            WebEndpointResponse.STATUS_NOT_FOUND);
      }
      return new WebEndpointResponse<>(worker);
    } catch (InvalidEndpointRequestException ex) {
      return new WebEndpointResponse<>(
          Map.of("message", ex.getMessage()), WebEndpointResponse.STATUS_BAD_REQUEST);
    }
  }

  /**
   * Pauses, unpauses or triggers a declared schedule.
   *
   * @param section {@code schedules}
   * @param id the schedule id
   * @param action {@code pause}, {@code unpause} or {@code trigger}
   * @param note the note of a pause or unpause; absent for a default one
   * @return the schedule afterwards; 404, 409, 503 or 400 with a message saying why not
   */
  @WriteOperation
  public WebEndpointResponse<Object> schedule(
      @Selector String section,
      @Selector String id,
      @Nullable String action,
      @Nullable String note) {
    try {
      return new WebEndpointResponse<>(this.endpoint.schedule(section, id, action, note));
    } catch (ScheduleRequestException ex) {
      return new WebEndpointResponse<>(Map.of("message", ex.getMessage()), ex.status());
    } catch (InvalidEndpointRequestException ex) {
      return new WebEndpointResponse<>(
          Map.of("message", ex.getMessage()), WebEndpointResponse.STATUS_BAD_REQUEST);
    }
  }
}
