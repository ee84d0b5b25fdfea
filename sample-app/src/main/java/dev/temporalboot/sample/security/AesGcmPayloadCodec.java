package dev.temporalboot.sample.security;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts every payload (workflow and activity inputs and results, signals, memos) with AES-GCM
 * before it leaves the app, so the Temporal server stores only ciphertext. As a bean, Temporal Boot
 * chains it into the client and the workers. Payloads it did not encrypt pass through, so histories
 * recorded before it was turned on still replay.
 */
@Component
public class AesGcmPayloadCodec implements PayloadCodec {

  static final ByteString ENCODING = ByteString.copyFromUtf8("binary/encrypted");

  static final String KEY_ID = "encryption-key-id";

  private static final int NONCE_BYTES = 12;

  private static final int TAG_BITS = 128;

  private final SecretKey key;

  private final String keyId;

  private final SecureRandom random = new SecureRandom();

  public AesGcmPayloadCodec(
      @Value("${sample.encryption.key}") String base64Key,
      @Value("${sample.encryption.key-id}") String keyId) {
    byte[] bytes = Base64.getDecoder().decode(base64Key);
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      throw new IllegalArgumentException(
          "sample.encryption.key must be a base64 AES key of 16, 24 or 32 bytes, not "
              + bytes.length);
    }
    this.key = new SecretKeySpec(bytes, "AES");
    this.keyId = keyId;
  }

  @Override
  public List<Payload> encode(List<Payload> payloads) {
    return payloads.stream().map(this::encrypt).toList();
  }

  @Override
  public List<Payload> decode(List<Payload> payloads) {
    return payloads.stream().map(this::decrypt).toList();
  }

  private Payload encrypt(Payload payload) {
    byte[] nonce = new byte[NONCE_BYTES];
    this.random.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, payload.toByteArray());
    return Payload.newBuilder()
        .putMetadata(EncodingKeys.METADATA_ENCODING_KEY, ENCODING)
        .putMetadata(KEY_ID, ByteString.copyFromUtf8(this.keyId))
        .setData(
            ByteString.copyFrom(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array()))
        .build();
  }

  private Payload decrypt(Payload payload) {
    if (!ENCODING.equals(payload.getMetadataMap().get(EncodingKeys.METADATA_ENCODING_KEY))) {
      return payload;
    }
    String usedKey = payload.getMetadataOrDefault(KEY_ID, ByteString.EMPTY).toStringUtf8();
    if (!this.keyId.equals(usedKey)) {
      throw new PayloadCodecException(
          "Payload encrypted with key '" + usedKey + "', but this app has '" + this.keyId + "'");
    }
    byte[] data = payload.getData().toByteArray();
    byte[] nonce = java.util.Arrays.copyOfRange(data, 0, NONCE_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(data, NONCE_BYTES, data.length);
    try {
      return Payload.parseFrom(cipher(Cipher.DECRYPT_MODE, nonce, sealed));
    } catch (InvalidProtocolBufferException ex) {
      throw new PayloadCodecException(ex);
    }
  }

  private byte[] cipher(int mode, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException ex) {
      throw new PayloadCodecException(ex);
    }
  }
}
