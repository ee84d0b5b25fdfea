package dev.temporalboot.autoconfigure;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the PEM files of {@code temporal.connection.tls.*}, one file at a time, so that every error
 * names the property whose file is at fault.
 */
final class PemFiles {

  static final String PREFIX = "temporal.connection.tls.";

  private static final byte[] PROBE = "temporal-boot".getBytes(StandardCharsets.UTF_8);

  private final ResourceLoader resourceLoader;

  private final String prefix;

  /**
   * @param resourceLoader reads the files
   * @param prefix the keys of the files, such as {@link #PREFIX}, named in errors
   */
  PemFiles(ResourceLoader resourceLoader, String prefix) {
    this.resourceLoader = resourceLoader;
    this.prefix = prefix;
  }

  /** Reads the certificates of {@code temporal.connection.tls.<property>}, at least one. */
  X509Certificate[] certificates(String property, String location) {
    List<X509Certificate> certificates;
    try {
      certificates = read(property, location).getCertificates();
    } catch (IllegalStateException | IllegalArgumentException ex) {
      throw unreadable(this.prefix, property, location, ex);
    }
    if (certificates.isEmpty()) {
      throw unreadable(
          this.prefix, property, location, new IllegalStateException("no certificate found"));
    }
    return certificates.toArray(new X509Certificate[0]);
  }

  /** Reads {@code temporal.connection.tls.private-key} and checks it belongs to the certificate. */
  PrivateKey privateKey(String location, X509Certificate certificate) {
    PrivateKey key;
    try {
      key = read("private-key", location).getPrivateKey();
    } catch (IllegalStateException | IllegalArgumentException ex) {
      throw unreadable(this.prefix, "private-key", location, ex);
    }
    if (key == null) {
      throw unreadable(
          this.prefix, "private-key", location, new IllegalStateException("no private key found"));
    }
    if (!belongsTo(key, certificate)) {
      throw new InvalidTemporalPropertyException(
          this.prefix + "private-key",
          "'"
              + location
              + "' does not match the first certificate in "
              + this.prefix
              + "certificate ("
              + certificate.getSubjectX500Principal().getName()
              + ").",
          "Use the private key that was issued with the client certificate.");
    }
    return key;
  }

  static InvalidTemporalPropertyException unreadable(
      String prefix, String property, @Nullable String location, Exception ex) {
    return new InvalidTemporalPropertyException(
        prefix + property,
        "'" + location + "' cannot be read as PEM: " + ex.getMessage(),
        "Point it at a readable PEM file, e.g. 'file:/etc/temporal/client.pem' or"
            + " 'classpath:client.pem' (private keys in PKCS#8).",
        ex);
  }

  private PemContent read(String property, String location) {
    try (InputStream in = this.resourceLoader.getResource(location).getInputStream()) {
      return PemContent.load(in);
    } catch (IOException ex) {
      throw unreadable(this.prefix, property, location, ex);
    }
  }

  /**
   * Signs a probe with the key and verifies it with the certificate: a key from another pair would
   * otherwise surface only as an obscure handshake failure on the server side.
   */
  private static boolean belongsTo(PrivateKey key, X509Certificate certificate) {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          case "EdDSA", "Ed25519", "Ed448" -> "EdDSA";
          default -> null;
        };
    if (algorithm == null) {
      return true;
    }
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(PROBE);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(PROBE);
      return verifier.verify(signature);
    } catch (NoSuchAlgorithmException ex) {
      return true;
    } catch (GeneralSecurityException ex) {
      // A key of another type than the certificate's cannot belong to it either.
      return false;
    }
  }
}
