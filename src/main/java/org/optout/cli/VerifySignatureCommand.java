package org.optout.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.signing.SignatureReport;
import org.optout.signing.SignatureVerifier;
import org.optout.ui.Message;
import org.optout.ui.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout verify FILE.pdf}: checks a PDF's signatures. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the signatures of a PDF: signer, signing time, whether the document is intact and "
                + "whether the signature covers the whole file.",
                "Exit code 3 when a signature is broken, does not cover the file, or there is none."})
final class VerifySignatureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.pdf", description = "The PDF to check.")
    Path file;

    @picocli.CommandLine.Option(names = "--json", description = "As a JSON array, one object per signature: signer, "
            + "signed, format, intact, covers_whole_file, certificate_valid_when_signing; the keys are stable.")
    boolean json;

    /** One signature in {@code --json}. */
    record Json(String signer, java.time.Instant signed, String format, boolean intact, boolean coversWholeFile,
                boolean certificateValidWhenSigning) {
    }

    private final AppContext context;

    VerifySignatureCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<SignatureReport> reports = SignatureVerifier.verify(context.paths().resolve(file), file.toString());
        if (reports.isEmpty()) {
            throw AppException.invalidData(Message.of("verify.unsigned", file));
        }
        boolean good = reports.stream().allMatch(r -> r.intact() && r.coversWholeFile());
        if (json) {
            spec.commandLine().getOut().println(JsonOutput.of(reports.stream().map(r -> new Json(r.signer(),
                    r.signingTime(), r.subFilter(), r.intact(), r.coversWholeFile(), r.certificateValidAtSigning()))
                    .toList()));
        }
        for (SignatureReport r : json ? List.<SignatureReport>of() : reports) {
            Texts texts = context.texts();
            spec.commandLine().getOut().println(texts.get("verify.report", r.signer(), String.valueOf(r.signingTime()),
                    r.subFilter(), texts.get(r.intact() ? "verify.yes" : "verify.NO"),
                    texts.get(r.coversWholeFile() ? "verify.yes" : "verify.changed"),
                    texts.get(r.certificateValidAtSigning() ? "verify.yes" : "verify.no")));
        }
        if (!good) {
            spec.commandLine().getErr().println("optout: " + context.texts().get("verify.changed_after", file));
            return ExitCode.INVALID_DATA.code();
        }
        return 0;
    }
}
