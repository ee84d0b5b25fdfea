package dev.temporalboot.e2e.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application the end-to-end tests run: its package is scanned for @WorkflowImpl. */
@SpringBootApplication
public class E2eApplication {

  @Bean
  GreetingSettings greetingSettings() {
    return new GreetingSettings("Hello");
  }
}
