package dev.temporalboot.internal.client;

import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.PayloadConverter;
import io.temporal.payload.codec.PayloadCodec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the application's {@link DataConverter}: the SDK's, a JSON override, then the codecs. */
public final class TemporalDataConverters {

  private TemporalDataConverters() {}

  /**
   * Creates the converter.
   *
   * @param json the {@code json/plain} converter that replaces the SDK's, or null for the SDK's own
   * @param codecs payload codecs (encryption, compression); as the SDK chains them, the first is
   *     the outermost: applied last when encoding and first when decoding
   * @return the data converter
   */
  public static DataConverter create(@Nullable PayloadConverter json, List<PayloadCodec> codecs) {
    DataConverter converter =
        json != null
            ? DefaultDataConverter.newDefaultInstance().withPayloadConverterOverrides(json)
            : DefaultDataConverter.STANDARD_INSTANCE;
    return codecs.isEmpty() ? converter : new CodecDataConverter(converter, codecs);
  }
}
