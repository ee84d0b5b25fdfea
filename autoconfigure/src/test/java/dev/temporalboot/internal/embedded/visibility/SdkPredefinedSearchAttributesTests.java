package dev.temporalboot.internal.embedded.visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.temporalboot.internal.embedded.EmbeddedTemporalServer;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search attributes the SDK's test server registers by itself are those {@link
 * SearchAttributeSchema} starts from. If this fails, the SDK changed them: update the schema.
 */
class SdkPredefinedSearchAttributesTests {

  private final EmbeddedTemporalServer server = new EmbeddedTemporalServer("127.0.0.1", 0, false);

  @BeforeEach
  void start() {
    this.server.start();
  }

  @AfterEach
  void stop() {
    this.server.close();
  }

  @Test
  void everyPredefinedAttributeIsAlreadyRegistered() {
    SearchAttributeSchema.SDK_PREDEFINED.forEach(
        (name, type) -> {
          StatusRuntimeException again =
              catchThrowableOfType(
                  StatusRuntimeException.class,
                  () -> this.server.registerSearchAttributes("default", Map.of(name, yaml(type))));
          assertThat(again).as(name).isNotNull();
          assertThat(again.getStatus().getCode()).as(name).isEqualTo(Status.Code.ALREADY_EXISTS);
        });
  }

  @Test
  void anotherAttributeIsNot() {
    assertThatCode(
            () ->
                this.server.registerSearchAttributes("default", Map.of("NotPredefined", "keyword")))
        .doesNotThrowAnyException();
  }

  private static String yaml(IndexedValueType type) {
    return type.name()
        .substring("INDEXED_VALUE_TYPE_".length())
        .toLowerCase(Locale.ROOT)
        .replace('_', '-');
  }
}
