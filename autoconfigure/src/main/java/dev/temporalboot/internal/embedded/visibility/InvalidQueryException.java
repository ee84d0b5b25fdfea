package dev.temporalboot.internal.embedded.visibility;

/**
 * A visibility query a real cluster would reject, worded as it words it ({@code invalid query:
 * ...}) so the server can answer {@code INVALID_ARGUMENT} with the message.
 */
public class InvalidQueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidQueryException(String reason) {
    super("invalid query: " + reason);
  }

  static InvalidQueryException malformed(int position, String near) {
    return new InvalidQueryException(
        "malformed SQL query: syntax error at position " + position + " near '" + near + "'");
  }

  static InvalidQueryException invalidExpression(String reason) {
    return new InvalidQueryException("invalid expression: " + reason);
  }

  static InvalidQueryException notSupported(String reason) {
    return new InvalidQueryException("operation is not supported: " + reason);
  }
}
