package dev.temporalboot.internal.tracing;

import dev.temporalboot.tracing.DefaultTemporalObservationConvention;
import dev.temporalboot.tracing.TemporalCall;
import dev.temporalboot.tracing.TemporalObservationConvention;
import dev.temporalboot.tracing.TemporalReceiverContext;
import dev.temporalboot.tracing.TemporalSenderContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import io.micrometer.tracing.propagation.Propagator;
import io.temporal.common.interceptors.Header;
import io.temporal.workflow.Functions;
import io.temporal.workflow.unsafe.WorkflowUnsafe;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Creates the observations of the tracing interceptors and moves trace context in and out. */
public class TemporalObservations {

  private static final TemporalObservationConvention DEFAULT_CONVENTION =
      new DefaultTemporalObservationConvention();

  private final ObservationRegistry registry;

  private final Propagator propagator;

  private final @Nullable TemporalObservationConvention convention;

  /**
   * Creates the observations.
   *
   * @param registry registry whose handlers (the tracer's among them) see the observations
   * @param propagator propagator that writes a span's context into a header
   * @param convention the application's convention, or {@code null} for the default one
   */
  public TemporalObservations(
      ObservationRegistry registry,
      Propagator propagator,
      @Nullable TemporalObservationConvention convention) {
    this.registry = registry;
    this.propagator = propagator;
    this.convention = convention;
  }

  /**
   * Observes a client call as a child of the caller's current observation (an HTTP request's, say)
   * and puts the new span's context into the call's headers before the call goes out.
   */
  <T> T observeClientCall(TemporalCall call, Supplier<T> invocation, Header... headers) {
    TemporalSenderContext context = new TemporalSenderContext(call);
    return Observation.createNotStarted(
            this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
        .observe(
            () -> {
              for (Header header : headers) {
                TraceHeader.write(
                    header,
                    Objects.requireNonNull(
                        context.getCarrier(), "set when the context is created"));
              }
              return invocation.get();
            });
  }

  /**
   * Starts an observation, in workflow code, continuing the trace in the carrier. It never opens
   * the observation's scope: workflow threads are the SDK's, and a thread-local span would outlive
   * the call.
   */
  Observation start(TemporalCall call, Map<String, String> carrier) {
    TemporalReceiverContext context = new TemporalReceiverContext(call, carrier);
    Observation observation =
        Observation.createNotStarted(
            this.convention, DEFAULT_CONVENTION, () -> context, this.registry);
    // Handlers' work (a meter's first registration, say) is not workflow code hogging its thread:
    // the SDK's deadlock detector must not fail the workflow task for it.
    return WorkflowUnsafe.deadlockDetectorOff((Functions.Func<Observation>) observation::start);
  }

  /** Stops an observation started by {@link #start}, recording the failure if there is one. */
  void stop(Observation observation, @Nullable RuntimeException failure) {
    WorkflowUnsafe.deadlockDetectorOff(
        (Functions.Proc)
            () -> {
              if (failure != null) {
                observation.error(failure);
              }
              observation.stop();
            });
  }

  /** Observes a workflow handler, with {@link #start} and {@link #stop}. */
  <T> T observeHandler(TemporalCall call, Map<String, String> carrier, Supplier<T> handler) {
    Observation observation = start(call, carrier);
    RuntimeException failure = null;
    try {
      return handler.get();
    } catch (RuntimeException ex) {
      failure = ex;
      throw ex;
    } finally {
      stop(observation, failure);
    }
  }

  /** Observes an activity execution, in scope so that the activity's own spans and logs join. */
  <T> T observeActivity(TemporalCall call, Header header, Supplier<T> execution) {
    TemporalReceiverContext context = new TemporalReceiverContext(call, TraceHeader.read(header));
    return Observation.createNotStarted(
            this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
        .observe(execution);
  }

  /**
   * Observes a Nexus operation handler's start or cancel, continuing the trace in the Nexus request
   * headers, in scope so that the workflows it starts through its client and its logs join.
   */
  <T, E extends Exception> T observeNexusHandler(
      TemporalCall call, Map<String, String> headers, NexusHandlerCall<T, E> handler) throws E {
    TemporalReceiverContext context = new TemporalReceiverContext(call, headers);
    Observation observation =
        Observation.createNotStarted(
                this.convention, DEFAULT_CONVENTION, () -> context, this.registry)
            .start();
    try (Observation.Scope scope = observation.openScope()) {
      return handler.call();
    } catch (Exception ex) {
      observation.error(ex);
      throw ex;
    } finally {
      observation.stop();
    }
  }

  /** A Nexus handler call, which may throw the SDK's checked {@code OperationException}. */
  @FunctionalInterface
  interface NexusHandlerCall<T, E extends Exception> {

    T call() throws E;
  }

  /** Returns the context of the observation's span as header fields; empty without a tracer. */
  Map<String, String> carrierOf(Observation observation) {
    Map<String, String> carrier = new LinkedHashMap<>();
    TracingContext tracing = observation.getContext().get(TracingContext.class);
    Span span = (tracing != null) ? tracing.getSpan() : null;
    if (span != null && !span.isNoop()) {
      this.propagator.inject(span.context(), carrier, TraceHeader::set);
    }
    return carrier;
  }
}
