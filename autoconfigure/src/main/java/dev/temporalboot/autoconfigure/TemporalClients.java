package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalCustomizer;
import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.connection.EarlyConnection;
import dev.temporalboot.internal.connection.ServiceStubsFactory;
import dev.temporalboot.internal.worker.slots.InFlightCounting;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowClientPlugin;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleClientPlugin;
import io.temporal.common.context.ContextPropagator;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.interceptors.ScheduleClientInterceptor;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubsPlugin;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerPlugin;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ResolvableType;

/**
 * Builds the SDK's clients of one namespace from the application's beans, the same way for the
 * primary namespace and each alias: the beans that apply to the namespace ({@link
 * NamespaceFilter}), then its customizers, which get the last word.
 */
final class TemporalClients {

  private final NamespaceFilter filter;

  TemporalClients(NamespaceFilter filter) {
    this.filter = filter;
  }

  WorkflowServiceStubs stubs(
      TemporalConnectionDetails details,
      Duration rpcTimeout,
      boolean failFast,
      String connectionKey,
      @Nullable EarlyConnection early,
      ObjectProvider<WorkflowServiceStubsPlugin> plugins,
      ObjectProvider<TemporalCustomizer<WorkflowServiceStubsOptions.Builder>> customizers) {
    ServiceStubsFactory factory =
        new ServiceStubsFactory(details, rpcTimeout, failFast, connectionKey);
    return factory.create(
        this.filter.select(plugins, WorkflowServiceStubsPlugin.class),
        customizers(customizers),
        early);
  }

  WorkflowClient workflowClient(
      WorkflowServiceStubs stubs,
      String namespace,
      @Nullable String identity,
      DataConverter dataConverter,
      ObjectProvider<WorkflowClientInterceptor> interceptors,
      ObjectProvider<ContextPropagator> propagators,
      ObjectProvider<WorkflowClientPlugin> plugins,
      ObjectProvider<TemporalCustomizer<WorkflowClientOptions.Builder>> customizers) {
    WorkflowClientOptions.Builder builder =
        WorkflowClientOptions.newBuilder()
            .setNamespace(namespace)
            .setDataConverter(dataConverter)
            .setInterceptors(
                this.filter
                    .select(interceptors, WorkflowClientInterceptor.class)
                    .toArray(WorkflowClientInterceptor[]::new))
            .setContextPropagators(this.filter.select(propagators, ContextPropagator.class))
            .setPlugins(
                notInherited(
                        this.filter.select(plugins, WorkflowClientPlugin.class),
                        stubs.getOptions().getPlugins())
                    .toArray(WorkflowClientPlugin[]::new));
    if (identity != null) {
      builder.setIdentity(identity);
    }
    customizers(customizers).forEach((customizer) -> customizer.customize(builder));
    return WorkflowClient.newInstance(stubs, builder.build());
  }

  ScheduleClient scheduleClient(
      WorkflowServiceStubs stubs,
      String namespace,
      @Nullable String identity,
      DataConverter dataConverter,
      ObjectProvider<ScheduleClientInterceptor> interceptors,
      ObjectProvider<ContextPropagator> propagators,
      ObjectProvider<ScheduleClientPlugin> plugins,
      ObjectProvider<TemporalCustomizer<ScheduleClientOptions.Builder>> customizers) {
    ScheduleClientOptions.Builder builder =
        ScheduleClientOptions.newBuilder()
            .setNamespace(namespace)
            .setDataConverter(dataConverter)
            .setInterceptors(this.filter.select(interceptors, ScheduleClientInterceptor.class))
            .setContextPropagators(this.filter.select(propagators, ContextPropagator.class))
            .setPlugins(
                notInherited(
                        this.filter.select(plugins, ScheduleClientPlugin.class),
                        stubs.getOptions().getPlugins())
                    .toArray(ScheduleClientPlugin[]::new));
    if (identity != null) {
      builder.setIdentity(identity);
    }
    customizers(customizers).forEach((customizer) -> customizer.customize(builder));
    return ScheduleClient.newInstance(stubs, builder.build());
  }

  WorkerFactory workerFactory(
      WorkflowClient client,
      ObjectProvider<WorkerInterceptor> interceptors,
      ObjectProvider<WorkerPlugin> plugins,
      ObjectProvider<TemporalCustomizer<WorkerFactoryOptions.Builder>> customizers) {
    WorkerFactoryOptions.Builder builder =
        WorkerFactoryOptions.newBuilder()
            .setWorkerInterceptors(
                this.filter
                    .select(interceptors, WorkerInterceptor.class)
                    .toArray(WorkerInterceptor[]::new))
            .setPlugins(
                Stream.concat(
                        notInherited(
                            this.filter.select(plugins, WorkerPlugin.class),
                            client.getOptions().getPlugins())
                            .stream(),
                        // Last, to see each worker's options as every other plugin left them.
                        Stream.of(new InFlightCounting()))
                    .toArray(WorkerPlugin[]::new));
    customizers(customizers).forEach((customizer) -> customizer.customize(builder));
    return WorkerFactory.newInstance(client, builder.build());
  }

  /** The customizers of one builder type that apply to this namespace, in {@code @Order}. */
  <B> List<TemporalCustomizer<B>> customizers(ObjectProvider<TemporalCustomizer<B>> customizers) {
    return this.filter.select(customizers, TemporalCustomizer.class);
  }

  /**
   * The SDK hands a component's plugins down to the components built on it (stubs to the clients,
   * the workflow client to the worker factory) when they implement the child's plugin interface
   * too, and runs a plugin that is handed down and set again twice. So each component gets only the
   * beans its parent does not hand down, which also holds when the application replaced the parent.
   */
  static <P> List<P> notInherited(List<P> beans, Object @Nullable [] inherited) {
    List<Object> handedDown = (inherited != null) ? Arrays.asList(inherited) : List.of();
    return beans.stream().filter((plugin) -> !handedDown.contains(plugin)).toList();
  }

  /** The generic type of the customizers of one builder, for lookups by type. */
  static ResolvableType customizerType(Class<?> builder) {
    return ResolvableType.forClassWithGenerics(TemporalCustomizer.class, builder);
  }
}
