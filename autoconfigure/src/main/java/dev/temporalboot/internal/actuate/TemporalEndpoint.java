package dev.temporalboot.internal.actuate;

import dev.temporalboot.actuate.TemporalEndpointContributor;
import dev.temporalboot.internal.worker.TemporalNamespace;
import dev.temporalboot.internal.worker.TemporalWorkers;
import dev.temporalboot.internal.worker.WorkerAssembly;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code /actuator/temporal}: the connection, each worker with its types and effective options,
 * each {@code temporal.namespaces} entry with its own, then the sections of {@link
 * TemporalEndpointContributor} beans and the declared schedules; writing suspends or resumes a
 * worker's polling, or pauses, unpauses or triggers a schedule. Read-only unless {@code
 * management.endpoint.temporal.access=unrestricted}.
 */
@Endpoint(id = "temporal", defaultAccess = Access.READ_ONLY)
public class TemporalEndpoint {

  private final ConnectionDescriptor connection;

  private final NamespaceWorkers primary;

  private final List<AliasNamespace> aliases;

  private final Map<String, NamespaceWorkers> aliasWorkers = new LinkedHashMap<>();

  private final List<TemporalEndpointContributor> contributors;

  private final @Nullable ScheduleSection schedules;

  /**
   * Creates the endpoint.
   *
   * @param connection where the application connects
   * @param assembly the workers' assembly, or null in a client-only application
   * @param workers the workers' registry, or null in a client-only application
   * @param factory the SDK worker factory, for the effective options; null without workers
   * @param aliases the {@code temporal.namespaces} entries, in order
   * @param contributors further sections, in order
   * @param schedules the schedules of {@code temporal.schedules}, or null when they are switched
   *     off ({@code temporal.schedules-enabled})
   */
  public TemporalEndpoint(
      ConnectionDescriptor connection,
      @Nullable WorkerAssembly assembly,
      @Nullable TemporalWorkers workers,
      @Nullable WorkerFactory factory,
      List<AliasNamespace> aliases,
      List<TemporalEndpointContributor> contributors,
      @Nullable ScheduleSection schedules) {
    this.connection = connection;
    this.primary =
        new NamespaceWorkers(
            TemporalNamespace.primary(connection.namespace()), assembly, workers, factory);
    this.aliases = List.copyOf(aliases);
    aliases.forEach(
        (alias) ->
            this.aliasWorkers.put(
                alias.alias(),
                new NamespaceWorkers(
                    alias.namespace(), alias.assembly(), alias.workers(), alias.factory())));
    this.contributors = contributors;
    this.schedules = schedules;
  }

  @ReadOperation
  public Map<String, Object> temporal() {
    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put("connection", this.connection);
    sections.put("workers", this.primary.describe());
    if (!this.aliases.isEmpty()) {
      Map<String, AliasDescriptor> namespaces = new LinkedHashMap<>();
      this.aliases.forEach((alias) -> namespaces.put(alias.alias(), describe(alias)));
      sections.put("namespaces", namespaces);
    }
    Map<String, Object> schedules = (this.schedules != null) ? this.schedules.describe() : Map.of();
    if (!schedules.isEmpty()) {
      sections.put("schedules", schedules);
    }
    this.contributors.forEach(
        (contributor) -> sections.put(contributor.name(), contributor.describe()));
    return sections;
  }

  /**
   * Suspends or resumes polling on a task queue.
   *
   * @param taskQueue the task queue
   * @param action {@code suspend} or {@code resume}
   * @param namespace the alias of a {@code temporal.namespaces} entry, or null for the primary
   *     namespace
   * @return the worker afterwards, or null when no worker of that namespace polls the queue
   * @throws InvalidEndpointRequestException when the action is neither, or the alias is unknown
   */
  @WriteOperation
  public @Nullable WorkerDescriptor control(
      @Selector String taskQueue, @Nullable String action, @Nullable String namespace) {
    Action parsed = Action.parse(action);
    return workersOf(namespace).control(taskQueue, parsed);
  }

  /**
   * Pauses, unpauses or triggers a schedule of {@code temporal.schedules}: {@code POST
   * /actuator/temporal/schedules/{id}}.
   *
   * @param section {@code schedules}
   * @param id the schedule id
   * @param action {@code pause}, {@code unpause} or {@code trigger}
   * @param note the note of a pause or unpause, or null for a default one
   * @return the schedule afterwards
   * @throws ScheduleRequestException when the schedule is not declared or not owned, or the server
   *     does not answer
   * @throws InvalidEndpointRequestException when the action is none of the three
   */
  @WriteOperation
  public Map<String, Object> schedule(
      @Selector String section,
      @Selector String id,
      @Nullable String action,
      @Nullable String note) {
    ScheduleSection schedules = this.schedules;
    if (!"schedules".equals(section)) {
      throw new ScheduleRequestException(
          ScheduleRequestException.NOT_FOUND,
          "Nothing to operate under /actuator/temporal/" + section + ": use /schedules/{id}",
          null);
    }
    if (schedules == null) {
      throw new ScheduleRequestException(
          ScheduleRequestException.NOT_FOUND,
          "No schedule '"
              + id
              + "': none is declared under temporal.schedules, or temporal.schedules-enabled"
              + " is false",
          null);
    }
    return schedules.operate(id, action, note);
  }

  /**
   * Returns the namespace a write addresses.
   *
   * @param alias the alias, or null for the primary namespace
   * @return the namespace, for messages
   * @throws InvalidEndpointRequestException when the alias is unknown
   */
  TemporalNamespace namespaceOf(@Nullable String alias) {
    return workersOf(alias).namespace();
  }

  private NamespaceWorkers workersOf(@Nullable String alias) {
    if (alias == null || alias.isEmpty()) {
      return this.primary;
    }
    NamespaceWorkers workers = this.aliasWorkers.get(alias);
    if (workers == null) {
      String known =
          this.aliasWorkers.isEmpty()
              ? "none is configured under temporal.namespaces"
              : "use one of " + this.aliasWorkers.keySet();
      throw new InvalidEndpointRequestException(
          "Unknown namespace alias '"
              + alias
              + "': "
              + known
              + ", or leave 'namespace' out for the primary namespace '"
              + this.connection.namespace()
              + "'",
          "Unknown namespace alias");
    }
    return workers;
  }

  private AliasDescriptor describe(AliasNamespace alias) {
    WorkflowServiceStubsOptions options = alias.stubs().getOptions();
    return new AliasDescriptor(
        alias.namespace().name(),
        options.getTarget(),
        options.getSslContext() != null || options.getEnableHttps(),
        AliasNamespace.hasApiKey(options),
        Objects.requireNonNull(this.aliasWorkers.get(alias.alias())).describe());
  }

  /** What a write can ask of a worker. */
  enum Action {
    SUSPEND,
    RESUME;

    static Action parse(@Nullable String action) {
      if (action == null) {
        throw new InvalidEndpointRequestException(
            "No action: send {\"action\": \"suspend\"} or \"resume\"",
            "No action: use 'suspend' or 'resume'");
      }
      for (Action candidate : values()) {
        if (candidate.name().toLowerCase(Locale.ROOT).equals(action)) {
          return candidate;
        }
      }
      throw new InvalidEndpointRequestException(
          "Unknown action '" + action + "': use 'suspend' or 'resume'",
          "Unknown action: use 'suspend' or 'resume'");
    }
  }
}
