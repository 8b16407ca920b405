package org.optout.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.optout.followup.InertText;
import org.optout.profile.Profile;
import org.optout.schema.YamlDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code optout profile show}: the profile as optout reads it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show your profile as optout reads it: the signature image's full path, the letter language "
                + "(the profile's, else the default for your country) and the account identifiers.")
final class ShowProfileCommand implements Callable<Integer> {
    /** The {@code --json} output; its keys are the profile file's, plus {@code file}. */
    record View(String file, String name, String email, List<String> postalAddress, String country, String language,
                String place, String phone, String signatureImage, String situation, boolean specialCategories,
                Map<String, String> accounts) {
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOption profile;

    @Option(names = "--json", description = "Print JSON instead, with these keys, always present (null when not set): "
            + "file, name, email, postal_address (list), country, language, place, phone, signature_image (full "
            + "path), situation, special_categories (true or false), accounts (platform id: identifier).")
    boolean json;

    private final AppContext context;

    ShowProfileCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Profile p = profile.load(context, new YamlDocuments());
        View view = new View(profile.path(context).toAbsolutePath().normalize().toString(), p.name(), p.email(),
                p.postalAddress(), p.country(), p.language().code(), p.place(), p.phone(),
                p.signatureImage() == null ? null : p.signatureImage().toString(), p.situation(),
                p.specialCategories(), new TreeMap<>(p.accounts()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.of(view));
            return 0;
        }
        out.println("file: " + InertText.of(view.file()));
        out.println("name: " + InertText.of(view.name()));
        out.println("email: " + InertText.of(view.email()));
        out.println("postal_address:");
        view.postalAddress().forEach(line -> out.println("  " + InertText.of(line)));
        out.println("country: " + view.country());
        out.println("language: " + view.language());
        out.println("place: " + orDash(view.place()));
        out.println("phone: " + orDash(view.phone()));
        out.println("signature_image: " + orDash(view.signatureImage()));
        out.println("situation: " + orDash(view.situation()));
        out.println("special_categories: " + view.specialCategories());
        out.println("accounts:" + (view.accounts().isEmpty() ? " -" : ""));
        view.accounts().forEach((id, value) -> out.println("  " + id + ": " + InertText.of(value)));
        return 0;
    }

    private static String orDash(String value) {
        return value == null ? "-" : InertText.of(value);
    }
}
