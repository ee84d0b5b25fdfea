package dev.temporalboot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.temporalboot.e2e.codec.CodecHttp;
import dev.temporalboot.e2e.codec.secured.SecuredCodecApplication;
import io.temporal.common.converter.DefaultDataConverter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Under the application's Spring Security filter chain (and no allow-unauthenticated), the codec
 * server is one more secured route.
 */
@SpringBootTest(
    classes = SecuredCodecApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"temporal.embedded.port=0", "temporal.codec-server.enabled=true"})
class CodecServerSecurityTests {

  private static final String ENCODE = "/temporal/codec/encode";

  private static final String CREDENTIALS =
      "Basic "
          + Base64.getEncoder().encodeToString("operator:secret".getBytes(StandardCharsets.UTF_8));

  @Value("${local.server.port}")
  int port;

  private CodecHttp http;

  private String body;

  @BeforeEach
  void createClient() throws Exception {
    this.http = new CodecHttp(this.port);
    this.body = CodecServerTests.json(DefaultDataConverter.STANDARD_INSTANCE.toPayload("x").get());
  }

  @Test
  void aRequestWithoutCredentialsIsRefused() throws Exception {
    HttpResponse<String> response = this.http.post(ENCODE, this.body);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).doesNotContain("binary/xor");
  }

  @Test
  void aRequestWithCredentialsIsServed() throws Exception {
    HttpResponse<String> response = this.http.post(ENCODE, this.body, "Authorization", CREDENTIALS);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(CodecServerTests.parse(response.body()).getPayloads(0).getMetadataMap())
        .containsKey("encoding");
  }

  @Test
  void thePreflightPassesBeforeAuthentication() throws Exception {
    HttpResponse<String> response = this.http.preflight(ENCODE, "http://localhost:8233");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://localhost:8233");
  }
}
