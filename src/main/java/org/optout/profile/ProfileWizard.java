package org.optout.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.catalogue.Language;
import org.optout.files.PrivateFiles;

/**
 * Writes a profile by asking the questions in the terminal. Each answer is checked as it is given; the file is
 * written (owner-only, atomically) only once every answer is in, and then read back through the normal loader.
 */
public final class ProfileWizard {
    private static final int TRIES = 3;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final BufferedReader in;
    private final PrintWriter prompts;
    private final ProfileLoader loader;

    public ProfileWizard(BufferedReader in, PrintWriter prompts, ProfileLoader loader) {
        this.in = in;
        this.prompts = prompts;
        this.loader = loader;
    }

    /** Asks the questions and writes the profile to {@code target}, which must not exist unless {@code force}. */
    public Profile run(Path target, boolean force) {
        if (Files.exists(target) && !force) {
            throw AppException.invalidData("--out: " + target + " already exists (use --force to replace it)");
        }
        prompts.println("Creating your optout profile. It stays on this computer; optional questions can be left blank.");
        String name = ask("Full name", true, s -> true, "");
        String email = ask("Email address where platforms should answer", true,
                s -> s.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "this is not an email address");
        List<String> address = askLines();
        String country = ask("Country of residence (ISO code, e.g. FR, BE, IE)", true,
                s -> COUNTRIES.contains(s.toUpperCase(Locale.ROOT)), "unknown country code").toUpperCase(Locale.ROOT);
        String language = ask("Letter language, " + Language.codes() + " [" + Language.defaultFor(country).code()
                + "]", false, s -> Language.of(s).isPresent(), "answer one of " + Language.codes());
        String place = ask("Town to write \"Fait à …\" (optional)", false, s -> true, "");
        String phone = ask("Phone number (optional)", false, s -> s.matches("\\+?[0-9 ().-]{6,25}"),
                "digits, spaces and an optional leading + only");
        String signature = ask("Signature image, PNG or JPEG, relative to the profile file (optional)", false,
                s -> true, "");
        Language letters = language == null ? Language.defaultFor(country) : Language.of(language).orElseThrow();
        String situation = askSituation(letters);
        String special = ask("Does what the platforms hold about you reveal your health, political opinions, "
                + "religion or beliefs, sexual orientation, trade-union membership or ethnic origin (GDPR art. 9)? "
                + "y or n [n]", false, s -> s.matches("(?i)y|yes|n|no|o|oui|j|ja|nee|nein"), "answer y or n");
        Boolean specialCategories = special != null && special.matches("(?i)y|yes|o|oui|j|ja") ? Boolean.TRUE : null;

        ProfileLoader.ProfileFile file = new ProfileLoader.ProfileFile(name, email, address, country, language,
                place, phone, signature, situation, specialCategories, Map.of());
        try {
            PrivateFiles.ensureWritableDirectory(target.toAbsolutePath().getParent(), "--out");
            PrivateFiles.write(target, yaml().writeValueAsString(file).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AppException("cannot write the profile: " + e.getMessage(), ExitCode.INTERNAL, e);
        }
        return loader.load(target);
    }

    /**
     * The particular situation: one of the typical ones, which the user may then replace with their own words, or
     * their own paragraph, or none.
     */
    private String askSituation(Language language) {
        List<Situations.Situation> typical = Situations.all();
        prompts.println("Your particular situation (GDPR art. 21(1)) makes the objection stronger. Typical ones:");
        for (int i = 0; i < typical.size(); i++) {
            prompts.println("  " + (i + 1) + ". " + typical.get(i).title().in(language));
        }
        String choice = ask("Choose a number, w to write your own, or leave blank to skip", false,
                s -> s.equalsIgnoreCase("w") || s.matches("\\d{1,2}") && Integer.parseInt(s) >= 1
                        && Integer.parseInt(s) <= typical.size(), "answer 1 to " + typical.size() + ", w, or nothing");
        if (choice == null) {
            return null;
        }
        if (!choice.equalsIgnoreCase("w")) {
            String text = typical.get(Integer.parseInt(choice) - 1).text(language);
            prompts.println("  \"" + text + "\"");
            String edited = ask("Press Enter to keep it, or type your own version in one paragraph", false,
                    s -> s.length() <= 1500, "keep it under 1,500 characters");
            return edited == null ? text : edited;
        }
        return ask("Your particular situation, one paragraph", false, s -> s.length() <= 1500,
                "keep it under 1,500 characters");
    }

    private List<String> askLines() {
        prompts.println("Postal address, one line per answer, empty line to finish (1 to 5 lines):");
        List<String> lines = new ArrayList<>();
        while (lines.size() < 5) {
            String line = readLine("  line " + (lines.size() + 1));
            if (line.isEmpty()) {
                if (!lines.isEmpty()) {
                    break;
                }
                prompts.println("  at least one line is needed");
                continue;
            }
            lines.add(line);
        }
        return lines;
    }

    private String ask(String question, boolean required, Predicate<String> valid, String hint) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            String answer = readLine(question);
            if (answer.isEmpty()) {
                if (!required) {
                    return null;
                }
                prompts.println("  an answer is needed");
            } else if (valid.test(answer)) {
                return answer;
            } else {
                prompts.println("  " + hint);
            }
        }
        throw AppException.invalidData("profile init: no valid answer to \"" + question + "\" after " + TRIES + " tries");
    }

    private String readLine(String question) {
        prompts.print(question + ": ");
        prompts.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                prompts.println();
                throw AppException.invalidData("profile init: input ended before \"" + question + "\" was answered");
            }
            return line.strip();
        } catch (IOException e) {
            throw AppException.invalidData("profile init: cannot read the answer (" + PrivateFiles.reason(e) + ")", e);
        }
    }

    private static ObjectMapper yaml() {
        return YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.NON_EMPTY)
                .build();
    }
}
