package org.optout.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.files.PrivateFiles;
import org.optout.letter.LetterWriter;
import org.optout.profile.Profile;
import org.optout.signing.Appearance;
import org.optout.signing.KeyStoreFile;
import org.optout.signing.PadesSigner;
import org.optout.signing.SigningKey;
import org.optout.ui.Message;
import picocli.CommandLine.Option;

/** {@code --sign-p12 FILE}: sign the PDFs written (PAdES baseline B) with a key from a PKCS#12 file. */
final class SigningOptions {
    static final String PASSWORD_VARIABLE = "OPTOUT_P12_PASSWORD";

    @Option(names = "--sign-p12", paramLabel = "FILE",
            description = "Sign the PDF (PAdES) with this PKCS#12 key; password from OPTOUT_P12_PASSWORD or a prompt.")
    Path p12;

    @Option(names = "--sign-visible", description = "With --sign-p12: also show the signature on the last page "
            + "(your handwritten image and \"signed electronically by … on …\").")
    boolean visible;

    /**
     * What to apply to each PDF before it is written: a signature, or nothing without --sign-p12.
     *
     * @param language the language of the visible signature's text
     */
    UnaryOperator<byte[]> seal(AppContext context, PrintWriter err, Profile profile, Language language) {
        if (p12 == null) {
            if (visible) {
                throw AppException.usage(Message.of("error.visible_needs_p12"));
            }
            return UnaryOperator.identity();
        }
        SigningKey key = KeyStoreFile.load(context.paths().resolve(p12), password(context, "--sign-p12"), "--sign-p12");
        Instant now = context.clock().instant();
        if (key.expiredAt(now)) {
            err.println(context.texts().get("warning.line", context.texts().get("warning.certificate_invalid",
                    key.signerName(), now.toString())));
        }
        PadesSigner signer = new PadesSigner();
        Appearance appearance = visible ? appearance(profile, language, LocalDate.now(context.clock())) : null;
        return pdf -> signer.sign(pdf, key, now, "Signed with optout by " + key.signerName(), appearance);
    }

    private static Appearance appearance(Profile profile, Language language, LocalDate today) {
        String date = LetterWriter.formatDate(today, language);
        String text = switch (language) {
            case FR -> "Signé électroniquement par " + profile.name() + " le " + date;
            case NL -> "Elektronisch ondertekend door " + profile.name() + " op " + date;
            case EN -> "Signed electronically by " + profile.name() + " on " + date;
            case DE -> "Elektronisch unterschrieben von " + profile.name() + " am " + date;
        };
        byte[] image = null;
        if (profile.signatureImage() != null) {
            try {
                image = Files.readAllBytes(profile.signatureImage());
            } catch (IOException e) {
                throw AppException.invalidData(Message.of("file.cannot_read", "profile field `signature_image`",
                        profile.signatureImage(), PrivateFiles.why(e)), e);
            }
        }
        return new Appearance(image, text);
    }

    /** The keystore password: from the environment, else asked on the terminal. */
    static char[] password(AppContext context, String option) {
        String fromEnv = context.env().get(PASSWORD_VARIABLE);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] typed = context.passwords().ask(context.texts().get("ask.key_password"));
        if (typed == null) {
            throw AppException.invalidData(Message.of("error.no_terminal", option, PASSWORD_VARIABLE));
        }
        return typed;
    }
}
