package dev.temporalboot.internal.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverterException;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.common.converter.PayloadConverter;
import java.lang.reflect.Type;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/** Converts values to and from {@code json/plain} payloads with a Jackson 3 mapper. */
public class JsonMapperPayloadConverter implements PayloadConverter {

  /** The SDK's JSON encoding, so that either converter reads what the other wrote. */
  static final String ENCODING = "json/plain";

  private static final ByteString ENCODING_BYTES = ByteString.copyFromUtf8(ENCODING);

  private final ObjectMapper mapper;

  /**
   * Creates a converter that uses the mapper as it is; {@link #forApplicationMapper} pins the
   * settings that keep payloads readable both ways with the SDK's own converter.
   *
   * @param mapper the Jackson 3 mapper
   */
  public JsonMapperPayloadConverter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Creates a converter from a copy of the application's mapper, keeping its modules, naming
   * strategy and every other setting except those that decide what a payload decodes to.
   *
   * @param mapper the application's mapper, left unchanged
   * @return the converter
   */
  public static JsonMapperPayloadConverter forApplicationMapper(JsonMapper mapper) {
    // A history is decoded again on every replay, by whichever worker and release picks it up,
    // and may have been written by the SDK's Jackson 2 converter. These settings must not vary
    // with the application's configuration, and must match the SDK's, or the same bytes would
    // yield another value and the workflow code would take another path:
    // - dates keep their offset when written and read, rather than moving to the time zone of
    //   spring.jackson.time-zone (read back, an OffsetDateTime has the offset it was sent with);
    // - private fields without accessors are properties, as the SDK's mapper sees them;
    // - a missing or null primitive reads as its default (a record that gained an int still reads
    //   older payloads), as in Jackson 2;
    // - enums are written and read by name (Jackson 3 uses toString() by default).
    // How values are written otherwise (dates as ISO text, property order, inclusion) is the
    // application's choice: the SDK's converter reads either form.
    return new JsonMapperPayloadConverter(
        mapper
            .rebuild()
            .disable(
                DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE,
                DateTimeFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE)
            .changeDefaultVisibility((visibility) -> visibility.withFieldVisibility(Visibility.ANY))
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(
                EnumFeature.WRITE_ENUMS_USING_TO_STRING, EnumFeature.READ_ENUMS_USING_TO_STRING)
            .build());
  }

  @Override
  public String getEncodingType() {
    return ENCODING;
  }

  @Override
  public Optional<Payload> toData(@Nullable Object value) throws DataConverterException {
    try {
      return Optional.of(
          Payload.newBuilder()
              .putMetadata(EncodingKeys.METADATA_ENCODING_KEY, ENCODING_BYTES)
              .setData(ByteString.copyFrom(this.mapper.writeValueAsBytes(value)))
              .build());
    } catch (JacksonException ex) {
      throw new DataConverterException(ex);
    }
  }

  @Override
  public <T> @Nullable T fromData(Payload content, Class<T> valueClass, Type valueType)
      throws DataConverterException {
    ByteString data = content.getData();
    if (data.isEmpty()) {
      return null;
    }
    try {
      // The generic type, so that a List<Order> is read as orders rather than as maps.
      return this.mapper.readValue(data.toByteArray(), this.mapper.constructType(valueType));
    } catch (JacksonException ex) {
      throw new DataConverterException(content, new Type[] {valueType}, ex);
    }
  }
}
