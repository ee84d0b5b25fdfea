package dev.temporalboot.internal.worker;

/**
 * A namespace the application uses: the primary one of {@code temporal.connection}, or an entry of
 * {@code temporal.namespaces}.
 *
 * @param alias the entry's alias, the qualifier of its beans; empty for the primary namespace
 * @param name the Temporal namespace
 */
public record TemporalNamespace(String alias, String name) {

  /**
   * Returns the primary namespace.
   *
   * @param name the Temporal namespace of {@code temporal.connection}
   * @return the primary namespace
   */
  public static TemporalNamespace primary(String name) {
    return new TemporalNamespace("", name);
  }

  /**
   * Returns whether this is the primary namespace.
   *
   * @return true for the namespace of {@code temporal.connection}
   */
  public boolean isPrimary() {
    return this.alias.isEmpty();
  }

  /**
   * Returns how logs and errors name it: the namespace, and the alias when there is one.
   *
   * @return e.g. {@code 'billing-prod' (alias billing)}
   */
  public String describe() {
    return "'" + this.name + "'" + (isPrimary() ? "" : " (alias " + this.alias + ")");
  }
}
