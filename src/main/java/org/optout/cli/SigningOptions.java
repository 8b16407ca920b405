package org.optout.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.optout.AppException;
import org.optout.signing.KeyStoreFile;
import org.optout.signing.PadesSigner;
import org.optout.signing.SigningKey;
import picocli.CommandLine.Option;

/** {@code --sign-p12 FILE}: sign the PDFs written (PAdES baseline B) with a key from a PKCS#12 file. */
final class SigningOptions {
    static final String PASSWORD_VARIABLE = "OPTOUT_P12_PASSWORD";

    @Option(names = "--sign-p12", paramLabel = "FILE",
            description = "Sign the PDF (PAdES) with this PKCS#12 key; password from OPTOUT_P12_PASSWORD or a prompt.")
    Path p12;

    /** What to apply to each PDF before it is written: a signature, or nothing without --sign-p12. */
    UnaryOperator<byte[]> seal(AppContext context, PrintWriter err) {
        if (p12 == null) {
            return UnaryOperator.identity();
        }
        SigningKey key = KeyStoreFile.load(context.paths().resolve(p12), password(context, "--sign-p12"), "--sign-p12");
        Instant now = context.clock().instant();
        if (key.expiredAt(now)) {
            err.println("optout: warning: --sign-p12: the certificate of " + key.signerName() + " is not valid on "
                    + now + " (expired or not yet valid): the signature will show it");
        }
        PadesSigner signer = new PadesSigner();
        return pdf -> signer.sign(pdf, key, now, "Signed with optout by " + key.signerName());
    }

    /** The keystore password: from the environment, else asked on the terminal. */
    static char[] password(AppContext context, String option) {
        String fromEnv = context.env().get(PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] typed = context.passwords().ask("Password of the PKCS#12 key: ");
        if (typed == null) {
            throw AppException.invalidData(option + ": no terminal to ask the password on; set " + PASSWORD_VARIABLE);
        }
        return typed;
    }
}
