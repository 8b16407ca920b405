package org.optout.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.optout.AppException;
import org.optout.files.PrivateFiles;
import org.optout.ui.Message;

/**
 * Reads and creates the PKCS#12 files that hold a signing key. Created keys are RSA 3072 with a self-signed
 * certificate: RSA because every PDF reader verifies it, 3072 bits for security beyond 2030 (ANSSI, BSI).
 */
public final class KeyStoreFile {
    private static final String ALIAS = "optout";
    private static final int RSA_BITS = 3072;
    private static final int YEARS_VALID = 3;

    private KeyStoreFile() {
    }

    /**
     * Loads the first private key of a PKCS#12 file and its certificate chain.
     *
     * @param option how the file was named on the command line, e.g. "--sign-p12", for error messages
     */
    public static SigningKey load(Path p12, char[] password, String option) {
        KeyStore store = read(p12, password, option);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    return new SigningKey(privateKey, x509(chain, p12, option));
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw AppException.invalidData(Message.of("key.wrong_password", option, p12), e);
        } catch (GeneralSecurityException e) {
            throw AppException.invalidData(Message.of("key.unreadable", option, p12, e.getMessage()), e);
        }
        throw AppException.invalidData(Message.of("key.no_private_key", option, p12));
    }

    /**
     * Creates a new RSA key with a self-signed certificate for {@code commonName}, valid from a day before the
     * clock's now (so that a slightly slow clock elsewhere does not see it as not yet valid) for three years,
     * and writes both to {@code p12} (owner-only) protected by {@code password}. Never overwrites a file.
     */
    public static SigningKey create(Path p12, String commonName, char[] password, Clock clock) {
        if (commonName == null || commonName.isBlank()) {
            throw AppException.invalidData(Message.of("key.no_name", p12));
        }
        if (password == null || password.length == 0) {
            throw AppException.invalidData(Message.of("key.no_password", p12));
        }
        if (Files.exists(p12)) {
            throw AppException.invalidData(Message.of("key.exists", p12));
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(pair, commonName.strip(), clock.instant());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            PrivateFiles.write(p12, out.toByteArray());
            return new SigningKey(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create a signing key: " + e.getMessage(), e);
        }
    }

    private static KeyStore read(Path p12, char[] password, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p12);
        } catch (NoSuchFileException e) {
            throw AppException.invalidData(Message.of("file.not_found", option, p12), e);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("file.cannot_read", option, p12, PrivateFiles.why(e)), e);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException e) {
            // The JDK reports a failed integrity check (the password) as an IOException caused by this exception.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw AppException.invalidData(Message.of("key.wrong_password", option, p12), e);
            }
            throw AppException.invalidData(Message.of("key.not_pkcs12", option, p12, e.getMessage()), e);
        } catch (GeneralSecurityException e) {
            throw AppException.invalidData(Message.of("key.not_pkcs12", option, p12, e.getMessage()), e);
        }
    }

    private static List<X509Certificate> x509(Certificate[] chain, Path p12, String option) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : chain) {
            if (!(certificate instanceof X509Certificate x509)) {
                throw AppException.invalidData(Message.of("key.not_x509", option, p12));
            }
            certificates.add(x509);
        }
        return certificates;
    }

    private static X509Certificate selfSigned(KeyPair pair, String commonName, Instant now)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        Instant notBefore = now.minus(Duration.ofDays(1));
        Instant notAfter = now.atZone(ZoneOffset.UTC).plusYears(YEARS_VALID).toInstant();
        // RFC 5280: a positive serial of at most 20 octets, unpredictable so that no two certificates share one.
        BigInteger serial = new BigInteger(64, new SecureRandom()).add(BigInteger.ONE);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial, Date.from(notBefore),
                Date.from(notAfter), subject, pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        extensions.createSubjectKeyIdentifier(pair.getPublic()));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }
}
