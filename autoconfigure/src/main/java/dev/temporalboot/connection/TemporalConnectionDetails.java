package dev.temporalboot.connection;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the client and workers connect: the properties supply it for a remote server, the embedded
 * server supplies its own address.
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
   * Returns whether this is the in-process server, which has no TLS or authentication.
   *
   * @return true for the embedded server
   */
  default boolean isEmbedded() {
    return false;
  }
}
