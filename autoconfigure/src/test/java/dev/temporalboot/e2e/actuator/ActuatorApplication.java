package dev.temporalboot.e2e.actuator;

import dev.temporalboot.actuate.TemporalEndpointContributor;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application the actuator tests run over HTTP; one worker on the {@code echo} queue. */
@SpringBootApplication
public class ActuatorApplication {

  /** A section that stands for the ones other features will add to the endpoint. */
  @Bean
  TemporalEndpointContributor exampleSection() {
    return new TemporalEndpointContributor() {
      @Override
      public String name() {
        return "example";
      }

      @Override
      public Object describe() {
        return Map.of("shown", true);
      }
    };
  }
}
