package dev.temporalboot.e2e.json;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** An application with its own Jackson 3 module, which Spring Boot registers on its JsonMapper. */
@SpringBootApplication
public class JsonApplication {

  @Bean
  JacksonModule moneyModule() {
    return new SimpleModule("money")
        .addSerializer(Money.class, ToStringSerializer.instance)
        .addDeserializer(
            Money.class,
            new ValueDeserializer<Money>() {
              @Override
              public Money deserialize(JsonParser parser, DeserializationContext context) {
                return Money.parse(parser.getValueAsString());
              }
            });
  }
}
