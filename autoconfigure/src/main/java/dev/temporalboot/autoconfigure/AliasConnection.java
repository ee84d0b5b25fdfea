package dev.temporalboot.autoconfigure;

import dev.temporalboot.connection.TemporalConnectionDetails;
import dev.temporalboot.diagnostics.InvalidTemporalPropertyException;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;

/**
 * The connection of one {@code temporal.namespaces} entry: its own keys over {@code
 * temporal.connection}'s, and with no target anywhere, the primary connection's target (the
 * embedded server, or the application's own {@link TemporalConnectionDetails}).
 */
final class AliasConnection {

  private final String prefix;

  private final NamespaceProperties.Connection own;

  private final TemporalProperties.Connection primary;

  /**
   * @param alias the entry's alias
   * @param own the entry's connection keys
   * @param primary {@code temporal.connection}
   */
  AliasConnection(
      String alias, NamespaceProperties.Connection own, TemporalProperties.Connection primary) {
    this.prefix = "temporal.namespaces." + alias + ".connection.";
    this.own = own;
    this.primary = primary;
  }

  /**
   * Returns whether the entry sets nothing that needs a channel of its own: then it shares the
   * primary namespace's.
   */
  boolean sharesPrimary() {
    TemporalProperties.Tls tls = this.own.getTls();
    return this.own.getTarget() == null
        && this.own.getApiKey() == null
        && this.own.getRpcTimeout() == null
        && this.own.getFailFast() == null
        && tls.getEnabled() == null
        && !hasMaterial(tls)
        && tls.getServerName() == null;
  }

  /** The identity of this namespace's clients and workers, or null for the SDK's. */
  @Nullable String identity() {
    String identity = pick(this.own.getIdentity(), this.primary.getIdentity());
    return StringUtils.hasText(identity) ? identity : null;
  }

  Duration rpcTimeout() {
    return Objects.requireNonNullElse(this.own.getRpcTimeout(), this.primary.getRpcTimeout());
  }

  boolean failFast() {
    return Objects.requireNonNullElse(this.own.getFailFast(), this.primary.isFailFast());
  }

  /**
   * Returns a key equal for every entry that may share one channel.
   *
   * @return target, credentials and timeouts as merged
   */
  String channelKey() {
    TemporalProperties.Connection merged = merged();
    TemporalProperties.Tls tls = merged.getTls();
    return String.join(
        "\u0000",
        String.valueOf(merged.getTarget()),
        String.valueOf(merged.getApiKey()),
        String.valueOf(merged.getRpcTimeout()),
        String.valueOf(merged.isFailFast()),
        String.valueOf(tls.getEnabled()),
        String.valueOf(tls.getBundle()),
        String.valueOf(tls.getCertificate()),
        String.valueOf(tls.getPrivateKey()),
        String.valueOf(tls.getTrustCertificate()),
        String.valueOf(tls.getServerName()));
  }

  /**
   * Returns the connection details of this namespace.
   *
   * @param namespace the Temporal namespace
   * @param primaryDetails the primary namespace's details, whose target is used when none is set
   * @param embedded whether the primary details are the embedded server's
   * @param resourceLoader reads PEM files
   * @param sslBundles the application's SSL bundles, if any
   * @return the details
   */
  TemporalConnectionDetails details(
      String namespace,
      TemporalConnectionDetails primaryDetails,
      boolean embedded,
      ResourceLoader resourceLoader,
      @Nullable SslBundles sslBundles) {
    TemporalProperties.Connection merged = merged();
    boolean ownTarget = StringUtils.hasText(merged.getTarget());
    if (!ownTarget && embedded) {
      checkNoCredentials(merged);
    }
    String tlsPrefix = hasMaterial(this.own.getTls()) ? this.prefix + "tls." : PemFiles.PREFIX;
    TemporalConnectionDetails.Tls tls =
        PropertiesTls.of(merged, tlsPrefix, resourceLoader, sslBundles);
    String target = ownTarget ? merged.getTarget() : primaryDetails.getTarget();
    String apiKey = StringUtils.hasText(merged.getApiKey()) ? merged.getApiKey() : null;
    String identity = identity();
    return new TemporalConnectionDetails() {
      @Override
      public String getTarget() {
        return Objects.requireNonNull(target);
      }

      @Override
      public String getNamespace() {
        return namespace;
      }

      @Override
      public @Nullable String getApiKey() {
        return apiKey;
      }

      @Override
      public TemporalConnectionDetails.@Nullable Tls getTls() {
        return tls;
      }

      @Override
      public @Nullable String getIdentity() {
        return identity;
      }
    };
  }

