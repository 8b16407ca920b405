package org.optout.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.optout.AppException;
import org.optout.files.PrivateFiles;
import org.optout.ui.Message;

/**
 * Checks the signatures of a PDF: whether each still matches the bytes it signed, whether anything was appended
 * after it, and whether its certificate was valid when it claims to have been made. It does not decide whether
 * the certificate is trusted: optout's keys are self-signed, and the recipient judges the signer by the letter.
 */
public final class SignatureVerifier {
    /** Larger files are refused before they are read: a signed letter is well under a megabyte. */
    public static final long MAX_PDF_BYTES = 50L * 1024 * 1024;

    private SignatureVerifier() {
    }

    /**
     * Reads {@code file}, which must be a regular file of at most {@value #MAX_PDF_BYTES} bytes (a FIFO or a device
     * would block or never end), and reports on its signatures as {@link #verify(byte[], String)} does.
     *
     * @param label how to name the file in error messages, usually as the user gave it
     */
    public static List<SignatureReport> verify(Path file, String label) {
        return verify(read(file, label), label);
    }

    private static byte[] read(Path file, String label) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw AppException.invalidData(Message.of("verify.not_regular", label));
            }
            if (attributes.size() > MAX_PDF_BYTES) {
                throw tooLarge(label);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_PDF_BYTES + 1);
                if (bytes.length > MAX_PDF_BYTES) {
                    throw tooLarge(label);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("doc.cannot_read", label, PrivateFiles.why(e)), e);
        }
    }

    private static AppException tooLarge(String label) {
        return AppException.invalidData(Message.of("verify.too_large", label, MAX_PDF_BYTES / (1024 * 1024)));
    }

    /**
     * Reports on every signature of {@code pdf}, in document order; an empty list when it is unsigned.
     *
     * @param label how to name the file in error messages, usually its path
     */
    public static List<SignatureReport> verify(byte[] pdf, String label) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<SignatureReport> reports = new ArrayList<>();
            for (PDSignature signature : document.getSignatureDictionaries()) {
                reports.add(report(signature, pdf));
            }
            return reports;
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("verify.not_pdf", label, e.getMessage()), e);
        }
    }

    private static SignatureReport report(PDSignature signature, byte[] pdf) {
        Instant signingTime = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String subFilter = Objects.requireNonNullElse(signature.getSubFilter(), "");
        int[] range = signature.getByteRange();
        Cms cms = inRange(range, pdf.length) ? check(signedBytes(range, pdf), signature.getContents()) : Cms.BROKEN;
        boolean coversWholeFile = inRange(range, pdf.length) && range[0] == 0
                && (long) range[2] + range[3] == pdf.length;
        String signer = cms.certificate() != null ? SigningKey.signerName(cms.certificate())
                : Objects.requireNonNullElse(signature.getName(), "unknown signer");
        return new SignatureReport(signer, signingTime, cms.intact(), coversWholeFile, subFilter,
                validAt(cms.certificate(), signingTime));
    }

    /** A ByteRange is two (offset, length) pairs, in order, inside the file. */
    private static boolean inRange(int[] range, int fileLength) {
        if (range == null || range.length != 4) {
            return false;
        }
        for (int value : range) {
            if (value < 0) {
                return false;
            }
        }
        return (long) range[0] + range[1] <= range[2] && (long) range[2] + range[3] <= fileLength;
    }

    private static byte[] signedBytes(int[] range, byte[] pdf) {
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        return signed;
    }

    /** Verifies every SignerInfo against its certificate from the CMS and the signed bytes. */
    @SuppressWarnings("unchecked")
    private static Cms check(byte[] signedBytes, byte[] contents) {
        if (contents == null || contents.length == 0) {
            return Cms.BROKEN;
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), contentInfo(contents));
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate first = null;
            boolean intact = !cms.getSignerInfos().getSigners().isEmpty();
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
                if (matches.isEmpty()) {
                    intact = false;
                    continue;
                }
                X509Certificate certificate = converter.getCertificate(matches.iterator().next());
                first = first == null ? certificate : first;
                intact &= verifies(signer, certificate);
            }
            return new Cms(first, intact);
        } catch (CMSException | CertificateException | IOException | IllegalArgumentException ignored) {
            // Unparseable /Contents or certificate: the signature cannot be checked, so it is not intact.
            return Cms.BROKEN;
        }
    }

    /** /Contents is zero-padded to its reserved size, and BouncyCastle refuses bytes after the DER object. */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new IOException("empty /Contents");
            }
            // getInstance throws IllegalArgumentException when the object is not a ContentInfo.
            return ContentInfo.getInstance(object);
        }
    }

    private static boolean verifies(SignerInformation signer, X509Certificate certificate) {
        try {
            // Checks the signature value and that the message-digest attribute matches the signed bytes.
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (CMSException | OperatorCreationException ignored) {
            // A digest mismatch or an unusable key is reported by exception: either way, not intact.
            return false;
        }
    }

    private static boolean validAt(X509Certificate certificate, Instant signingTime) {
        if (certificate == null || signingTime == null) {
            return false;
        }
        Date when = Date.from(signingTime);
        return !when.before(certificate.getNotBefore()) && !when.after(certificate.getNotAfter());
    }

    /** What the CMS structure says: the signer's certificate (null when absent) and whether it verifies. */
    private record Cms(X509Certificate certificate, boolean intact) {
        static final Cms BROKEN = new Cms(null, false);
    }
}
