package dev.temporalboot.internal.codec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The codec server's Spring MVC routes, {@code POST {path}/encode} and {@code POST {path}/decode}:
 * ordinary handlers, so the application's security filters and CORS configuration apply to them.
 */
public final class CodecServerRoutes {

  /** Header in which the Temporal UI and CLI name the namespace of the payloads. */
  public static final String NAMESPACE_HEADER = "X-Namespace";

  private final PayloadCodecService service;

  private final long maxRequestBytes;

  public CodecServerRoutes(PayloadCodecService service, DataSize maxRequestSize) {
    this.service = service;
    this.maxRequestBytes = maxRequestSize.toBytes();
  }

  /**
   * Returns the routes below a path.
   *
   * @param path the path, such as {@code /temporal/codec}
   * @return the router function
   */
  public RouterFunction<ServerResponse> routes(String path) {
    return RouterFunctions.route()
        .POST(path + "/encode", (request) -> handle(request, this.service::encode))
        .POST(path + "/decode", (request) -> handle(request, this.service::decode))
        .build();
  }

  private ServerResponse handle(
      ServerRequest request, BiFunction<String, @Nullable String, String> operation) {
    try {
      String body = readBody(request);
      String namespace = request.headers().firstHeader(NAMESPACE_HEADER);
      return json(ServerResponse.ok(), operation.apply(body, namespace));
    } catch (CodecRequestException ex) {
      return json(
          ServerResponse.badRequest(),
          PayloadCodecService.errorBody(
              Objects.requireNonNull(ex.getMessage(), "thrown with a message")));
    }
  }

  private String readBody(ServerRequest request) {
    String tooLarge = "Request body is larger than " + this.maxRequestBytes + " bytes";
    if (request.headers().contentLength().orElse(0) > this.maxRequestBytes) {
      throw new CodecRequestException(tooLarge);
    }
    try (InputStream input = request.servletRequest().getInputStream()) {
      // Reads one byte past the limit, to tell a body at the limit from a larger one.
      byte[] body =
          input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxRequestBytes + 1));
      if (body.length > this.maxRequestBytes) {
        throw new CodecRequestException(tooLarge);
      }
      return new String(body, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new CodecRequestException("Request body cannot be read: " + ex.getMessage(), ex);
    }
  }

  private static ServerResponse json(ServerResponse.BodyBuilder builder, String body) {
    return builder.contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
