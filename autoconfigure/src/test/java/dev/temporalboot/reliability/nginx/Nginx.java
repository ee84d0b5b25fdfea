package dev.temporalboot.reliability.nginx;

import static org.awaitility.Awaitility.await;

import dev.temporalboot.connection.TestCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A real nginx, run as a child process with its own configuration in a temporary directory, that
 * terminates TLS on a free loopback port and proxies gRPC to a plain-text server.
 */
final class Nginx implements AutoCloseable {

  static final String API_KEY = "s3cret";

  private static final String INSTALL =
      "apt-get install -y nginx-light (or nginx), as .ci/run does";

  private final Process process;

  private final int port;

  private final Path directory;

  private Nginx(Process process, int port, Path directory) {
    this.process = process;
    this.port = port;
    this.directory = directory;
  }

  /**
   * Returns the nginx binary. Without one the test is skipped on a developer machine and fails on
   * CI ({@code CI=true}), where .ci/run installs it.
   */
  static Path binary() {
    Optional<Path> binary =
        Stream.concat(
                Stream.of(Path.of("/usr/sbin/nginx")),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                    .filter((dir) -> !dir.isBlank())
                    .map((dir) -> Path.of(dir, "nginx")))
            .filter(Files::isExecutable)
            .findFirst();
    if (binary.isEmpty()) {
      String message = "nginx is not installed (neither /usr/sbin/nginx nor on PATH): " + INSTALL;
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.assumeTrue(false, message);
    }
    return binary.get();
  }

  /** How nginx treats the clients it proxies. */
  record Options(boolean requireClientCertificate, @Nullable String requiredApiKey) {

    static Options tls() {
      return new Options(false, null);
    }

    static Options mutualTls() {
      return new Options(true, null);
    }

    static Options apiKey() {
      return new Options(false, API_KEY);
    }
  }

  /** Starts nginx in {@code directory}, proxying to {@code 127.0.0.1:upstreamPort}. */
  static Nginx start(
      Path directory, TestCertificates certificates, Options options, int upstreamPort)
      throws IOException {
    Path binary = binary();
    int port = freePort();
    Path conf = directory.resolve("nginx.conf");
    Files.writeString(conf, configuration(directory, certificates, options, port, upstreamPort));
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "-p",
                directory.toString(),
                "-c",
                conf.toString(),
                "-e",
                directory.resolve("error.log").toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("nginx.out").toFile())
            .start();
    Nginx nginx = new Nginx(process, port, directory);
    try {
      await("nginx accepting on 127.0.0.1:" + port)
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(50))
          .until(nginx::accepts);
    } catch (RuntimeException | Error ex) {
      nginx.close();
      throw new IllegalStateException("nginx did not start: " + nginx.errorLog(), ex);
    }
    return nginx;
  }

  private static String configuration(
      Path directory, TestCertificates certificates, Options options, int port, int upstreamPort) {
    StringBuilder server = new StringBuilder();
    // "listen ... http2", not "http2 on" (nginx 1.25.1+): Debian 12 ships 1.22; newer ones warn.
    server.append(
        """
            listen 127.0.0.1:%d ssl http2;
            ssl_certificate %s;
            ssl_certificate_key %s;
        """
            .formatted(
                port, certificates.server().certificate(), certificates.server().privateKey()));
    if (options.requireClientCertificate()) {
      server.append(
          """
              ssl_verify_client on;
              ssl_client_certificate %s;
          """
              .formatted(certificates.ca()));
    }
    String authorization =
        (options.requiredApiKey() == null)
            ? ""
            : """
                    if ($http_authorization != "Bearer %s") { return 401; }
            """
                .formatted(options.requiredApiKey());
    // Long polls last about a minute: the proxy's read timeout must outlast them.
    return """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        events { worker_connections 128; }
        http {
          log_format grpc '$request_uri $status "$http_authorization"';
          access_log %1$s/access.log grpc;
          client_body_temp_path %1$s/client_body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          server {
        %2$s
            location / {
        %3$s
              grpc_read_timeout 5m;
              grpc_send_timeout 5m;
              grpc_pass grpc://127.0.0.1:%4$d;
            }
          }
        }
        """
        .formatted(directory, server, authorization, upstreamPort);
  }

  /** The target to configure: by host name, which the server certificate names. */
  String target() {
    return "localhost:" + this.port;
  }

  /** Each proxied call as logged by nginx: path, HTTP status and the authorization header. */
  List<String> accessLog() {
    try {
      Path log = this.directory.resolve("access.log");
      return Files.exists(log) ? Files.readAllLines(log) : List.of();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  String errorLog() {
    try {
      Path log = this.directory.resolve("error.log");
      Path out = this.directory.resolve("nginx.out");
      return (Files.exists(log) ? Files.readString(log) : "")
          + (Files.exists(out) ? Files.readString(out) : "");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private boolean accepts() {
    if (!this.process.isAlive()) {
      throw new IllegalStateException("nginx exited with " + this.process.exitValue());
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 500);
      return true;
    } catch (IOException ex) {
      return false;
    }
  }

  /** Stops the master (SIGTERM: it stops its workers), then makes sure no worker is left. */
  @Override
  public void close() {
    List<ProcessHandle> children = this.process.descendants().toList();
    this.process.destroy();
    try {
      if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
        this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
