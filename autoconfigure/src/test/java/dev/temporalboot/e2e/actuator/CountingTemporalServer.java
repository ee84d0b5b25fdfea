package dev.temporalboot.e2e.actuator;

import io.grpc.BindableService;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SDK's test services on loopback, counting the calls it receives per gRPC method, and refusing
 * with PERMISSION_DENIED the methods it is told to, as Temporal Cloud refuses operator calls.
 */
final class CountingTemporalServer implements AutoCloseable {

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  private final TestServicesStarter services = new TestServicesStarter(true, 0);

  private final Server server;

  CountingTemporalServer() {
    this(Set.of());
  }

  /** A server that refuses the given methods (bare names, e.g. ListNexusEndpoints). */
  CountingTemporalServer(Set<String> refused) {
    ServerInterceptor counter =
        new ServerInterceptor() {
          @Override
          public <Q, R> ServerCall.Listener<Q> interceptCall(
              ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            CountingTemporalServer.this
                .calls
                .computeIfAbsent(
                    call.getMethodDescriptor().getBareMethodName(), (k) -> new AtomicInteger())
                .incrementAndGet();
            if (refused.contains(call.getMethodDescriptor().getBareMethodName())) {
              call.close(
                  Status.PERMISSION_DENIED.withDescription("Request unauthorized."),
                  new Metadata());
              return new ServerCall.Listener<>() {};
            }
            return next.startCall(call, headers);
          }
        };
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    for (BindableService service : this.services.getServices()) {
      builder.addService(ServerInterceptors.intercept(service, counter));
    }
    try {
      this.server = builder.build().start();
    } catch (IOException ex) {
      this.services.close();
      throw new UncheckedIOException(ex);
    }
  }

  String target() {
    return "127.0.0.1:" + this.server.getPort();
  }

  int calls(String method) {
    AtomicInteger count = this.calls.get(method);
    return (count != null) ? count.get() : 0;
  }

  @Override
  public void close() {
    this.server.shutdownNow();
    this.services.close();
  }
}
