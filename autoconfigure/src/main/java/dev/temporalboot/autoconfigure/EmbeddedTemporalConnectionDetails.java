package dev.temporalboot.autoconfigure;

import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.embedded.EmbeddedTemporalServer;

/** Connection details pointing at the embedded server. */
class EmbeddedTemporalConnectionDetails implements TemporalConnectionDetails {

  private final EmbeddedTemporalServer server;

  private final String namespace;

  EmbeddedTemporalConnectionDetails(EmbeddedTemporalServer server, String namespace) {
    this.server = server;
    this.namespace = namespace;
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
  public boolean isEmbedded() {
    return true;
  }
}
