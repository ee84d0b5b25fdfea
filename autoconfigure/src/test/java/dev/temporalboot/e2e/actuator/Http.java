package dev.temporalboot.e2e.actuator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A loopback HTTP client for the actuator tests. */
final class Http {

  private static final ObjectMapper json = new ObjectMapper();

  private final HttpClient client;

  private final String base;

  private final Duration timeout;

  Http(int port) {
    this(port, Duration.ofSeconds(10));
  }

  /** A client whose connects and requests may take up to the timeout. */
  Http(int port, Duration timeout) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.base = "http://localhost:" + port;
    this.timeout = timeout;
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
  }

  Response post(String path, String body) {
    return send(
        HttpRequest.newBuilder(URI.create(this.base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          this.client.send(
              request.timeout(this.timeout).build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  record Response(int status, String body) {

    JsonNode json() {
      try {
        return Http.json.readTree(this.body);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }
}
