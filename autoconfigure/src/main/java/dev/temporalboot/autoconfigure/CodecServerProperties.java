package dev.temporalboot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.unit.DataSize;

/** Codec server for the Temporal UI and CLI, under {@code temporal.codec-server}. */
public class CodecServerProperties {

  /** Whether to serve the application's PayloadCodec beans at {path}/encode and {path}/decode. */
  private boolean enabled = false;

  /** Path below which the encode and decode endpoints are served. */
  private String path = "/temporal/codec";

  /** Origins allowed to call the endpoints from a browser, such as the Temporal UI's. */
  private List<String> allowedOrigins = new ArrayList<>(List.of("http://localhost:8233"));

  /**
   * Whether to serve the endpoints without Spring Security on the classpath, to anyone who can
   * reach the application.
   */
  private boolean allowUnauthenticated = false;

  /** Largest request body accepted; larger requests are refused with a 400. */
  private DataSize maxRequestSize = DataSize.ofMegabytes(4);

  public boolean isEnabled() {
    return this.enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPath() {
    return this.path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public List<String> getAllowedOrigins() {
    return this.allowedOrigins;
  }

  public void setAllowedOrigins(List<String> allowedOrigins) {
    this.allowedOrigins = allowedOrigins;
  }

  public boolean isAllowUnauthenticated() {
    return this.allowUnauthenticated;
  }

  public void setAllowUnauthenticated(boolean allowUnauthenticated) {
    this.allowUnauthenticated = allowUnauthenticated;
  }

  public DataSize getMaxRequestSize() {
    return this.maxRequestSize;
  }

  public void setMaxRequestSize(DataSize maxRequestSize) {
    this.maxRequestSize = maxRequestSize;
  }
}
