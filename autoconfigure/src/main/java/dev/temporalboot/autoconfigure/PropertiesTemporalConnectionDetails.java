package dev.temporalboot.autoconfigure;

import dev.temporalboot.connection.TemporalConnectionDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * Connection details read from {@code temporal.connection.*}; TLS material is loaded and checked
 * when they are created, so that a bad file fails start-up naming its key.
 */
class PropertiesTemporalConnectionDetails implements TemporalConnectionDetails {

  /** Where {@code temporal server start-dev} listens by default. */
  static final String DEFAULT_TARGET = "localhost:7233";

  private final TemporalProperties.Connection connection;

  private final @Nullable Tls tls;

  PropertiesTemporalConnectionDetails(
      TemporalProperties.Connection connection,
      ResourceLoader resourceLoader,
      @Nullable SslBundles sslBundles) {
    this.connection = connection;
    this.tls = PropertiesTls.of(connection, resourceLoader, sslBundles);
  }

  @Override
  public String getTarget() {
    String target = this.connection.getTarget();
    return StringUtils.hasText(target) ? target : DEFAULT_TARGET;
  }

  @Override
  public String getNamespace() {
    return this.connection.getNamespace();
  }

  @Override
  public @Nullable String getApiKey() {
    return StringUtils.hasText(this.connection.getApiKey()) ? this.connection.getApiKey() : null;
  }

  @Override
  public @Nullable Tls getTls() {
    return this.tls;
  }

  @Override
  public @Nullable String getIdentity() {
    return StringUtils.hasText(this.connection.getIdentity())
        ? this.connection.getIdentity()
        : null;
  }
}
