package dev.temporalboot.connection;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A throw-away PKI written as PEM files (keys in PKCS#8): one CA, a server certificate for {@code
 * localhost} and 127.0.0.1, a server certificate for {@link #OTHER_SERVER_NAME} only, and a client
 * certificate for mutual TLS.
 */
public final class TestCertificates {

  /** The only name in {@link #otherNameServer()}, which 127.0.0.1 does not match. */
  static final String OTHER_SERVER_NAME = "temporal.tls.test";

  private static final AtomicLong serials = new AtomicLong(System.currentTimeMillis());

  private final Path ca;

  private final Identity server;

  private final Identity otherNameServer;

  private final Identity client;

  private TestCertificates(Path ca, Identity server, Identity otherNameServer, Identity client) {
    this.ca = ca;
    this.server = server;
    this.otherNameServer = otherNameServer;
    this.client = client;
  }

  /** Generates the CA and its certificates into {@code directory}. */
  public static TestCertificates generate(Path directory) throws Exception {
    KeyPair caKeys = newKeyPair();
    X500Name caName = new X500Name("CN=Temporal Boot Test CA");
    X509v3CertificateBuilder caBuilder = builder(caName, caName, caKeys);
    caBuilder
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
        .addExtension(
            Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
        .addExtension(
            Extension.subjectKeyIdentifier,
            false,
            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(caKeys.getPublic()));
    X509Certificate caCertificate = sign(caBuilder, caKeys.getPrivate());
    Path ca = writeCertificate(directory.resolve("ca.pem"), caCertificate);
    GeneralNames localhost =
        new GeneralNames(
            new GeneralName[] {
              new GeneralName(GeneralName.dNSName, "localhost"),
              new GeneralName(GeneralName.iPAddress, "127.0.0.1")
            });
    GeneralNames otherName =
        new GeneralNames(new GeneralName(GeneralName.dNSName, OTHER_SERVER_NAME));
    return new TestCertificates(
        ca,
        issue(directory, "server", caCertificate, caKeys, localhost, KeyPurposeId.id_kp_serverAuth),
        issue(directory, "other", caCertificate, caKeys, otherName, KeyPurposeId.id_kp_serverAuth),
        issue(directory, "client", caCertificate, caKeys, null, KeyPurposeId.id_kp_clientAuth));
  }

  /** The CA certificate that signed every other certificate here. */
  public Path ca() {
    return this.ca;
  }

  /** Server identity valid for {@code localhost} and 127.0.0.1. */
  public Identity server() {
    return this.server;
  }

  /** Server identity valid only for {@link #OTHER_SERVER_NAME}. */
  Identity otherNameServer() {
    return this.otherNameServer;
  }

  /** Client identity for mutual TLS. */
  public Identity client() {
    return this.client;
  }

  /** A certificate chain and its PKCS#8 private key, as PEM files. */
  public record Identity(Path certificate, Path privateKey) {}

  private static Identity issue(
      Path directory,
      String name,
      X509Certificate caCertificate,
      KeyPair caKeys,
      @Nullable GeneralNames subjectAlternativeNames,
      KeyPurposeId purpose)
      throws Exception {
    KeyPair keys = newKeyPair();
    X509v3CertificateBuilder builder =
        builder(
            X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()),
            new X500Name("CN=temporal-boot-" + name),
            keys);
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    builder
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
        .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
        .addExtension(
            Extension.authorityKeyIdentifier,
            false,
            extensions.createAuthorityKeyIdentifier(caCertificate));
    if (subjectAlternativeNames != null) {
      builder.addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames);
    }
    X509Certificate certificate = sign(builder, caKeys.getPrivate());
    return new Identity(
        writeCertificate(directory.resolve(name + ".pem"), certificate),
        writeKey(directory.resolve(name + ".key"), keys.getPrivate()));
  }

  private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
    Instant now = Instant.now();
    // Backdated a little so clock skew between certificate and handshake cannot matter.
    return new JcaX509v3CertificateBuilder(
        issuer,
        BigInteger.valueOf(serials.incrementAndGet()),
        Date.from(now.minus(Duration.ofHours(1))),
        Date.from(now.plus(Duration.ofDays(1))),
        subject,
        keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
  }

  // EC P-256: as good as RSA for the handshake, and key generation takes microseconds.
  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static Path writeCertificate(Path file, X509Certificate certificate) throws IOException {
    try (Writer out = Files.newBufferedWriter(file);
        JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(certificate);
    }
    return file;
  }

  private static Path writeKey(Path file, PrivateKey key) throws IOException {
    try (Writer out = Files.newBufferedWriter(file);
        JcaPEMWriter pem = new JcaPEMWriter(out)) {
      pem.writeObject(new JcaPKCS8Generator(key, null));
    }
    return file;
  }

  /** A Spring resource location for a file. */
  public static String location(Path file) {
    return "file:" + file.toAbsolutePath();
  }
}
