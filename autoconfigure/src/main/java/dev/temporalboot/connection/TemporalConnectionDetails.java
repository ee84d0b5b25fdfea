package dev.temporalboot.connection;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Everything the client and workers need to connect: where, to which namespace, and with which
 * credentials. {@code temporal.connection.*} supplies it for a remote server and the embedded
 * server for itself; a bean of the application's own (a Testcontainers service connection, a
 * secrets manager) replaces both.
 */
public interface TemporalConnectionDetails extends ConnectionDetails {

  /**
   * Returns the Temporal frontend as a gRPC target, such as {@code host:port}.
   *
   * @return the target
   */
  String getTarget();

  /**
   * Returns the namespace to use.
   *
   * @return the namespace
   */
  String getNamespace();

  /**
   * Returns the API key sent as a bearer token with every call.
   *
   * @return the API key, or null for none
   */
  default @Nullable String getApiKey() {
    return null;
  }

  /**
   * Returns TLS towards the service.
   *
   * @return the TLS settings, or null for a plain-text connection
   */
  default @Nullable Tls getTls() {
    return null;
  }

  /**
   * Returns the identity of this client and its workers in the service's records.
   *
   * @return the identity, or null for the SDK's pid@host
   */
  default @Nullable String getIdentity() {
    return null;
  }

  /**
   * TLS towards the service.
   *
   * @param bundle key and trust material (a client certificate for mutual TLS, certificates to
   *     trust), or null to trust the JVM's trust store with no client certificate
   * @param serverName the name expected in the server's certificate (SNI and authority), or null
   *     for the target's host
   */
  record Tls(@Nullable SslBundle bundle, @Nullable String serverName) {}
}
