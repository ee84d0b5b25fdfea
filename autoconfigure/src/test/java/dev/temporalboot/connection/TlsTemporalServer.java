package dev.temporalboot.connection;

import io.grpc.BindableService;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's in-memory Temporal services behind a real gRPC server on 127.0.0.1 with TLS (or plain
 * text), recording each call's {@code authorization} header and optionally demanding an API key.
 */
final class TlsTemporalServer implements AutoCloseable {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final TestServicesStarter services;

  private final Server server;

  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  private TlsTemporalServer(
      TestCertificates.@Nullable Identity identity,
      @Nullable TestCertificates trust,
      ClientAuth clientAuth,
      @Nullable String requiredApiKey,
      String... protocols)
      throws IOException {
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
            .intercept(new AuthorizationInterceptor(requiredApiKey));
    if (identity != null && trust != null) {
      builder.sslContext(
          GrpcSslContexts.forServer(identity.certificate().toFile(), identity.privateKey().toFile())
              .trustManager(trust.ca().toFile())
              .clientAuth(clientAuth)
              .protocols((protocols.length > 0) ? protocols : null)
              .build());
    }
    this.services = new TestServicesStarter(true, 0);
    for (BindableService service : this.services.getServices()) {
      builder.addService(service);
    }
    try {
      this.server = builder.build().start();
    } catch (IOException ex) {
      this.services.close();
      throw ex;
    }
  }

  /** Serves TLS with the given identity; clients must present a certificate when required. */
  static TlsTemporalServer tls(
      TestCertificates certificates, TestCertificates.Identity identity, ClientAuth clientAuth)
      throws IOException {
    return new TlsTemporalServer(identity, certificates, clientAuth, null);
  }

  /** Serves TLS 1.3 only, to prove that a client's protocol settings reach the handshake. */
  static TlsTemporalServer tls13Only(TestCertificates certificates) throws IOException {
    return new TlsTemporalServer(
        certificates.server(), certificates, ClientAuth.NONE, null, "TLSv1.3");
  }

  /** Serves TLS and rejects calls without {@code authorization: Bearer <apiKey>}. */
  static TlsTemporalServer tlsWithApiKey(TestCertificates certificates, String apiKey)
      throws IOException {
    return new TlsTemporalServer(certificates.server(), certificates, ClientAuth.NONE, apiKey);
  }

  /** Serves plain text and rejects calls without {@code authorization: Bearer <apiKey>}. */
  static TlsTemporalServer plaintextWithApiKey(String apiKey) throws IOException {
    return new TlsTemporalServer(null, null, ClientAuth.NONE, apiKey);
  }

  /** The gRPC target, by IP address so that only the certificate's IP SAN can match it. */
  String target() {
    return "127.0.0.1:" + this.server.getPort();
  }

  /** The {@code authorization} header of every call received so far, "" when absent. */
  List<String> authorizations() {
    return List.copyOf(this.authorizations);
  }

  @Override
  public void close() throws InterruptedException {
    this.server.shutdownNow();
    this.server.awaitTermination(5, TimeUnit.SECONDS);
    this.services.close();
  }

  private final class AuthorizationInterceptor implements ServerInterceptor {

    private final @Nullable String expected;

    AuthorizationInterceptor(@Nullable String apiKey) {
      this.expected = (apiKey != null) ? "Bearer " + apiKey : null;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
        ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
      String authorization = headers.get(AUTHORIZATION);
      TlsTemporalServer.this.authorizations.add((authorization != null) ? authorization : "");
      if (this.expected != null && !this.expected.equals(authorization)) {
        call.close(Status.UNAUTHENTICATED.withDescription("API key not accepted"), new Metadata());
        return new ServerCall.Listener<>() {};
      }
      return next.startCall(call, headers);
    }
  }
}
