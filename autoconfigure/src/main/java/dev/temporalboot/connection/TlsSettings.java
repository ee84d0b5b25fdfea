package dev.temporalboot.connection;

import dev.temporalboot.autoconfigure.TemporalProperties;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Turns {@code temporal.connection.tls.*} into a gRPC {@link SslContext}: from a Spring SSL bundle,
 * from PEM files, or from the JVM's trust store when TLS is on with no material.
 */
public final class TlsSettings {

  private static final String PREFIX = PemFiles.PREFIX;

  private final TemporalProperties.Connection connection;

  private final ResourceLoader resourceLoader;

  private final @Nullable SslBundles sslBundles;

  public TlsSettings(
      TemporalProperties.Connection connection,
      ResourceLoader resourceLoader,
      @Nullable SslBundles sslBundles) {
    this.connection = connection;
    this.resourceLoader = resourceLoader;
    this.sslBundles = sslBundles;
  }

  /**
   * Returns whether TLS is on: as set, or implied by an API key or any TLS material.
   *
   * @return true when the connection uses TLS
   */
  public boolean isEnabled() {
    TemporalProperties.Tls tls = this.connection.getTls();
    boolean hasMaterial = hasMaterial(tls);
    if (tls.getEnabled() != null) {
      if (!tls.getEnabled() && hasMaterial) {
        throw new InvalidTemporalPropertyException(
            PREFIX + "enabled",
            "it is false, but a bundle or certificate is configured under " + PREFIX + "*.",
            "Remove tls.enabled=false to use TLS, or remove the TLS material to connect in plain"
                + " text.");
      }
      return tls.getEnabled();
    }
    return hasMaterial || StringUtils.hasText(this.connection.getApiKey());
  }

  /**
   * Builds the SSL context for the configured material, or {@code null} when the JVM's default
   * trust is all that is needed.
   *
   * @return the SSL context, or null to use the SDK's default TLS
   */
  public @Nullable SslContext createSslContext() {
    TemporalProperties.Tls tls = this.connection.getTls();
    if (!hasMaterial(tls)) {
      return null;
    }
    if (StringUtils.hasText(tls.getBundle())) {
      if (StringUtils.hasText(tls.getCertificate())
          || StringUtils.hasText(tls.getPrivateKey())
          || StringUtils.hasText(tls.getTrustCertificate())) {
        throw new InvalidTemporalPropertyException(
            PREFIX + "bundle",
            "both an SSL bundle and PEM files are configured.",
            "Use either " + PREFIX + "bundle or the PEM file properties, not both.");
      }
      return fromBundle(tls.getBundle());
    }
    return fromPemFiles(tls);
  }

  private SslContext fromBundle(String name) {
    if (this.sslBundles == null) {
      throw new InvalidTemporalPropertyException(
          PREFIX + "bundle",
          "SSL bundle '" + name + "' is configured but no SslBundles bean exists.",
          "Define the bundle under spring.ssl.bundle.pem." + name + " or .jks." + name + ".");
    }
    try {
      SslBundle bundle = this.sslBundles.getBundle(name);
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
    } catch (NoSuchSslBundleException ex) {
      throw new InvalidTemporalPropertyException(
          PREFIX + "bundle",
          "there is no SSL bundle named '" + name + "'.",
          "Define it under spring.ssl.bundle.pem." + name + " (or .jks." + name + ").",
          ex);
    } catch (IOException | RuntimeException ex) {
      throw new InvalidTemporalPropertyException(
          PREFIX + "bundle",
          "SSL bundle '" + name + "' cannot be used for TLS: " + ex.getMessage(),
          "Check the bundle's certificates and keys under spring.ssl.bundle.*." + name + ".",
          ex);
    }
  }

  private SslContext fromPemFiles(TemporalProperties.Tls tls) {
    boolean hasCertificate = StringUtils.hasText(tls.getCertificate());
    boolean hasKey = StringUtils.hasText(tls.getPrivateKey());
    if (hasCertificate != hasKey) {
      String missing = hasCertificate ? "private-key" : "certificate";
      throw new InvalidTemporalPropertyException(
          PREFIX + missing,
          "mutual TLS needs both " + PREFIX + "certificate and " + PREFIX + "private-key.",
          "Set " + PREFIX + missing + " as well, or remove the other one.");
    }
    PemFiles files = new PemFiles(this.resourceLoader);
    SslContextBuilder builder = GrpcSslContexts.forClient();
    if (StringUtils.hasText(tls.getTrustCertificate())) {
      builder.trustManager(files.certificates("trust-certificate", tls.getTrustCertificate()));
    }
    if (hasCertificate) {
      X509Certificate[] chain = files.certificates("certificate", tls.getCertificate());
      builder.keyManager(files.privateKey(tls.getPrivateKey(), chain[0]), chain);
    }
    try {
      return builder.build();
    } catch (IOException | IllegalArgumentException ex) {
      throw hasCertificate
          ? PemFiles.unreadable("certificate", tls.getCertificate(), ex)
          : PemFiles.unreadable("trust-certificate", tls.getTrustCertificate(), ex);
    }
  }

  private static boolean hasMaterial(TemporalProperties.Tls tls) {
    return StringUtils.hasText(tls.getBundle())
        || StringUtils.hasText(tls.getCertificate())
        || StringUtils.hasText(tls.getPrivateKey())
        || StringUtils.hasText(tls.getTrustCertificate());
  }
}
