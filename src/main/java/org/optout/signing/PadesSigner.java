package org.optout.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * Signs PDFs as PAdES baseline B-B (ETSI EN 319 142-1): {@code /SubFilter ETSI.CAdES.detached}, a detached CMS
 * signature over SHA-256 with the signing-certificate-v2 attribute, and the claimed signing time in {@code /M}.
 * The signature is added as an incremental update, so the original PDF/A bytes stay untouched and the result
 * is still PDF/A. The signature is invisible unless an {@link Appearance} asks for a box on the last page.
 */
public final class PadesSigner implements Signer {
    /** Bytes reserved for the CMS signature: a 3072-bit RSA signature and a chain of a few certificates fit. */
    static final int CONTENTS_SIZE = 16 * 1024;

    /** Signs invisibly: the letter itself already shows the handwritten signature. */
    @Override
    public byte[] sign(byte[] pdf, SigningKey key, Instant signingTime, String reason) {
        return sign(pdf, key, signingTime, reason, null);
    }

    /**
     * Returns {@code pdf} with a signature added, shown in a box at the bottom right of the last page when
     * {@code appearance} is given.
     *
     * @param signingTime the claimed time of signing, recorded in the signature
     * @param reason why the document is signed, shown by PDF readers
     * @param appearance what the box shows, or {@code null} for an invisible signature
     */
    public byte[] sign(byte[] pdf, SigningKey key, Instant signingTime, String reason, Appearance appearance) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(signingTime, "signingTime");
        String algorithm = signatureAlgorithm(key);
        try (PDDocument document = load(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.signerName());
            if (reason != null && !reason.isBlank()) {
                signature.setReason(reason);
            }
            signature.setSignDate(calendar(signingTime));
            options.setPreferredSignatureSize(CONTENTS_SIZE);
            if (appearance != null) {
                options.setPage(document.getNumberOfPages() - 1);
            }
            document.addSignature(signature, content -> cms(content, key, algorithm), options);
            if (appearance != null) {
                VisibleSignature.show(document, signature, appearance);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * CONTENTS_SIZE + 4096);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            // In memory, this means a PDF structure PDFBox cannot rewrite or a signature larger than reserved.
            throw AppException.invalidData(Message.of("sign.failed", e.getMessage()), e);
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("sign.not_pdf", e.getMessage()), e);
        }
    }

    private static String signatureAlgorithm(SigningKey key) {
        return switch (key.privateKey().getAlgorithm().toUpperCase(Locale.ROOT)) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw AppException.invalidData(Message.of("sign.key_type", key.privateKey().getAlgorithm()));
        };
    }

    /** /M holds the signing time; whole seconds, in UTC, as a PDF date cannot carry more. */
    private static Calendar calendar(Instant signingTime) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTime(Date.from(signingTime.truncatedTo(ChronoUnit.SECONDS)));
        return calendar;
    }

    /** The detached CMS SignedData over the bytes of the ByteRange, DER-encoded. */
    private static byte[] cms(InputStream content, SigningKey key, String algorithm) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            AttributeTable signed = new AttributeTable(signingCertificateV2(certificate));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(new BaselineAttributes(signed))
                            .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("cannot create the CMS signature: " + e.getMessage(), e);
        }
    }

    /**
     * ESS signing-certificate-v2 with the SHA-256 of the signer's certificate, which PAdES B-B requires so that
     * the certificate cannot be swapped. No issuerSerial: EN 319 122-1 advises leaving it out.
     */
    private static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash)});
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value));
    }

    /**
     * BouncyCastle's standard signed attributes minus two. signing-time: EN 319 142-1 forbids it in PAdES
     * baseline signatures (the claimed time goes in /M), and BouncyCastle would take it from the system clock.
     * CMS algorithm protection: optional, and some PAdES validators reject attributes they do not expect.
     */
    private static final class BaselineAttributes extends DefaultSignedAttributeTableGenerator {
        BaselineAttributes(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            table.remove(CMSAttributes.cmsAlgorithmProtect);
            return table;
        }
    }
}
