package org.optout.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A private key and its certificate chain, loaded from a PKCS#12 file.
 *
 * @param privateKey the key that signs
 * @param chain the signer's certificate first, then its issuers (one certificate when self-signed)
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs at least its own certificate");
        }
    }

    /** The signer's certificate: the first of the chain. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The common name (CN) of the signer's certificate subject, else the whole subject. */
    public String signerName() {
        return signerName(certificate());
    }

    /** Whether the signer's certificate is outside its validity period at {@code instant}. */
    public boolean expiredAt(Instant instant) {
        X509Certificate certificate = certificate();
        return certificate.getNotAfter().toInstant().isBefore(instant)
                || certificate.getNotBefore().toInstant().isAfter(instant);
    }

    /** The common name of {@code certificate}'s subject, else the whole subject; shared with the verifier. */
    static String signerName(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.CN)) {
            ASN1Encodable value = rdn.getFirst().getValue();
            return value instanceof ASN1String text ? text.getString() : value.toString();
        }
        return certificate.getSubjectX500Principal().getName();
    }
}
