package dev.temporalboot.autoconfigure;

import dev.temporalboot.internal.client.PayloadJsonMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration of Temporal Boot, under the {@code temporal} prefix. Unknown keys and bad values
 * fail startup by name ({@code validation.TemporalPropertiesValidator}).
 */
@ConfigurationProperties(prefix = "temporal")
public class TemporalProperties {

  /** Whether Temporal Boot is enabled; false switches the whole starter off. */
  private boolean enabled = true;

  /** Whether this application runs workers; false gives a client-only application. */
  private boolean workersEnabled = true;

  /**
   * Whether the schedules of temporal.schedules are checked against the workflows and reconciled
   * with the server; false leaves them as declared (their values are still checked), e.g. for an
   * application run as a development server for others.
   */
  private boolean schedulesEnabled = true;

  private final Connection connection = new Connection();

  private final Embedded embedded = new Embedded();

  private final Shutdown shutdown = new Shutdown();

  private final DataConverter dataConverter = new DataConverter();

  @NestedConfigurationProperty private final LoggingProperties logging = new LoggingProperties();

  @NestedConfigurationProperty private final TracingProperties tracing = new TracingProperties();

  @NestedConfigurationProperty
  private final CodecServerProperties codecServer = new CodecServerProperties();

  @NestedConfigurationProperty private final NexusProperties nexus = new NexusProperties();

  /** Workers to run, each polling one task queue, with its options. */
  private List<WorkerProperties> workers = new ArrayList<>();

  /**
   * Options of activity stubs, by 'default' or by activity interface (simple name, or fully
   * qualified in brackets: [com.acme.PaymentActivities]).
   */
  private Map<String, ActivityProperties> activities = new LinkedHashMap<>();

  /**
   * Start options of new executions per workflow interface, keyed by its simple or fully qualified
   * name (in brackets: [com.acme.OrderWorkflow]).
   */
  private Map<String, WorkflowProperties> workflows = new LinkedHashMap<>();

  /**
   * Further namespaces, by alias (the qualifier of their beans, e.g. @Qualifier("billing")), each
   * with its own connection, workers and workflow start options.
   */
  private Map<String, NamespaceProperties> namespaces = new LinkedHashMap<>();

  /**
   * Schedules of the primary namespace by schedule id: created at start-up when missing, updated
   * when this application created them and their entry changed, never touched otherwise.
   */
  private Map<String, ScheduleProperties> schedules = new LinkedHashMap<>();

