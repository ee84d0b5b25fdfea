package dev.temporalboot.e2e.codec;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.util.List;

/** Scrambles payloads with XOR behind a marker; refuses to decode data without the marker. */
public class XorPayloadCodec implements PayloadCodec {

  public static final ByteString ENCODING = ByteString.copyFromUtf8("binary/xor");

  private static final ByteString MARKER = ByteString.copyFromUtf8("XOR1");

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    return payloads.stream()
        .map(
            (payload) ->
                Payload.newBuilder()
                    .putMetadata(EncodingKeys.METADATA_ENCODING_KEY, ENCODING)
                    .setData(MARKER.concat(ByteString.copyFrom(xor(payload.toByteArray()))))
                    .build())
        .toList();
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    return payloads.stream().map(XorPayloadCodec::decode).toList();
  }

  private static Payload decode(Payload payload) {
    if (!ENCODING.equals(payload.getMetadataMap().get(EncodingKeys.METADATA_ENCODING_KEY))) {
      return payload;
    }
    if (!payload.getData().startsWith(MARKER)) {
      throw new PayloadCodecException("not encoded by XorPayloadCodec");
    }
    try {
      return Payload.parseFrom(xor(payload.getData().substring(MARKER.size()).toByteArray()));
    } catch (InvalidProtocolBufferException ex) {
      throw new PayloadCodecException(ex);
    }
  }

  private static byte[] xor(byte[] bytes) {
    byte[] result = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      result[i] = (byte) (bytes[i] ^ 0x5A);
    }
    return result;
  }
}
