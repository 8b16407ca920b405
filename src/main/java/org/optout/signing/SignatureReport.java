package org.optout.signing;

import java.time.Instant;

/**
 * What verification found out about one signature of a PDF.
 *
 * @param signer the common name of the signing certificate (the signature's /Name when no certificate is found)
 * @param signingTime the claimed time of signing (/M), or {@code null} when the signature has none
 * @param intact the CMS signature verifies and its message digest matches the signed bytes
 * @param coversWholeFile the signed byte range reaches the end of the file: nothing was appended after signing
 * @param subFilter the signature's /SubFilter, e.g. {@code ETSI.CAdES.detached}; empty when absent
 * @param certificateValidAtSigning the signing certificate was within its validity period at {@code signingTime}
 */
public record SignatureReport(String signer, Instant signingTime, boolean intact, boolean coversWholeFile,
                              String subFilter, boolean certificateValidAtSigning) {
}
