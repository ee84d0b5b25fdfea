package dev.temporalboot.e2e.codec.open;

import dev.temporalboot.e2e.codec.XorPayloadCodec;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A codec server with no security, for the protocol and CORS tests. */
@SpringBootApplication
public class OpenCodecApplication {

  @Bean
  XorPayloadCodec xorPayloadCodec() {
    return new XorPayloadCodec();
  }
}
