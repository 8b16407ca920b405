package org.optout.signing;

import java.time.Instant;

/** Signs PDFs. One implementation per signature mechanism. */
public interface Signer {

    /**
     * Returns {@code pdf} with a signature added.
     *
     * @param signingTime the claimed time of signing, recorded in the signature
     * @param reason why the document is signed, shown by PDF readers
     */
    byte[] sign(byte[] pdf, SigningKey key, Instant signingTime, String reason);
}
