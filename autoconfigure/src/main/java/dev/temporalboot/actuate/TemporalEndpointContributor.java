package dev.temporalboot.actuate;

/**
 * Adds a section to {@code GET /actuator/temporal}, after {@code connection} and {@code workers}.
 * Declare beans of this type (in {@code @Order}) to show more of the application's Temporal setup,
 * such as the {@code temporal.workflows} defaults or the effective activity options per interface.
 */
public interface TemporalEndpointContributor {

  /**
   * Returns the key of the section in the endpoint's JSON.
   *
   * @return the section name, such as {@code workflows}
   */
  String name();

  /**
   * Describes the section; called on every read, so it may reflect the current state.
   *
   * @return a JSON-serializable value (records, maps, lists, strings, numbers)
   */
  Object describe();
}
