package dev.temporalboot.internal.connection;

import dev.temporalboot.connection.TemporalConnectionDetails;
import org.jspecify.annotations.Nullable;

/** Connection details fixed by a test, in the default namespace. */
record FixedConnectionDetails(
    String target, @Nullable String apiKey, TemporalConnectionDetails.@Nullable Tls tls)
    implements TemporalConnectionDetails {

  static FixedConnectionDetails plain(String target) {
    return new FixedConnectionDetails(target, null, null);
  }

  @Override
  public String getTarget() {
    return this.target;
  }

  @Override
  public String getNamespace() {
    return "default";
  }

  @Override
  public @Nullable String getApiKey() {
    return this.apiKey;
  }

  @Override
  public TemporalConnectionDetails.@Nullable Tls getTls() {
    return this.tls;
  }
}
