package dev.temporalboot.internal.codec;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.payload.codec.ChainCodec;
import io.temporal.payload.codec.PayloadCodec;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The Temporal codec-server protocol: a JSON {@code Payloads} message in, the same message encoded
 * or decoded by the application's codecs out. The codecs are chained as in the data converter:
 * encoding runs them last to first, decoding first to last.
 */
public class PayloadCodecService {

  private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

  private static final JsonFormat.Printer PRINTER =
      JsonFormat.printer().omittingInsignificantWhitespace();

  private final ChainCodec codecs;

  public PayloadCodecService(List<PayloadCodec> codecs) {
    this.codecs = new ChainCodec(codecs);
  }

  /**
   * Encodes the payloads of a request body.
   *
   * @param body the JSON request body
   * @param namespace the {@code X-Namespace} header, or null
   * @return the JSON response body
   * @throws CodecRequestException when the body or a payload cannot be read
   */
  public String encode(String body, @Nullable String namespace) {
    return apply(body, namespace, "encoded", PayloadCodec::encode);
  }

  /**
   * Decodes the payloads of a request body.
   *
   * @param body the JSON request body
   * @param namespace the {@code X-Namespace} header, or null
   * @return the JSON response body
   * @throws CodecRequestException when the body or a payload cannot be read
   */
  public String decode(String body, @Nullable String namespace) {
    return apply(body, namespace, "decoded", PayloadCodec::decode);
  }

  /** Returns a {@code {"message": ...}} body. */
  public static String errorBody(String message) {
    Struct error =
        Struct.newBuilder()
            .putFields("message", Value.newBuilder().setStringValue(message).build())
            .build();
    return print(error);
  }

  private String apply(
      String body,
      @Nullable String namespace,
      String verb,
      BiFunction<PayloadCodec, List<Payload>, List<Payload>> operation) {
    Payloads.Builder request = Payloads.newBuilder();
    try {
      PARSER.merge(body, request);
    } catch (InvalidProtocolBufferException | RuntimeException ex) {
      throw new CodecRequestException(
          "Request body is not a JSON Payloads message with base64 metadata and data: "
              + ex.getMessage(),
          ex);
    }
    PayloadCodec codec = this.codecs.withContext(new CodecServerSerializationContext(namespace));
    List<Payload> result;
    try {
      result = operation.apply(codec, request.getPayloadsList());
    } catch (RuntimeException ex) {
      // A codec failure is the caller's payload, not the server, at fault (wrong key, not ours).
      throw new CodecRequestException(
          "Payloads cannot be " + verb + " by this application's codecs: " + ex.getMessage(), ex);
    }
    return print(Payloads.newBuilder().addAllPayloads(result).build());
  }

  private static String print(com.google.protobuf.MessageOrBuilder message) {
    try {
      return PRINTER.print(message);
    } catch (InvalidProtocolBufferException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
