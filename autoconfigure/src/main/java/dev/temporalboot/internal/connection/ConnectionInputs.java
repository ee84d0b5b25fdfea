package dev.temporalboot.internal.connection;

import dev.temporalboot.connection.TemporalConnectionDetails;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.util.StringUtils;

/**
 * What stubs options without plugins and customizers are made of; equal inputs make equal options,
 * so stubs opened early from one set can serve a bean that builds them from another, equal set. The
 * API key and the TLS material enter as SHA-256 digests: the record holds no secret, and two
 * bundles read from the same PEM files compare equal although they are different objects.
 *
 * @param target the configured target
 * @param rpcTimeout the timeout of ordinary calls
 * @param apiKeyDigest the API key's digest, or null for none
 * @param tls the TLS settings, or null for plain text
 */
record ConnectionInputs(
    String target, Duration rpcTimeout, @Nullable String apiKeyDigest, @Nullable TlsInputs tls) {

  /**
   * TLS as the options get it.
   *
   * @param serverName the authority to expect, or null for the target's host
   * @param materialDigest the digest of the bundle's stores, key, options and protocol, or null for
   *     the JVM's trust store and no client certificate
   */
  record TlsInputs(@Nullable String serverName, @Nullable String materialDigest) {}

  /**
   * Reads the inputs of connection details.
   *
   * @return the inputs, or null when the TLS material cannot be read back to be compared
   */
  static @Nullable ConnectionInputs of(TemporalConnectionDetails details, Duration rpcTimeout) {
    String apiKey = details.getApiKey();
    String apiKeyDigest = StringUtils.hasText(apiKey) ? digest(bytes(apiKey)) : null;
    TemporalConnectionDetails.Tls tls = details.getTls();
    TlsInputs tlsInputs = null;
    if (tls != null) {
      String material = null;
      if (tls.bundle() != null) {
        try {
          material = digest(material(tls.bundle()));
        } catch (IOException | GeneralSecurityException | RuntimeException ex) {
          return null;
        }
      }
      tlsInputs = new TlsInputs(tls.serverName(), material);
    }
    return new ConnectionInputs(details.getTarget(), rpcTimeout, apiKeyDigest, tlsInputs);
  }

  /** Everything of a bundle that {@link SslContexts#of} builds the gRPC context from. */
  private static byte[] material(SslBundle bundle) throws IOException, GeneralSecurityException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SslStoreBundle stores = bundle.getStores();
    String password = stores.getKeyStorePassword();
    SslBundleKey key = bundle.getKey();
    String keyPassword = (key.getPassword() != null) ? key.getPassword() : password;
    write(out, "key alias", key.getAlias());
    write(out, "protocol", bundle.getProtocol());
    SslOptions options = bundle.getOptions();
    write(out, "protocols", join(options.getEnabledProtocols()));
    write(out, "ciphers", join(options.getCiphers()));
    write(out, "key store", "");
    store(out, stores.getKeyStore(), keyPassword);
    write(out, "trust store", "");
    store(out, stores.getTrustStore(), null);
    return out.toByteArray();
  }

  private static void store(
      ByteArrayOutputStream out, @Nullable KeyStore store, @Nullable String password)
      throws GeneralSecurityException {
    if (store == null) {
      return;
    }
    List<String> aliases = new ArrayList<>(Collections.list(store.aliases()));
    Collections.sort(aliases);
    for (String alias : aliases) {
      write(out, "alias", alias);
      if (store.isKeyEntry(alias)) {
        Key entry = store.getKey(alias, (password != null) ? password.toCharArray() : null);
        out.writeBytes((entry != null) ? entry.getEncoded() : new byte[0]);
        Certificate[] chain = store.getCertificateChain(alias);
        for (Certificate certificate : (chain != null) ? chain : new Certificate[0]) {
          out.writeBytes(certificate.getEncoded());
        }
      } else {
        Certificate certificate = store.getCertificate(alias);
        if (certificate != null) {
          out.writeBytes(certificate.getEncoded());
        }
      }
    }
  }

  private static void write(ByteArrayOutputStream out, String name, @Nullable String value) {
    // Length-prefixed (-1 for null), so no two different sequences of fields write the same bytes.
    byte[] nameBytes = bytes(name);
    length(out, nameBytes.length);
    out.writeBytes(nameBytes);
    if (value == null) {
      length(out, -1);
    } else {
      byte[] bytes = bytes(value);
      length(out, bytes.length);
      out.writeBytes(bytes);
    }
  }

  private static void length(ByteArrayOutputStream out, int length) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write(length >>> shift);
    }
  }

  private static @Nullable String join(String @Nullable [] values) {
    return (values != null) ? String.join(",", Arrays.asList(values)) : null;
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("SHA-256 is part of every JDK", ex);
    }
  }
}
