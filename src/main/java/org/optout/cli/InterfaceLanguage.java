package org.optout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optout.catalogue.Language;

/**
 * The language optout talks to its user in (help, messages, prompts, next steps), chosen before the command line
 * is parsed, as its help depends on it: {@code --ui-lang}, else the profile's {@code language}, else the locale
 * ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}), else English.
 */
final class InterfaceLanguage {
    static final String OPTION = "--ui-lang";
    private static final int PROFILE_BYTES = 64 * 1024;
    private static final Pattern LANGUAGE_LINE =
            Pattern.compile("^language:[ \\t]*[\"']?([A-Za-z]{2})[\"']?[ \\t]*(#.*)?$", Pattern.MULTILINE);

    private InterfaceLanguage() {
    }

    static Language resolve(List<String> args, AppContext context) {
        return option(args)
                .or(() -> profileLanguage(profilePath(args, context)))
                .or(() -> locale(context))
                .orElse(Language.EN);
    }

    private static Optional<Language> option(List<String> args) {
        return value(args, OPTION).flatMap(Language::of);
    }

    /** The value given to {@code name} as {@code name VALUE} or {@code name=VALUE}, before any {@code --}. */
    private static Optional<String> value(List<String> args, String name) {
        for (int i = 0; i < args.size() && !"--".equals(args.get(i)); i++) {
            String arg = args.get(i);
            if (arg.equals(name) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith(name + "=")) {
                return Optional.of(arg.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static Path profilePath(List<String> args, AppContext context) {
        return value(args, "--profile").map(p -> context.paths().resolve(Path.of(p)))
                .orElseGet(() -> context.paths().defaultProfile());
    }

    /**
     * The {@code language:} line of a profile, read without parsing the YAML: the profile is loaded (and checked)
     * later by the commands that need it; a profile missing or unreadable here just gives no choice.
     */
    static Optional<Language> profileLanguage(Path profile) {
        if (!Files.isRegularFile(profile)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(profile)) {
            String head = new String(in.readNBytes(PROFILE_BYTES), StandardCharsets.UTF_8);
            Matcher m = LANGUAGE_LINE.matcher(head);
            return m.find() ? Language.of(m.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Language> locale(AppContext context) {
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = context.env().get(variable);
            if (value != null && !value.isBlank()) {
                // "C" and "POSIX" are a choice too: English
                String code = value.length() >= 2 ? value.substring(0, 2).toLowerCase(Locale.ROOT) : value;
                return Optional.of(Language.of(code).orElse(Language.EN));
            }
        }
        return Optional.empty();
    }
}
