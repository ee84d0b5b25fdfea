package dev.temporalboot.internal.embedded;

import java.net.BindException;

/**
 * Recognizes a bind failure caused by a port in use. gRPC's Netty server reports it as a {@link
 * BindException} with the NIO transport, but its native epoll transport (used on Linux) throws
 * Netty's own {@code NativeIoException}, whose only sign is the OS's text "Address already in use":
 * the text is the fallback. {@code PortInUseTests} binds a taken port and fails if neither sign is
 * left.
 */
final class PortInUse {

  private static final String OS_MESSAGE = "Address already in use";

  private PortInUse() {}

  /** Returns whether the failure, or one of its causes, says the port is taken. */
  static boolean isCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException
          || String.valueOf(cause.getMessage()).contains(OS_MESSAGE)) {
        return true;
      }
    }
    return false;
  }
}
