package dev.temporalboot.internal.actuate;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/** HTTP statuses for {@link TemporalEndpoint}'s write: 404 for an unknown queue, 400 with why. */
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
   * @return the worker afterwards; 404 for an unknown queue, 400 for an unknown action
   */
  @WriteOperation
  public WebEndpointResponse<Object> control(@Selector String taskQueue, String action) {
    try {
      WorkerDescriptor worker = this.endpoint.control(taskQueue, action);
      if (worker == null) {
        return new WebEndpointResponse<>(
            Map.of("message", "No worker polls task queue '" + taskQueue + "'"),
            WebEndpointResponse.STATUS_NOT_FOUND);
      }
      return new WebEndpointResponse<>(worker);
    } catch (InvalidEndpointRequestException ex) {
      return new WebEndpointResponse<>(
          Map.of("message", ex.getMessage()), WebEndpointResponse.STATUS_BAD_REQUEST);
    }
  }
}
