package org.optout.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.optout.schema.YamlDocuments;
import org.optout.signing.KeyStoreFile;
import org.optout.signing.SigningKey;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout keygen}: a self-signed signing key in the profile's name. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Create a self-signed key (default: optout-signing.p12 in the current folder) and certificate in your profile's name (PKCS#12), for --sign-p12.",
                "It proves that a document was not changed after you signed it (integrity), not who you are "
                        + "(identity): for that, use a certificate from a qualified provider."})
final class GenerateKeyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOption profile;

    /** The key file's name. */
    static final String FILE_NAME = "optout-signing.p12";

    @ArgGroup(exclusive = true)
    OutputFile out;

    private final AppContext context;

    GenerateKeyCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String name = profile.load(context, new YamlDocuments()).name();
        Path target = OutputFile.resolve(out, context, FILE_NAME, context.paths().resolve(Path.of(FILE_NAME)));
        SigningKey key = KeyStoreFile.create(target, name, SigningOptions.password(context, "keygen"), context.clock());
        spec.commandLine().getOut().println(target);
        spec.commandLine().getErr().println(context.texts().get("keygen.done", key.signerName(),
                key.certificate().getNotAfter().toInstant().toString()));
        return 0;
    }
}
