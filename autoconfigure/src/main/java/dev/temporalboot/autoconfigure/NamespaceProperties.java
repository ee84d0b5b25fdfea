package dev.temporalboot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * One entry of {@code temporal.namespaces}: another namespace this application uses, keyed by its
 * alias, the qualifier of its beans and its name in health and the actuator.
 */
public class NamespaceProperties {

  /** Temporal namespace; unset uses the alias. */
  private @Nullable String namespace;

  private final Connection connection = new Connection();

  /** Workers polling this namespace, as temporal.workers for the primary one. */
  private List<WorkerProperties> workers = new ArrayList<>();

  /**
   * Start options of new executions in this namespace per workflow interface, as temporal.workflows
   * for the primary one.
   */
  private Map<String, WorkflowProperties> workflows = new LinkedHashMap<>();

  public @Nullable String getNamespace() {
    return this.namespace;
  }

  public void setNamespace(@Nullable String namespace) {
    this.namespace = namespace;
  }

  /**
   * Returns the Temporal namespace of this entry.
   *
   * @param alias the entry's alias, the namespace when none is set
   * @return the namespace
   */
  String namespaceOr(String alias) {
    return StringUtils.hasText(this.namespace) ? this.namespace.trim() : alias;
  }

  public Connection getConnection() {
    return this.connection;
  }

  public List<WorkerProperties> getWorkers() {
    return this.workers;
  }

  public void setWorkers(List<WorkerProperties> workers) {
    this.workers = workers;
  }

  public Map<String, WorkflowProperties> getWorkflows() {
    return this.workflows;
  }

  public void setWorkflows(Map<String, WorkflowProperties> workflows) {
    this.workflows = workflows;
  }

  /**
   * Where and how to reach this namespace. Every key left unset is taken from temporal.connection;
   * with no key set, the namespace shares the primary one's connection.
   */
  public static class Connection {

    /** Temporal frontend as host:port; unset uses temporal.connection's. */
    private @Nullable String target;

    /** Identity of this namespace's client and workers; unset uses temporal.connection's. */
    private @Nullable String identity;

    /** API key sent as a bearer token; unset uses temporal.connection's. */
    private @Nullable String apiKey;

    /** Timeout of ordinary calls; unset uses temporal.connection's. */
    private @Nullable Duration rpcTimeout;

    /**
     * Whether to refuse to start when this server is unreachable; unset uses temporal.connection's.
     */
    private @Nullable Boolean failFast;

    /**
     * TLS towards this server. The key material (bundle, or certificate and private key, and the
     * certificates to trust) is taken from temporal.connection.tls only when none is set here.
     */
    private final TemporalProperties.Tls tls = new TemporalProperties.Tls();

    public @Nullable String getTarget() {
      return this.target;
    }

    public void setTarget(@Nullable String target) {
      this.target = target;
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

    public @Nullable Duration getRpcTimeout() {
      return this.rpcTimeout;
    }

    public void setRpcTimeout(@Nullable Duration rpcTimeout) {
      this.rpcTimeout = rpcTimeout;
    }

    public @Nullable Boolean getFailFast() {
      return this.failFast;
    }

    public void setFailFast(@Nullable Boolean failFast) {
      this.failFast = failFast;
    }

    public TemporalProperties.Tls getTls() {
      return this.tls;
    }
  }
}
