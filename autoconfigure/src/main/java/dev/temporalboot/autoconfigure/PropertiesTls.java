package dev.temporalboot.autoconfigure;

import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.internal.connection.SslContexts;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Maps {@code temporal.connection.tls.*} to the TLS of the connection details: a Spring SSL bundle
 * or PEM files, made into one {@link SslBundle} and tried once, so that every mistake fails
 * start-up naming its key before anything connects.
 */
final class PropertiesTls {

  /** In-memory key store password; the stores never leave this process. */
  private static final char[] NO_PASSWORD = new char[0];

  private PropertiesTls() {}

  static TemporalConnectionDetails.@Nullable Tls of(
      TemporalProperties.Connection connection,
      ResourceLoader resourceLoader,
      @Nullable SslBundles sslBundles) {
    return of(connection, PemFiles.PREFIX, resourceLoader, sslBundles);
  }

  /**
   * Makes the TLS settings of a connection.
   *
   * @param connection the connection
   * @param prefix where its TLS keys are written, such as {@code temporal.connection.tls.}
   * @param resourceLoader reads PEM files
   * @param sslBundles the application's bundles, if any
   * @return the TLS settings, or null for plain text
   */
  static TemporalConnectionDetails.@Nullable Tls of(
      TemporalProperties.Connection connection,
      String prefix,
      ResourceLoader resourceLoader,
      @Nullable SslBundles sslBundles) {
    TemporalProperties.Tls tls = connection.getTls();
    if (!isEnabled(connection, prefix)) {
      return null;
    }
    SslBundle bundle = null;
    if (StringUtils.hasText(tls.getBundle())) {
      if (hasPemFiles(tls)) {
        throw new InvalidTemporalPropertyException(
            prefix + "bundle",
            "both an SSL bundle and PEM files are configured.",
            "Use either " + prefix + "bundle or the PEM file properties, not both.");
      }
      bundle = fromBundle(tls.getBundle(), prefix, sslBundles);
    } else if (hasPemFiles(tls)) {
      bundle = fromPemFiles(tls, prefix, new PemFiles(resourceLoader, prefix));
    }
    String serverName = StringUtils.hasText(tls.getServerName()) ? tls.getServerName() : null;
    return new TemporalConnectionDetails.Tls(bundle, serverName);
  }

  /** TLS is on as set, or when an API key or any TLS material implies it. */
  static boolean isEnabled(TemporalProperties.Connection connection) {
    return isEnabled(connection, PemFiles.PREFIX);
  }

  static boolean isEnabled(TemporalProperties.Connection connection, String prefix) {
    TemporalProperties.Tls tls = connection.getTls();
    boolean hasMaterial = StringUtils.hasText(tls.getBundle()) || hasPemFiles(tls);
    if (tls.getEnabled() != null) {
      if (!tls.getEnabled() && hasMaterial) {
        throw new InvalidTemporalPropertyException(
            prefix + "enabled",
            "it is false, but a bundle or certificate is configured under " + prefix + "*.",
            "Remove tls.enabled=false to use TLS, or remove the TLS material to connect in plain"
                + " text.");
      }
      return tls.getEnabled();
    }
    return hasMaterial || StringUtils.hasText(connection.getApiKey());
  }

  private static SslBundle fromBundle(String name, String prefix, @Nullable SslBundles sslBundles) {
    if (sslBundles == null) {
      throw new InvalidTemporalPropertyException(
          prefix + "bundle",
          "SSL bundle '" + name + "' is configured but no SslBundles bean exists.",
          "Define the bundle under spring.ssl.bundle.pem." + name + " or .jks." + name + ".");
    }
    try {
      SslBundle bundle = sslBundles.getBundle(name);
      SslContexts.of(bundle);
      return bundle;
    } catch (NoSuchSslBundleException ex) {
      throw new InvalidTemporalPropertyException(
          prefix + "bundle",
          "there is no SSL bundle named '" + name + "'.",
          "Define it under spring.ssl.bundle.pem." + name + " (or .jks." + name + ").",
          ex);
    } catch (IOException | RuntimeException ex) {
      throw new InvalidTemporalPropertyException(
          prefix + "bundle",
          "SSL bundle '" + name + "' cannot be used for TLS: " + ex.getMessage(),
          "Check the bundle's certificates and keys under spring.ssl.bundle.*." + name + ".",
          ex);
    }
  }

  private static SslBundle fromPemFiles(TemporalProperties.Tls tls, String prefix, PemFiles files) {
    String certificate = tls.getCertificate();
    String privateKey = tls.getPrivateKey();
    boolean hasCertificate = StringUtils.hasText(certificate);
    boolean hasKey = StringUtils.hasText(privateKey);
    if (hasCertificate != hasKey) {
      String missing = hasCertificate ? "private-key" : "certificate";
      throw new InvalidTemporalPropertyException(
          prefix + missing,
          "mutual TLS needs both " + prefix + "certificate and " + prefix + "private-key.",
          "Set " + prefix + missing + " as well, or remove the other one.");
    }
    try {
      KeyStore keyStore = null;
      // Both or neither, as checked above.
      if (StringUtils.hasText(certificate) && StringUtils.hasText(privateKey)) {
        X509Certificate[] chain = files.certificates("certificate", certificate);
        keyStore = emptyStore();
        keyStore.setKeyEntry("client", files.privateKey(privateKey, chain[0]), NO_PASSWORD, chain);
      }
      KeyStore trustStore = null;
      if (StringUtils.hasText(tls.getTrustCertificate())) {
        trustStore = emptyStore();
        X509Certificate[] trusted =
            files.certificates("trust-certificate", tls.getTrustCertificate());
        for (int i = 0; i < trusted.length; i++) {
          trustStore.setCertificateEntry("trusted-" + i, trusted[i]);
        }
      }
      SslBundle bundle =
          SslBundle.of(SslStoreBundle.of(keyStore, new String(NO_PASSWORD), trustStore));
      SslContexts.of(bundle);
      return bundle;
    } catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
      throw hasCertificate
          ? PemFiles.unreadable(prefix, "certificate", tls.getCertificate(), ex)
          : PemFiles.unreadable(prefix, "trust-certificate", tls.getTrustCertificate(), ex);
    }
  }

  private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    return store;
  }

  private static boolean hasPemFiles(TemporalProperties.Tls tls) {
    return StringUtils.hasText(tls.getCertificate())
        || StringUtils.hasText(tls.getPrivateKey())
        || StringUtils.hasText(tls.getTrustCertificate());
  }
}
