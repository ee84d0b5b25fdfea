package dev.temporalboot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Nexus, under {@code temporal.nexus}: the endpoints this application declares, and the options of
 * the Nexus service stubs its workflows call.
 */
public class NexusProperties {

  /**
   * Nexus endpoints by name: created on the embedded server at start-up; on any other server they
   * are the operator's, checked and never created.
   */
  private Map<String, Endpoint> endpoints = new LinkedHashMap<>();

  /**
   * Options of Nexus service stubs, by 'default' or by Nexus service interface (simple name, or
   * fully qualified in brackets: [com.acme.PaymentService]).
   */
  private Map<String, Service> services = new LinkedHashMap<>();

  public Map<String, Endpoint> getEndpoints() {
    return this.endpoints;
  }

  public void setEndpoints(Map<String, Endpoint> endpoints) {
    this.endpoints = endpoints;
  }

  public Map<String, Service> getServices() {
    return this.services;
  }

  public void setServices(Map<String, Service> services) {
    this.services = services;
  }

  /** One Nexus endpoint: where the operations sent to it are handled. */
  public static class Endpoint {

    /** Task queue whose workers handle the endpoint's operations; required. */
    private @Nullable String taskQueue;

    /** Namespace of that task queue; unset uses the application's namespace. */
    private @Nullable String namespace;

    /** Description of the endpoint, shown by the Temporal UI and CLI. */
    private @Nullable String description;

    public @Nullable String getTaskQueue() {
      return this.taskQueue;
    }

    public void setTaskQueue(@Nullable String taskQueue) {
      this.taskQueue = taskQueue;
    }

    public @Nullable String getNamespace() {
      return this.namespace;
    }

    public void setNamespace(@Nullable String namespace) {
      this.namespace = namespace;
    }

    public @Nullable String getDescription() {
      return this.description;
    }

    public void setDescription(@Nullable String description) {
      this.description = description;
    }
  }

  /** Options of the stubs of one Nexus service, or of all of them under 'default'. */
  public static class Service {

    /** Nexus endpoint the operations are sent to; required, from here or from 'default'. */
    private @Nullable String endpoint;

    /** Longest time an operation may take overall, from scheduling to its result. */
    private @Nullable Duration scheduleToCloseTimeout;

    /** Longest time an operation may wait to be started by the handler. */
    private @Nullable Duration scheduleToStartTimeout;

    /** Longest time an asynchronous operation may run once started. */
    private @Nullable Duration startToCloseTimeout;

    /** What cancelling the calling scope waits for; unset uses the SDK's wait-completed. */
    private @Nullable CancellationType cancellationType;

    /** Short text the Temporal UI shows for each operation call. */
    private @Nullable String summary;

    public @Nullable String getEndpoint() {
      return this.endpoint;
    }

    public void setEndpoint(@Nullable String endpoint) {
      this.endpoint = endpoint;
    }

    public @Nullable Duration getScheduleToCloseTimeout() {
      return this.scheduleToCloseTimeout;
    }

    public void setScheduleToCloseTimeout(@Nullable Duration scheduleToCloseTimeout) {
      this.scheduleToCloseTimeout = scheduleToCloseTimeout;
    }

    public @Nullable Duration getScheduleToStartTimeout() {
      return this.scheduleToStartTimeout;
    }

    public void setScheduleToStartTimeout(@Nullable Duration scheduleToStartTimeout) {
      this.scheduleToStartTimeout = scheduleToStartTimeout;
    }

    public @Nullable Duration getStartToCloseTimeout() {
      return this.startToCloseTimeout;
    }

    public void setStartToCloseTimeout(@Nullable Duration startToCloseTimeout) {
      this.startToCloseTimeout = startToCloseTimeout;
    }

    public @Nullable CancellationType getCancellationType() {
      return this.cancellationType;
    }

    public void setCancellationType(@Nullable CancellationType cancellationType) {
      this.cancellationType = cancellationType;
    }

    public @Nullable String getSummary() {
      return this.summary;
    }

    public void setSummary(@Nullable String summary) {
      this.summary = summary;
    }
  }

  /** What cancelling the calling scope waits for. */
  public enum CancellationType {
    /** Wait until the operation completes as cancelled. */
    WAIT_COMPLETED,
    /** Wait until the handler acknowledges the cancellation request. */
    WAIT_REQUESTED,
    /** Send the cancellation request and go on without waiting. */
    TRY_CANCEL,
    /** Do not ask the handler; go on at once. */
    ABANDON
  }
}
