package dev.temporalboot.autoconfigure;

import dev.temporalboot.TemporalCustomizer;
import org.springframework.beans.factory.ObjectProvider;

/** Applies the {@link TemporalCustomizer} beans of one builder type, in {@code @Order}. */
final class Customizers {

  private Customizers() {}

  static <B> B apply(B builder, ObjectProvider<TemporalCustomizer<B>> customizers) {
    customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
    return builder;
  }
}
