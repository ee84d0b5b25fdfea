package dev.temporalboot.internal.client;

/** Which Jackson mapper writes the JSON of payloads. */
public enum PayloadJsonMapper {

  /**
   * The application's Jackson 2 ObjectMapper bean if it defines one, else Spring Boot's Jackson 3
   * JsonMapper bean if there is one, else the SDK's own.
   */
  AUTO,

  /** The application's Jackson 3 JsonMapper bean; start-up fails without one. */
  JACKSON,

  /** The application's Jackson 2 ObjectMapper bean; start-up fails without one. */
  JACKSON2,

  /** The SDK's own Jackson 2 mapper, whatever the application defines. */
  SDK
}
