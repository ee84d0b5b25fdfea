package dev.temporalboot.bench.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatencyProxyTests {

  private static final Duration ONE_WAY = Duration.ofMillis(40);

  @Test
  void bytesPassUnchangedInOrderAndEachRoundTripTakesTwiceTheDelayAtLeast() throws Exception {
    try (ServerSocket echo = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        LatencyProxy proxy = LatencyProxy.start("127.0.0.1:" + echo.getLocalPort(), ONE_WAY)) {
      Thread server = new Thread(() -> echoOnce(echo));
      server.setDaemon(true);
      server.start();
      String target = proxy.target();
      try (Socket client =
          new Socket(
              InetAddress.getLoopbackAddress(),
              Integer.parseInt(target.substring(target.indexOf(':') + 1)))) {
        OutputStream out = client.getOutputStream();
        DataInputStream in = new DataInputStream(client.getInputStream());
        for (String message : new String[] {"first", "second, a little longer", "third"}) {
          byte[] sent = message.getBytes(StandardCharsets.UTF_8);
          long begin = System.nanoTime();
          out.write(sent);
          out.flush();
          byte[] received = new byte[sent.length];
          in.readFully(received);
          long roundTrip = System.nanoTime() - begin;
          assertArrayEquals(sent, received, message);
          // Only a lower bound: a busy machine may add to it, never take from it.
          assertTrue(
              roundTrip >= 2 * ONE_WAY.toNanos(),
              message + " came back after " + roundTrip / 1_000_000 + " ms");
        }
      }
    }
  }

  private static void echoOnce(ServerSocket echo) {
    try (Socket socket = echo.accept();
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream()) {
      byte[] buffer = new byte[1024];
      int read;
      while ((read = in.read(buffer)) > 0) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException ex) {
      // the test closed the connection
    }
  }
}