  public boolean isEnabled() {
    return this.enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isWorkersEnabled() {
    return this.workersEnabled;
  }

  public void setWorkersEnabled(boolean workersEnabled) {
    this.workersEnabled = workersEnabled;
  }

  public boolean isSchedulesEnabled() {
    return this.schedulesEnabled;
  }

  public void setSchedulesEnabled(boolean schedulesEnabled) {
    this.schedulesEnabled = schedulesEnabled;
  }

  public Connection getConnection() {
    return this.connection;
  }

  public Embedded getEmbedded() {
    return this.embedded;
  }

  public Shutdown getShutdown() {
    return this.shutdown;
  }

  public DataConverter getDataConverter() {
    return this.dataConverter;
  }

  public LoggingProperties getLogging() {
    return this.logging;
  }

  public TracingProperties getTracing() {
    return this.tracing;
  }

  public CodecServerProperties getCodecServer() {
    return this.codecServer;
  }

  public NexusProperties getNexus() {
    return this.nexus;
  }

  public List<WorkerProperties> getWorkers() {
    return this.workers;
  }

  public void setWorkers(List<WorkerProperties> workers) {
    this.workers = workers;
  }

  public Map<String, ActivityProperties> getActivities() {
    return this.activities;
  }

  public void setActivities(Map<String, ActivityProperties> activities) {
    this.activities = activities;
  }

  public Map<String, WorkflowProperties> getWorkflows() {
    return this.workflows;
  }

  public void setWorkflows(Map<String, WorkflowProperties> workflows) {
    this.workflows = workflows;
  }

  public Map<String, NamespaceProperties> getNamespaces() {
    return this.namespaces;
  }

  public void setNamespaces(Map<String, NamespaceProperties> namespaces) {
    this.namespaces = namespaces;
  }

  public Map<String, ScheduleProperties> getSchedules() {
    return this.schedules;
  }

  public void setSchedules(Map<String, ScheduleProperties> schedules) {
    this.schedules = schedules;
  }

  /** Where and how to connect to the Temporal service. */
  public static class Connection {

    /** Temporal frontend as host:port; unset runs the embedded server when it is available. */
    private @Nullable String target;

    /** Temporal namespace the client and workers use. */
    private String namespace = "default";

    /** Identity of this client and its workers; unset uses the SDK's pid@host. */
    private @Nullable String identity;

    /** API key sent as a bearer token; implies TLS unless tls.enabled is false. */
    private @Nullable String apiKey;

    /** Timeout of ordinary (non long-poll) calls to the Temporal service. */
    private Duration rpcTimeout = Duration.ofSeconds(10);

    /** Whether to refuse to start when the Temporal service is unreachable. */
    private boolean failFast = false;

    private final Tls tls = new Tls();

    public @Nullable String getTarget() {
      return this.target;
    }

    public void setTarget(@Nullable String target) {
      this.target = target;
    }

    public String getNamespace() {
      return this.namespace;
    }

    public void setNamespace(String namespace) {
      this.namespace = namespace;
    }

    public @Nullable String getIdentity() {
      return this.identity;
    }

    public void setIdentity(@Nullable String identity) {
      this.identity = identity;
    }

    public @Nullable String getApiKey() {
      return this.apiKey;
    }

    public void setApiKey(@Nullable String apiKey) {
      this.apiKey = apiKey;
    }

    public Duration getRpcTimeout() {
      return this.rpcTimeout;
    }

    public void setRpcTimeout(Duration rpcTimeout) {
      this.rpcTimeout = rpcTimeout;
    }

    public boolean isFailFast() {
      return this.failFast;
    }

    public void setFailFast(boolean failFast) {
      this.failFast = failFast;
    }

    public Tls getTls() {
      return this.tls;
    }
  }

  /** TLS towards the Temporal service: an SSL bundle or PEM files. */
  public static class Tls {

    /**
     * Whether to use TLS; unset means on when an API key, a bundle or a certificate is configured.
     */
    private @Nullable Boolean enabled;

    /**
     * Name of a Spring Boot SSL bundle (spring.ssl.bundle.*) holding the key and trust material.
     */
    private @Nullable String bundle;

    /** PEM client certificate chain, for mutual TLS. */
    private @Nullable String certificate;

    /** PEM private key (PKCS#8) of the client certificate, for mutual TLS. */
    private @Nullable String privateKey;

    /** PEM certificate(s) to trust for the server; unset uses the JVM's trust store. */
    private @Nullable String trustCertificate;

    /** Server name expected in the server's certificate (SNI and authority override). */
    private @Nullable String serverName;

    public @Nullable Boolean getEnabled() {
      return this.enabled;
    }

    public void setEnabled(@Nullable Boolean enabled) {
      this.enabled = enabled;
    }

    public @Nullable String getBundle() {
      return this.bundle;
    }

    public void setBundle(@Nullable String bundle) {
      this.bundle = bundle;
    }

    public @Nullable String getCertificate() {
      return this.certificate;
    }

    public void setCertificate(@Nullable String certificate) {
      this.certificate = certificate;
    }

    public @Nullable String getPrivateKey() {
      return this.privateKey;
    }

    public void setPrivateKey(@Nullable String privateKey) {
      this.privateKey = privateKey;
    }

    public @Nullable String getTrustCertificate() {
      return this.trustCertificate;
    }

    public void setTrustCertificate(@Nullable String trustCertificate) {
      this.trustCertificate = trustCertificate;
    }

    public @Nullable String getServerName() {
      return this.serverName;
    }

    public void setServerName(@Nullable String serverName) {
      this.serverName = serverName;
    }
  }

  /** In-process Temporal server, used when no connection target is set. */
  public static class Embedded {

    /** Whether to run the embedded server: auto runs it when no target is set. */
    private EmbeddedMode enabled = EmbeddedMode.AUTO;

    /** Port of the embedded server; 0 picks a free one, published as local.temporal.port. */
    private int port = 7233;

    /** Address the embedded server binds to; loopback by default, as it has no authentication. */
    private String address = "127.0.0.1";

    /**
     * Whether timers skip ahead while a client waits for a workflow result (tests); activities
     * still run in real time.
     */
    private boolean timeSkipping = false;

    /** Custom search attributes to register at start-up, as name: type (keyword, text, int...). */
    private Map<String, String> searchAttributes = new LinkedHashMap<>();

    public EmbeddedMode getEnabled() {
      return this.enabled;
    }

    public void setEnabled(EmbeddedMode enabled) {
      this.enabled = enabled;
    }

    public int getPort() {
      return this.port;
    }

    public void setPort(int port) {
      this.port = port;
    }

    public String getAddress() {
      return this.address;
    }

    public void setAddress(String address) {
      this.address = address;
    }

    public boolean isTimeSkipping() {
      return this.timeSkipping;
    }

    public void setTimeSkipping(boolean timeSkipping) {
      this.timeSkipping = timeSkipping;
    }

    public Map<String, String> getSearchAttributes() {
      return this.searchAttributes;
    }

    public void setSearchAttributes(Map<String, String> searchAttributes) {
      this.searchAttributes = searchAttributes;
    }
  }

  /** When to run the embedded server. */
  public enum EmbeddedMode {
    /** Run it when no connection target is set and the test server is on the classpath. */
    AUTO,
    /** Always run it; fails when the test server is not on the classpath. */
    TRUE,
    /** Never run it. */
    FALSE
  }

  /** Graceful shutdown of the workers. */
  public static class Shutdown {

    /** How long in-flight workflow and activity tasks may run on after polling stops. */
    private Duration gracePeriod = Duration.ofSeconds(30);

    public Duration getGracePeriod() {
      return this.gracePeriod;
    }

    public void setGracePeriod(Duration gracePeriod) {
      this.gracePeriod = gracePeriod;
    }
  }

  /** How payloads (arguments, results, signals) are converted. */
  public static class DataConverter {

    /**
     * Jackson mapper that writes payload JSON: auto (the application's Jackson 2 ObjectMapper bean,
     * else its Jackson 3 JsonMapper bean, else the SDK's), jackson, jackson2 or sdk.
     */
    private PayloadJsonMapper jsonMapper = PayloadJsonMapper.AUTO;

    public PayloadJsonMapper getJsonMapper() {
      return this.jsonMapper;
    }

    public void setJsonMapper(PayloadJsonMapper jsonMapper) {
      this.jsonMapper = jsonMapper;
    }
  }
}
