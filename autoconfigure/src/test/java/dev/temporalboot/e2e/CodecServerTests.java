package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import dev.temporalboot.e2e.codec.CodecHttp;
import dev.temporalboot.e2e.codec.open.OpenCodecApplication;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The codec-server protocol, CORS and bad input, over real HTTP. */
@SpringBootTest(
    classes = OpenCodecApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "temporal.embedded.port=0",
      "temporal.codec-server.enabled=true",
      "temporal.codec-server.allow-unauthenticated=true",
      "temporal.codec-server.allowed-origins=http://ui.example:8233",
      "temporal.codec-server.max-request-size=2KB"
    })
class CodecServerTests {

  private static final String ENCODE = "/temporal/codec/encode";

  private static final String DECODE = "/temporal/codec/decode";

  @Value("${local.server.port}")
  int port;

  @Autowired DataConverter dataConverter;

  private CodecHttp http;

  @BeforeEach
  void createClient() {
    this.http = new CodecHttp(this.port);
  }

  @Test
  void encodedPayloadsDecodeToTheOriginals() throws Exception {
    String plain = json(DefaultDataConverter.STANDARD_INSTANCE.toPayload("order 42").get());

    HttpResponse<String> encoded = this.http.post(ENCODE, plain, "X-Namespace", "default");
    assertThat(encoded.statusCode()).isEqualTo(200);
    Payload scrambled = parse(encoded.body()).getPayloads(0);
    assertThat(scrambled.getMetadataMap().get("encoding").toStringUtf8()).isEqualTo("binary/xor");
    assertThat(scrambled.getData().toStringUtf8()).doesNotContain("order 42");

    HttpResponse<String> decoded = this.http.post(DECODE, encoded.body(), "X-Namespace", "default");
    assertThat(decoded.statusCode()).isEqualTo(200);
    assertThat(parse(decoded.body())).isEqualTo(parse(plain));
  }

  @Test
  void payloadsEncodedByTheApplicationsDataConverterDecode() throws Exception {
    Payload stored = this.dataConverter.toPayload("order 43").get();
    assertThat(stored.getMetadataMap().get("encoding").toStringUtf8()).isEqualTo("binary/xor");

    HttpResponse<String> decoded = this.http.post(DECODE, json(stored));

    assertThat(decoded.statusCode()).isEqualTo(200);
    Payload payload = parse(decoded.body()).getPayloads(0);
    assertThat(payload.getMetadataMap().get("encoding").toStringUtf8()).isEqualTo("json/plain");
    assertThat(payload.getData().toStringUtf8()).isEqualTo("\"order 43\"");
  }

  @Test
  void preflightFromAnAllowedOriginIsAnswered() throws Exception {
    HttpResponse<String> response = this.http.preflight(DECODE, "http://ui.example:8233");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://ui.example:8233");
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .containsIgnoringCase("content-type")
        .containsIgnoringCase("x-namespace")
        .containsIgnoringCase("authorization");
  }

  @Test
  void preflightFromAnotherOriginIsRefused() throws Exception {
    HttpResponse<String> response = this.http.preflight(DECODE, "http://evil.example");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void malformedJsonIsABadRequest() throws Exception {
    assertBadRequest(this.http.post(DECODE, "{\"payloads\": ["), "not a JSON Payloads message");
  }

  @Test
  void badBase64IsABadRequest() throws Exception {
    assertBadRequest(
        this.http.post(DECODE, "{\"payloads\":[{\"data\":\"not base64!\"}]}"),
        "not a JSON Payloads message");
  }

  @Test
  void aPayloadTheCodecCannotDecodeIsABadRequest() throws Exception {
    // binary/xor, but without the codec's marker.
    String forged =
        "{\"payloads\":[{\"metadata\":{\"encoding\":\"YmluYXJ5L3hvcg==\"},\"data\":\"AAAA\"}]}";

    assertBadRequest(this.http.post(DECODE, forged), "not encoded by XorPayloadCodec");
  }

  @Test
  void aBodyOverTheSizeLimitIsABadRequest() throws Exception {
    String large = json(DefaultDataConverter.STANDARD_INSTANCE.toPayload("x".repeat(4096)).get());

    assertBadRequest(this.http.post(ENCODE, large), "larger than 2048 bytes");
  }

  private static void assertBadRequest(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(response.body())
        .startsWith("{\"message\":\"")
        .contains(message)
        .doesNotContain("\tat ");
  }

  static String json(Payload payload) throws Exception {
    return JsonFormat.printer().print(Payloads.newBuilder().addPayloads(payload).build());
  }

  static Payloads parse(String json) throws Exception {
    Payloads.Builder builder = Payloads.newBuilder();
    JsonFormat.parser().merge(json, builder);
    return builder.build();
  }
}
