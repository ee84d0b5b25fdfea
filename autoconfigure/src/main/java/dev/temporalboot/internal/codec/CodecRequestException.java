package dev.temporalboot.internal.codec;

/** A codec-server request that cannot be served; its message is sent to the caller. */
class CodecRequestException extends RuntimeException {

  public CodecRequestException(String message) {
    super(message);
  }

  public CodecRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
