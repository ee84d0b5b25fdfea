package dev.temporalboot.e2e.yaml;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Workers declared in YAML, mixed with an annotated workflow; nothing here is a @Component. */
@SpringBootApplication
public class YamlApplication {

  @Bean
  InventoryActivitiesImpl inventoryActivities() {
    return new InventoryActivitiesImpl();
  }
}
