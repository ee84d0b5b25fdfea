package dev.temporalboot.autoconfigure.internal.validation;

import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The shape of text values: names the server compares to the letter, API keys that travel in a
 * header, CORS origins. Each check throws without where the value was written; {@link ValueRules}
 * adds that.
 */
final class TextFormats {

  private TextFormats() {}

  /** Ids and names: the server compares them to the letter, so stray spaces are mistakes. */
  static void checkName(String key, String text) {
    if (text.isBlank()) {
      throw invalid(key, "it is blank.", "Give it a value, or remove it.");
    }
    if (!text.strip().equals(text)) {
      throw invalid(
          key,
          "'" + text + "' starts or ends with a space.",
          "Remove the spaces; the server compares names to the letter.");
    }
    if (text.length() > ValueRules.MAX_NAME_LENGTH) {
      throw invalid(
          key,
          "it is " + text.length() + " characters long.",
          "Keep it to " + ValueRules.MAX_NAME_LENGTH + " characters, the Temporal server's limit.");
    }
  }

  static void noSpaces(String key, String text, String action) {
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw invalid(key, "'" + text + "' has a space.", action);
    }
  }

  /** The key travels in a gRPC header, which holds visible ASCII only. */
  static void checkApiKey(String key, String text) {
    if (!text.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
      throw invalid(
          key,
          "it has a space or a character outside visible ASCII, which a request header cannot"
              + " carry.",
          "Copy the key again without spaces or line breaks.");
    }
  }

  static void checkOrigin(String key, String text) {
    if (text.equals("*")) {
      return;
    }
    String action =
        "Use an origin (scheme, host, optional port) such as http://localhost:8233, or a"
            + " pattern such as https://*.acme.com or http://localhost:[8233,8080].";
    // Spring's origin patterns: * in the host or port, and a list of ports in brackets.
    String probe = text.replaceAll(":\\[[0-9, ]+]$", ":1").replace("*", "x");
    try {
      URI uri = new URI(probe);
      if (uri.getScheme() == null
          || uri.getHost() == null
          || (uri.getPath() != null && uri.getPath().length() > 1)
          || uri.getQuery() != null
          || uri.getFragment() != null) {
        throw invalid(key, "'" + text + "' is not an origin.", action);
      }
    } catch (URISyntaxException ex) {
      throw invalid(key, "'" + text + "' is not an origin: " + ex.getReason() + ".", action);
    }
  }

  private static InvalidTemporalPropertyException invalid(
      String key, String problem, String action) {
    return new InvalidTemporalPropertyException(key, problem, action);
  }
}
