package dev.temporalboot.e2e.codec;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/** Plain JDK HTTP calls to a codec server, so requests carry exactly the headers a test sets. */
public final class CodecHttp {

  private final HttpClient client = HttpClient.newHttpClient();

  private final String base;

  public CodecHttp(int port) {
    this.base = "http://localhost:" + port;
  }

  public HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(this.base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return this.client.send(request.build(), BodyHandlers.ofString());
  }

  public HttpResponse<String> preflight(String path, String origin) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(this.base + path))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type,x-namespace,authorization")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .build();
    return this.client.send(request, BodyHandlers.ofString());
  }
}