  /**
   * Merges key by key; the TLS material (bundle, certificate, private key, trust) as one: a bundle
   * here and PEM files there would make a mixture neither side wrote. A server name is tied to its
   * target, so it is not taken over to a target of this entry's own.
   */
  private TemporalProperties.Connection merged() {
    TemporalProperties.Connection merged = new TemporalProperties.Connection();
    merged.setTarget(pick(this.own.getTarget(), this.primary.getTarget()));
    merged.setIdentity(pick(this.own.getIdentity(), this.primary.getIdentity()));
    merged.setApiKey(pick(this.own.getApiKey(), this.primary.getApiKey()));
    merged.setRpcTimeout(rpcTimeout());
    merged.setFailFast(failFast());
    TemporalProperties.Tls own = this.own.getTls();
    TemporalProperties.Tls primaryTls = this.primary.getTls();
    TemporalProperties.Tls material = hasMaterial(own) ? own : primaryTls;
    TemporalProperties.Tls tls = merged.getTls();
    tls.setEnabled(pick(own.getEnabled(), primaryTls.getEnabled()));
    tls.setBundle(material.getBundle());
    tls.setCertificate(material.getCertificate());
    tls.setPrivateKey(material.getPrivateKey());
    tls.setTrustCertificate(material.getTrustCertificate());
    tls.setServerName(pick(own.getServerName(), primaryTls.getServerName()));
    return merged;
  }

  /**
   * Fails when a key of {@code temporal.connection} cannot hold for this entry: the server name of
   * the primary target when this entry names another target.
   */
  void checkInheritable() {
    String ownTarget = this.own.getTarget();
    String serverName = this.primary.getTls().getServerName();
    if (StringUtils.hasText(ownTarget)
        && !ownTarget.equals(this.primary.getTarget())
        && StringUtils.hasText(serverName)
        && this.own.getTls().getServerName() == null) {
      throw new InvalidTemporalPropertyException(
          this.prefix + "tls.server-name",
          "it is unset, and temporal.connection.tls.server-name ('"
              + serverName
              + "') names the certificate of temporal.connection.target, not of "
              + ownTarget
              + ".",
          "Set "
              + this.prefix
              + "tls.server-name to the name in "
              + ownTarget
              + "'s certificate, or to an empty value to use the target's host.");
    }
  }

  private void checkNoCredentials(TemporalProperties.Connection merged) {
    boolean apiKey = StringUtils.hasText(merged.getApiKey());
    if (apiKey || PropertiesTls.isEnabled(merged, this.prefix + "tls.")) {
      boolean ownKey = apiKey && this.own.getApiKey() != null;
      String key =
          apiKey
              ? (ownKey ? this.prefix + "api-key" : "temporal.connection.api-key")
              : this.prefix + "tls.enabled";
      throw new InvalidTemporalPropertyException(
          key,
          "it is set, but no target is (here or in temporal.connection), so this namespace would"
              + " use the embedded server, which has no TLS or authentication.",
          "Set " + this.prefix + "target to the server that needs it, or remove it.");
    }
  }

  private static boolean hasMaterial(TemporalProperties.Tls tls) {
    return tls.getBundle() != null
        || tls.getCertificate() != null
        || tls.getPrivateKey() != null
        || tls.getTrustCertificate() != null;
  }

  private static <T> @Nullable T pick(@Nullable T own, @Nullable T inherited) {
    return (own != null) ? own : inherited;
  }
}
