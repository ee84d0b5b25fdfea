package dev.temporalboot.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.JacksonJsonPayloadConverter;
import io.temporal.payload.codec.PayloadCodec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the application's {@link DataConverter}: JSON through Jackson 2, then the codecs. */
public final class TemporalDataConverters {

  private TemporalDataConverters() {}

  /**
   * Creates the converter.
   *
   * @param objectMapper the application's Jackson 2 mapper, or null for the SDK's own
   * @param codecs payload codecs (encryption, compression); as the SDK chains them, the first is
   *     the outermost: applied last when encoding and first when decoding
   * @return the data converter
   */
  public static DataConverter create(
      @Nullable ObjectMapper objectMapper, List<PayloadCodec> codecs) {
    DataConverter converter =
        objectMapper != null
            ? DefaultDataConverter.newDefaultInstance()
                .withPayloadConverterOverrides(new JacksonJsonPayloadConverter(objectMapper))
            : DefaultDataConverter.STANDARD_INSTANCE;
    return codecs.isEmpty() ? converter : new CodecDataConverter(converter, codecs);
  }
}
