package dev.temporalboot.autoconfigure;

import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import org.jspecify.annotations.Nullable;

/** Connection details pointing at the embedded server: plain text, no credentials. */
class EmbeddedTemporalConnectionDetails implements TemporalConnectionDetails {

  private final EmbeddedTemporalServer server;

  private final String namespace;

  private final @Nullable String identity;

  EmbeddedTemporalConnectionDetails(
      EmbeddedTemporalServer server, String namespace, @Nullable String identity) {
    this.server = server;
    this.namespace = namespace;
    this.identity = identity;
  }

  @Override
  public String getTarget() {
    return this.server.getTarget();
  }

  @Override
  public String getNamespace() {
    return this.namespace;
  }

  @Override
  public @Nullable String getIdentity() {
    return this.identity;
  }
}
