package dev.temporalboot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.temporalboot.internal.client.JsonMapperPayloadConverter;
import dev.temporalboot.internal.client.TemporalDataConverters;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ParameterizedTypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Payloads written by the SDK's default converter read with Spring Boot's JsonMapper, and the other
 * way round, with the bytes each writes.
 */
class Jackson3WireCompatibilityTests {

  private static final DataConverter sdk = DefaultDataConverter.STANDARD_INSTANCE;

  @ParameterizedTest
  @ValueSource(strings = {"spring.jackson.locale=en", "spring.jackson.time-zone=Asia/Kolkata"})
  void payloadsReadTheSameBothWays(String bootProperty) {
    DataConverter ours = jackson3Converter(bootProperty);
    List<String> differentBytes = new ArrayList<>();
    for (Case<?> sample : cases()) {
      Payload fromSdk = sdk.toPayload(sample.value()).orElseThrow();
      Payload fromOurs = ours.toPayload(sample.value()).orElseThrow();
      Object expected = sample.normalized(read(sdk, fromSdk, sample));
      assertThat(sample.normalized(read(ours, fromSdk, sample)))
          .as("%s written by the SDK, read by Jackson 3", sample.name())
          .isEqualTo(expected)
          .isEqualTo(sample.normalized(sample.value()));
      assertThat(sample.normalized(read(sdk, fromOurs, sample)))
          .as("%s written by Jackson 3, read by the SDK", sample.name())
          .isEqualTo(expected);
      assertThat(fromOurs.getMetadataMap()).isEqualTo(fromSdk.getMetadataMap());
      if (!fromSdk.getData().equals(fromOurs.getData())) {
        differentBytes.add(sample.name());
        System.out.printf(
            "[%s] %s differs:%n  sdk:      %s%n  jackson3: %s%n",
            bootProperty,
            sample.name(),
            fromSdk.getData().toString(StandardCharsets.UTF_8),
            fromOurs.getData().toString(StandardCharsets.UTF_8));
      }
    }
    System.out.printf(
        "[%s] %d of %d samples differ in bytes: %s%n",
        bootProperty, differentBytes.size(), cases().size(), differentBytes);
    // Recorded, so that a Jackson or Spring Boot upgrade that changes a default shows up here: the
    // SDK writes a Duration as seconds, Jackson 3 as ISO-8601 text; Jackson 3 sorts the properties
    // of a class alphabetically (records keep their component order).
    assertThat(differentBytes).containsExactly("Duration", "class with private fields only");
  }

  @Test
  void payloadWrittenBeforeARecordGainedAPrimitiveComponentStillReads() {
    Payload old = sdk.toPayload(new Parcel("p-1")).orElseThrow();

    assertThat(jackson3Converter().fromPayload(old, GrownParcel.class, GrownParcel.class))
        .isEqualTo(new GrownParcel("p-1", 0));
  }

  @Test
  void bootMapperAsItIsWouldDecodeSdkPayloadsDifferently() {
    DataConverter unpinned =
        TemporalDataConverters.create(new JsonMapperPayloadConverter(bootJsonMapper()), List.of());

    assertThatThrownBy(
            () ->
                unpinned.fromPayload(
                    sdk.toPayload(Tier.GOLD).orElseThrow(), Tier.class, Tier.class))
        .rootCause()
        .hasMessageContaining("not one of the values accepted");
    OffsetDateTime paris = OffsetDateTime.parse("2024-07-01T09:00:00+02:00");
    assertThat(
            unpinned
                .fromPayload(
                    sdk.toPayload(paris).orElseThrow(), OffsetDateTime.class, OffsetDateTime.class)
                .getOffset())
        .isEqualTo(ZoneOffset.UTC);
    assertThat(unpinned.toPayload(new Legacy("L-1", 7)).orElseThrow().getData().toStringUtf8())
        .isEqualTo("{}");
    assertThatThrownBy(
            () ->
                unpinned.fromPayload(
                    sdk.toPayload(new Parcel("p-1")).orElseThrow(),
                    GrownParcel.class,
                    GrownParcel.class))
        .rootCause()
        .hasMessageContaining("Cannot map `null` into type `int`");
  }

  private static Object read(DataConverter converter, Payload payload, Case<?> sample) {
    return converter.fromPayload(payload, sample.type(), sample.genericType());
  }

