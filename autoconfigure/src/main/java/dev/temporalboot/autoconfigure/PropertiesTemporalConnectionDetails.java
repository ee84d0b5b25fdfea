package dev.temporalboot.autoconfigure;

import dev.temporalboot.connection.TemporalConnectionDetails;
import org.springframework.util.StringUtils;

/** Connection details read from {@code temporal.connection.*}. */
class PropertiesTemporalConnectionDetails implements TemporalConnectionDetails {

  /** Where {@code temporal server start-dev} listens by default. */
  static final String DEFAULT_TARGET = "localhost:7233";

  private final TemporalProperties.Connection connection;

  PropertiesTemporalConnectionDetails(TemporalProperties.Connection connection) {
    this.connection = connection;
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
}
