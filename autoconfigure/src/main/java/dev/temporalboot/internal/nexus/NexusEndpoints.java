package dev.temporalboot.internal.nexus;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.api.nexus.v1.Endpoint;
import io.temporal.api.nexus.v1.EndpointSpec;
import io.temporal.api.operatorservice.v1.CreateNexusEndpointRequest;
import io.temporal.api.operatorservice.v1.ListNexusEndpointsRequest;
import io.temporal.api.operatorservice.v1.OperatorServiceGrpc.OperatorServiceBlockingStub;
import io.temporal.api.operatorservice.v1.UpdateNexusEndpointRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.ServiceStubsOptions;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Nexus endpoints on a server, through its operator service: names, creation, existence. */
public final class NexusEndpoints {

  /** The Temporal server's own rule for endpoint names. */
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9\\-]*[a-zA-Z0-9]");

  private static final Logger logger = LoggerFactory.getLogger(NexusEndpoints.class);

  private NexusEndpoints() {}

  /**
   * Refuses a name the Temporal server would refuse for an endpoint.
   *
   * @param property the key holding the name, e.g. {@code temporal.nexus.services.default.endpoint}
   * @param name the endpoint name
   * @throws InvalidTemporalPropertyException if the server would refuse the name
   */
  public static void requireValidName(String property, String name) {
    if (!NAME.matcher(name).matches()) {
      throw new InvalidTemporalPropertyException(
          property,
          "'" + name + "' is not a Nexus endpoint name.",
          "Use letters, digits and '-', starting with a letter and ending with a letter or digit,"
              + " e.g. 'payments' or 'billing-v2'.");
    }
  }

  /**
   * Calls a server's operator service over a connection of its own, closed afterwards.
   *
   * @param connection the options of the application's connection: target, TLS, API key
   * @param call what to do with the operator service
   * @param <T> what the call returns
   * @return what the call returned
   */
  public static <T> T withOperator(
      ServiceStubsOptions connection, Function<OperatorServiceBlockingStub, T> call) {
    OperatorServiceStubs stubs =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder(connection).validateAndBuildWithDefaults());
    try {
      return call.apply(stubs.blockingStub());
    } finally {
      stubs.shutdownNow();
    }
  }

  /**
   * Creates each endpoint on the server; one that exists with the same spec is left alone, one that
   * exists with another spec is updated to this one.
   *
   * @param operator the server's operator service
   * @param endpoints the endpoints to create
   */
  public static void create(
      OperatorServiceBlockingStub operator, Collection<NexusEndpoint> endpoints) {
    for (NexusEndpoint endpoint : endpoints) {
      EndpointSpec spec = endpoint.toSpec();
      Optional<Endpoint> existing = find(operator, endpoint.name());
      if (existing.isEmpty()) {
        operator.createNexusEndpoint(CreateNexusEndpointRequest.newBuilder().setSpec(spec).build());
        logger.info(
            "Created Nexus endpoint '{}' for task queue '{}' in namespace '{}'",
            endpoint.name(),
            endpoint.taskQueue(),
            endpoint.namespace());
      } else if (!existing.get().getSpec().equals(spec)) {
        operator.updateNexusEndpoint(
            UpdateNexusEndpointRequest.newBuilder()
                .setId(existing.get().getId())
                .setVersion(existing.get().getVersion())
                .setSpec(spec)
                .build());
        logger.info("Updated Nexus endpoint '{}' to {}", endpoint.name(), endpoint);
      }
    }
  }

  /**
   * Returns the names that no endpoint on the server has.
   *
   * @param operator the server's operator service
   * @param names endpoint names
   * @return the missing ones, in the order given
   */
  public static Set<String> missing(
      OperatorServiceBlockingStub operator, Collection<String> names) {
    Set<String> missing = new LinkedHashSet<>();
    for (String name : names) {
      if (find(operator, name).isEmpty()) {
        missing.add(name);
      }
    }
    return missing;
  }

  private static Optional<Endpoint> find(OperatorServiceBlockingStub operator, String name) {
    return operator
        .listNexusEndpoints(ListNexusEndpointsRequest.newBuilder().setName(name).build())
        .getEndpointsList()
        .stream()
        .filter((endpoint) -> endpoint.getSpec().getName().equals(name))
        .findFirst();
  }
}
