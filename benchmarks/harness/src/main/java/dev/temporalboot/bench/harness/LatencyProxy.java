package dev.temporalboot.bench.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on loopback that delivers every chunk it reads a fixed time later, each way: the
 * server as a worker in another data centre sees it, every round trip twice the delay longer. The
 * bytes pass unchanged, so it serves plain gRPC as TLS would; one connection's chunks keep their
 * order, since one writer per direction delivers them.
 */
final class LatencyProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final int upstreamPort;
  private final long delayNanos;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<ExecutorService> writers = new CopyOnWriteArrayList<>();

  private LatencyProxy(ServerSocket listener, int upstreamPort, Duration oneWay) {
    this.listener = listener;
    this.upstreamPort = upstreamPort;
    this.delayNanos = oneWay.toNanos();
  }

  /**
   * Starts accepting on a free loopback port.
   *
   * @param target the server's {@code host:port}, on loopback
   * @param oneWay the delay of each direction
   */
  static LatencyProxy start(String target, Duration oneWay) throws IOException {
    int port = Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
    LatencyProxy proxy =
        new LatencyProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), port, oneWay);
    Thread acceptor = new Thread(proxy::accept, "latency-proxy-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
    return proxy;
  }

  /** Where the worker connects instead of the server. */
  String target() {
    return "127.0.0.1:" + this.listener.getLocalPort();
  }

  private void accept() {
    while (!this.listener.isClosed()) {
      try {
        Socket client = this.listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), this.upstreamPort);
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        this.sockets.add(client);
        this.sockets.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException ex) {
        // closed, or the server went away: the worker sees its connection fail, as it would
      }
    }
  }

  private void pump(Socket from, Socket to) {
    ExecutorService writer = Executors.newSingleThreadExecutor(LatencyProxy::daemon);
    this.writers.add(writer);
    Thread reader =
        daemon(
            () -> {
              byte[] buffer = new byte[64 * 1024];
              try (InputStream in = from.getInputStream()) {
                OutputStream out = to.getOutputStream();
                int read;
                while ((read = in.read(buffer)) > 0) {
                  byte[] chunk = Arrays.copyOf(buffer, read);
                  long due = System.nanoTime() + this.delayNanos;
                  submit(writer, () -> deliver(out, chunk, due));
                }
              } catch (IOException ex) {
                // the connection closed
              }
              submit(writer, () -> closeQuietly(to));
            });
    reader.start();
  }

  private static void submit(ExecutorService writer, Runnable task) {
    try {
      writer.execute(task);
    } catch (RejectedExecutionException ex) {
      // the proxy closed: nothing is delivered any more
    }
  }

  private static void deliver(OutputStream out, byte[] chunk, long due) {
    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
      LockSupport.parkNanos(wait);
    }
    try {
      out.write(chunk);
      out.flush();
    } catch (IOException ex) {
      // the other side closed
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "latency-proxy-pump");
    thread.setDaemon(true);
    return thread;
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ex) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    this.listener.close();
    this.sockets.forEach(LatencyProxy::closeQuietly);
    this.writers.forEach(ExecutorService::shutdownNow);
  }
}
