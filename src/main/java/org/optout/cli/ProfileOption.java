package org.optout.cli;

import org.optout.ui.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.optout.AppException;
import org.optout.profile.Profile;
import org.optout.profile.ProfileLoader;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Option;

/** The {@code --profile FILE} option shared by the commands that fill in letters. */
final class ProfileOption {
    @Option(names = "--profile", paramLabel = "FILE",
            description = "Your profile (default: $XDG_CONFIG_HOME/optout/profile.yaml, else ~/.config/optout/profile.yaml).")
    Path file;

    /** The profile file to read, as the user will recognise it in messages. */
    Path path(AppContext context) {
        return file == null ? context.paths().defaultProfile() : context.paths().resolve(file);
    }

    String label(AppContext context) {
        return file == null ? path(context).toString() : file.toString();
    }

    Profile load(AppContext context, YamlDocuments documents) {
        Path path = path(context);
        if (file == null && !Files.exists(path)) {
            throw AppException.invalidData(Message.of("error.no_profile", path, "optout profile init"));
        }
        return new ProfileLoader(documents).load(path, label(context));
    }

    /** The profile, or empty when none was named and there is none at the default path (a bad one still fails). */
    Optional<Profile> loadIfAny(AppContext context, YamlDocuments documents) {
        return file == null && !Files.exists(path(context)) ? Optional.empty() : Optional.of(load(context, documents));
    }
}