  private static DataConverter jackson3Converter(String... bootProperties) {
    return TemporalDataConverters.create(
        JsonMapperPayloadConverter.forApplicationMapper(bootJsonMapper(bootProperties)), List.of());
  }

  /** Spring Boot's auto-configured JsonMapper, as a Spring Boot 4 application has it. */
  private static JsonMapper bootJsonMapper(String... bootProperties) {
    AtomicReference<JsonMapper> mapper = new AtomicReference<>();
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .withPropertyValues(bootProperties)
        .run((context) -> mapper.set(context.getBean(JsonMapper.class)));
    return mapper.get();
  }

  private static List<Case<?>> cases() {
    Customer ada = new Customer("Ada", 36, Tier.GOLD);
    return List.of(
        new Case<>("record", Customer.class, ada),
        new Case<>("record with a null field", Customer.class, new Customer(null, 3, null)),
        new Case<>("Instant", Instant.class, Instant.parse("2024-03-10T08:15:30.123456789Z")),
        new Case<>("LocalDate", LocalDate.class, LocalDate.of(2024, 2, 29)),
        new Case<>("LocalDateTime", LocalDateTime.class, LocalDateTime.of(2024, 3, 10, 8, 15, 30)),
        new Case<>(
            "OffsetDateTime",
            OffsetDateTime.class,
            OffsetDateTime.parse("2024-03-10T08:15:30.5+02:00")),
        new Case<>(
            "ZonedDateTime",
            ZonedDateTime.class,
            ZonedDateTime.of(2024, 7, 1, 9, 0, 0, 0, ZoneId.of("Europe/Paris")),
            // Both mappers write the offset, not the region: what is read keeps the offset.
            (value) -> value.toOffsetDateTime()),
        new Case<>("Duration", Duration.class, Duration.ofMinutes(90).plusMillis(5)),
        new Case<>("Optional present", Note.class, new Note(Optional.of("fragile"))),
        new Case<>("Optional empty", Note.class, new Note(Optional.empty())),
        new Case<>("enum with a toString", Tier.class, Tier.SILVER),
        new Case<>("BigDecimal", BigDecimal.class, new BigDecimal("12.50")),
        new Case<>("BigDecimal exponent", BigDecimal.class, new BigDecimal("1.0E+3")),
        new Case<>(
            "List<record>",
            new ParameterizedTypeReference<List<Customer>>() {},
            List.of(ada, new Customer("Grace", 45, Tier.SILVER))),
        new Case<>(
            "Map<String, record>",
            new ParameterizedTypeReference<Map<String, Customer>>() {},
            new LinkedHashMap<>(Map.of("ada", ada))),
        new Case<>("class with private fields only", Legacy.class, new Legacy("L-1", 7)));
  }

  /** A sample value, its types, and what of it must survive a trip. */
  record Case<T>(String name, Class<?> type, Type genericType, T value, Function<T, ?> normalizer) {

    Case(String name, Class<T> type, T value) {
      this(name, type, type, value, Function.identity());
    }

    Case(String name, Class<T> type, T value, Function<T, ?> normalizer) {
      this(name, type, type, value, normalizer);
    }

    @SuppressWarnings("unchecked")
    Case(String name, ParameterizedTypeReference<T> type, T value) {
      this(name, value.getClass(), type.getType(), value, Function.identity());
    }

    @SuppressWarnings("unchecked")
    Object normalized(Object read) {
      return this.normalizer.apply((T) read);
    }
  }

  /** A record as an earlier release wrote it. */
  public record Parcel(String id) {}

  /** The same record, with a component added since. */
  public record GrownParcel(String id, int weight) {}

  /** A record argument. */
  public record Customer(String name, int age, Tier tier) {}

  /** A record with an optional component. */
  public record Note(Optional<String> text) {}

  /** An enum whose toString is not its name. */
  public enum Tier {
    GOLD,
    SILVER;

    @Override
    public String toString() {
      return name().toLowerCase();
    }
  }

  /** A class as older workflow code writes them: private fields, no accessors. */
  public static class Legacy {

    private String id;

    private int count;

    Legacy() {}

    Legacy(String id, int count) {
      this.id = id;
      this.count = count;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Legacy legacy
          && Objects.equals(this.id, legacy.id)
          && this.count == legacy.count;
    }

    @Override
    public int hashCode() {
      return Objects.hash(this.id, this.count);
    }
  }
}
