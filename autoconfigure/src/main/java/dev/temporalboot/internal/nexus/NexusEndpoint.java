package dev.temporalboot.internal.nexus;

import io.temporal.api.nexus.v1.EndpointSpec;
import io.temporal.api.nexus.v1.EndpointTarget;
import io.temporal.common.converter.DefaultDataConverter;
import org.jspecify.annotations.Nullable;

/**
 * A Nexus endpoint the application declares in {@code temporal.nexus.endpoints}, checked.
 *
 * @param name the endpoint's name, as stubs name it
 * @param taskQueue the task queue whose workers handle its operations
 * @param namespace the namespace of that task queue
 * @param description text the Temporal UI and CLI show, or null
 */
public record NexusEndpoint(
    String name, String taskQueue, String namespace, @Nullable String description) {

  /** The prefix of the declarations, for messages. */
  public static final String PREFIX = "temporal.nexus.endpoints.";

  /** Returns the server's form of this endpoint: a worker target and, if any, a description. */
  EndpointSpec toSpec() {
    EndpointSpec.Builder spec =
        EndpointSpec.newBuilder()
            .setName(this.name)
            .setTarget(
                EndpointTarget.newBuilder()
                    .setWorker(
                        EndpointTarget.Worker.newBuilder()
                            .setNamespace(this.namespace)
                            .setTaskQueue(this.taskQueue)));
    if (this.description != null) {
      // As the Temporal CLI stores it: a JSON string payload.
      DefaultDataConverter.STANDARD_INSTANCE
          .toPayload(this.description)
          .ifPresent(spec::setDescription);
    }
    return spec.build();
  }
}
