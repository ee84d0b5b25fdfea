package dev.temporalboot.internal.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** gRPC's Netty server still reports a port in use in a way {@link PortInUse} recognizes. */
class PortInUseTests {

  @Test
  void aTakenPortIsRecognizedAsInUse() throws IOException {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    try (ServerSocket taken = new ServerSocket(0, 1, loopback)) {
      Throwable failure =
          catchThrowable(
              () ->
                  NettyServerBuilder.forAddress(
                          new InetSocketAddress(loopback, taken.getLocalPort()))
                      .build()
                      .start()
                      .shutdownNow());

      assertThat(failure).as("Netty bound a port that is taken").isInstanceOf(IOException.class);
      assertThat(PortInUse.isCause(failure))
          .as(
              "gRPC's Netty server no longer reports a port in use as a BindException or with"
                  + " 'Address already in use' (it threw %s): PortInUse must change",
              failure)
          .isTrue();
    }
  }

  @Test
  void otherBindFailuresAreNotAPortInUse() {
    assertThat(
            PortInUse.isCause(new IOException("bind(..) failed: Cannot assign requested address")))
        .isFalse();
  }
}
