package dev.temporalboot.internal.connection;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslOptions;

/** Turns a Spring Boot {@link SslBundle} into the gRPC client {@link SslContext} it describes. */
public final class SslContexts {

  private SslContexts() {}

  /**
   * Builds the context.
   *
   * @param bundle the bundle
   * @return the client SSL context
   * @throws IOException when the material cannot be used for TLS
   */
  public static SslContext of(SslBundle bundle) throws IOException {
    SslContextBuilder builder =
        GrpcSslContexts.forClient()
            .trustManager(bundle.getManagers().getTrustManagerFactory())
            .keyManager(bundle.getManagers().getKeyManagerFactory());
    SslOptions options = bundle.getOptions();
    if (options.getEnabledProtocols() != null) {
      builder.protocols(options.getEnabledProtocols());
    }
    if (options.getCiphers() != null) {
      builder.ciphers(Arrays.asList(options.getCiphers()));
    }
    return builder.build();
  }
}
