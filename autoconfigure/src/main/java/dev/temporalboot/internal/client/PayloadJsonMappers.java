package dev.temporalboot.internal.client;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import io.temporal.common.converter.PayloadConverter;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the {@code json/plain} converter of payloads from the setting and the mappers at hand. */
public final class PayloadJsonMappers {

  static final String PROPERTY = "temporal.data-converter.json-mapper";

  private static final String JACKSON2_BEAN = "Jackson 2 ObjectMapper";

  private static final String JACKSON3_BEAN = "Jackson 3 JsonMapper";

  private static final Logger logger = LoggerFactory.getLogger(PayloadJsonMappers.class);

  private PayloadJsonMappers() {}

  /**
   * Picks the converter and logs which mapper writes payloads, and why.
   *
   * @param setting the configured choice
   * @param jackson2 the application's Jackson 2 ObjectMapper bean as a converter, or null
   * @param jackson3 the application's Jackson 3 JsonMapper bean as a converter, or null
   * @return the converter replacing the SDK's JSON one, or null to keep the SDK's
   * @throws InvalidTemporalPropertyException when the chosen mapper does not exist
   */
  public static @Nullable PayloadConverter choose(
      PayloadJsonMapper setting,
      Supplier<@Nullable PayloadConverter> jackson2,
      Supplier<@Nullable PayloadConverter> jackson3) {
    return switch (setting) {
      case SDK -> sdk("it is set to sdk");
      case JACKSON ->
          chosen(required(jackson3.get(), JACKSON3_BEAN), JACKSON3_BEAN, "set to jackson");
      case JACKSON2 ->
          chosen(required(jackson2.get(), JACKSON2_BEAN), JACKSON2_BEAN, "set to jackson2");
      case AUTO -> auto(jackson2, jackson3);
    };
  }

  private static @Nullable PayloadConverter auto(
      Supplier<@Nullable PayloadConverter> jackson2,
      Supplier<@Nullable PayloadConverter> jackson3) {
    // Spring Boot 4 configures Jackson 3 only, so a Jackson 2 ObjectMapper bean is one the
    // application declared on purpose: it stays the first choice, as before Jackson 3.
    PayloadConverter converter = jackson2.get();
    if (converter != null) {
      return chosen(converter, JACKSON2_BEAN, "auto: the application defines one");
    }
    converter = jackson3.get();
    if (converter != null) {
      return chosen(converter, JACKSON3_BEAN, "auto: there is no Jackson 2 ObjectMapper bean");
    }
    return sdk("auto: the application has no ObjectMapper or JsonMapper bean");
  }

  private static PayloadConverter chosen(PayloadConverter converter, String bean, String reason) {
    logger.info(
        "Temporal payloads are written by the application's {} bean ({}); set {} to change it",
        bean,
        reason,
        PROPERTY);
    return converter;
  }

  private static @Nullable PayloadConverter sdk(String reason) {
    logger.info(
        "Temporal payloads are written by the SDK's default Jackson 2 mapper ({}); set {} to"
            + " change it",
        reason,
        PROPERTY);
    return null;
  }

  private static PayloadConverter required(@Nullable PayloadConverter converter, String mapper) {
    if (converter == null) {
      throw new InvalidTemporalPropertyException(
          PROPERTY,
          "it asks for the application's "
              + mapper
              + " bean, but there is no single such bean in the context.",
          "Define that bean (Spring Boot's spring-boot-jackson module provides the Jackson 3"
              + " JsonMapper; a Jackson 2 ObjectMapper is declared by the application), or set "
              + PROPERTY
              + " to auto or sdk.");
    }
    return converter;
  }
}
