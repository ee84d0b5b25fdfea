package dev.temporalboot.autoconfigure.internal.validation;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A property's name as the user wrote it, for messages: Spring's canonical form lower-cases map
 * keys ({@code services.fraudservice} for {@code services.FraudService}).
 */
final class PropertyNames {

  private PropertyNames() {}

  /** The name with its elements as written; an environment variable's keeps the canonical form. */
  static String asWritten(ConfigurationPropertyName name, boolean fromEnvironment) {
    if (fromEnvironment) {
      return name.toString();
    }
    StringBuilder written = new StringBuilder();
    for (int i = 0; i < name.getNumberOfElements(); i++) {
      String element = name.getElement(i, Form.ORIGINAL);
      if (name.isNumericIndex(i) || element.contains(".")) {
        written.append('[').append(element).append(']');
      } else {
        written.append((i > 0) ? "." : "").append(element);
      }
    }
    return written.toString();
  }

  /** The property's name as written in its source. */
  static String asWritten(ConfigurationProperty property) {
    boolean environment =
        property.getSource() != null
            && property.getSource().getUnderlyingSource()
                instanceof SystemEnvironmentPropertySource;
    return asWritten(property.getName(), environment);
  }
}
