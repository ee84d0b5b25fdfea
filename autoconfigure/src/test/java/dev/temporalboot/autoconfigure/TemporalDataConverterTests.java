package dev.temporalboot.autoconfigure;

import static dev.temporalboot.testsupport.StartupFailures.assertStartupFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import dev.temporalboot.testsupport.TemporalContextRunners;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.payload.codec.PayloadCodec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Which Jackson mapper writes payloads, from temporal.data-converter.json-mapper and the beans. */
@ExtendWith(OutputCaptureExtension.class)
class TemporalDataConverterTests {

  private static final String PROPERTY = "temporal.data-converter.json-mapper";

  // A remote target: no embedded server is needed to build the converter.
  private final ApplicationContextRunner contextRunner =
      TemporalContextRunners.temporal()
          .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
          .withPropertyValues(
              "temporal.connection.target=temporal.example.com:7233",
              "temporal.workers-enabled=false",
              "spring.jackson.property-naming-strategy=SNAKE_CASE");

  @Test
  void autoUsesBootsJsonMapperWhenThereIsNoObjectMapper(CapturedOutput output) {
    this.contextRunner.run(
        (context) -> {
          assertThat(json(context, new Parcel("p-1", Duration.ofMinutes(2))))
              .isEqualTo("{\"parcel_id\":\"p-1\",\"handling_time\":\"PT2M\"}");
          assertThat(context.getBean(WorkflowClient.class).getOptions().getDataConverter())
              .isSameAs(context.getBean(DataConverter.class));
          assertThat(output)
              .contains(
                  "Temporal payloads are written by the application's Jackson 3 JsonMapper bean"
                      + " (auto: there is no Jackson 2 ObjectMapper bean)");
        });
  }

  @Test
  void autoPrefersAnObjectMapperTheApplicationDefines(CapturedOutput output) {
    this.contextRunner
        .withBean(ObjectMapper.class, TemporalDataConverterTests::upperCamelObjectMapper)
        .run(
            (context) -> {
              assertThat(json(context, new Parcel("p-1", null)))
                  .isEqualTo("{\"ParcelId\":\"p-1\",\"HandlingTime\":null}");
              assertThat(output)
                  .contains("application's Jackson 2 ObjectMapper bean (auto: the application");
            });
  }

  @Test
  void autoFallsBackToTheSdkWithoutMappers() {
    TemporalContextRunners.temporal()
        .withPropertyValues("temporal.connection.target=temporal.example.com:7233")
        .run(
            (context) ->
                assertThat(context.getBean(DataConverter.class))
                    .isSameAs(DefaultDataConverter.STANDARD_INSTANCE));
  }

  @Test
  void jacksonUsesTheJsonMapperEvenNextToAnObjectMapper() {
    this.contextRunner
        .withPropertyValues(PROPERTY + "=jackson")
        .withBean(ObjectMapper.class, TemporalDataConverterTests::upperCamelObjectMapper)
        .run(
            (context) ->
                assertThat(json(context, new Parcel("p-1", null)))
                    .isEqualTo("{\"parcel_id\":\"p-1\",\"handling_time\":null}"));
  }

  @Test
  void jackson2UsesTheObjectMapper() {
    this.contextRunner
        .withPropertyValues(PROPERTY + "=jackson2")
        .withBean(ObjectMapper.class, TemporalDataConverterTests::upperCamelObjectMapper)
        .run(
            (context) ->
                assertThat(json(context, new Parcel("p-1", null)))
                    .isEqualTo("{\"ParcelId\":\"p-1\",\"HandlingTime\":null}"));
  }

  @Test
  void sdkIgnoresTheApplicationsMappers() {
    this.contextRunner
        .withPropertyValues(PROPERTY + "=sdk")
        .withBean(ObjectMapper.class, TemporalDataConverterTests::upperCamelObjectMapper)
        .run(
            (context) ->
                assertThat(context.getBean(DataConverter.class))
                    .isSameAs(DefaultDataConverter.STANDARD_INSTANCE));
  }

  @Test
  void jacksonWithoutAJsonMapperFailsNamingTheProperty() {
    TemporalContextRunners.temporal()
        .withPropertyValues(
            "temporal.connection.target=temporal.example.com:7233", PROPERTY + "=jackson")
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context, InvalidTemporalPropertyException.class, PROPERTY)
                            .getAction())
                    .contains("spring-boot-jackson", "auto or sdk"));
  }

  @Test
  void jackson2WithoutAnObjectMapperFailsNamingTheProperty() {
    this.contextRunner
        .withPropertyValues(PROPERTY + "=jackson2")
        .run(
            (context) ->
                assertThat(
                        assertStartupFailure(
                                context, InvalidTemporalPropertyException.class, PROPERTY)
                            .getMessage())
                    .contains("Jackson 2 ObjectMapper"));
  }

  @Test
  void withoutJackson3AutoUsesTheSdkAndJacksonFails() {
    ApplicationContextRunner withoutJackson3 =
        this.contextRunner.withClassLoader(new FilteredClassLoader("tools.jackson"));
    withoutJackson3.run(
        (context) ->
            assertThat(context.getBean(DataConverter.class))
                .isSameAs(DefaultDataConverter.STANDARD_INSTANCE));
    withoutJackson3
        .withPropertyValues(PROPERTY + "=jackson")
        .run(
            (context) ->
                assertStartupFailure(context, InvalidTemporalPropertyException.class, PROPERTY));
  }

  @Test
  void withoutJackson2DatabindAutoUsesBootsJsonMapper() {
    this.contextRunner
        .withClassLoader(new FilteredClassLoader("com.fasterxml.jackson.databind"))
        .run(
            (context) ->
                assertThat(json(context, new Parcel("p-1", null)))
                    .isEqualTo("{\"parcel_id\":\"p-1\",\"handling_time\":null}"));
  }

  @Test
  void payloadCodecsWrapTheJackson3Converter() {
    this.contextRunner
        .withBean(PayloadCodec.class, () -> new IdentityCodec())
        .run(
            (context) -> {
              assertThat(context.getBean(DataConverter.class))
                  .isInstanceOf(CodecDataConverter.class);
              assertThat(json(context, new Parcel("p-1", null))).contains("parcel_id");
            });
  }

  private static String json(AssertableApplicationContext context, Object value) {
    assertThat(context).hasNotFailed();
    DataConverter converter = context.getBean(DataConverter.class);
    String json = converter.toPayload(value).orElseThrow().getData().toStringUtf8();
    assertThat(
            converter.fromPayload(
                converter.toPayload(value).orElseThrow(), Parcel.class, Parcel.class))
        .isEqualTo(value);
    return json;
  }

  private static ObjectMapper upperCamelObjectMapper() {
    return new ObjectMapper()
        .findAndRegisterModules()
        .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);
  }

  /** A payload whose property names show which mapper wrote it. */
  public record Parcel(String parcelId, Duration handlingTime) {}

  /** A codec that leaves payloads as they are, enough to be chained. */
  static class IdentityCodec implements PayloadCodec {

    @Override
    public List<io.temporal.api.common.v1.Payload> encode(
        List<io.temporal.api.common.v1.Payload> payloads) {
      return payloads;
    }

    @Override
    public List<io.temporal.api.common.v1.Payload> decode(
        List<io.temporal.api.common.v1.Payload> payloads) {
      return payloads;
    }
  }
}
