package org.optout.cli;

import org.optout.ui.Texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optout.catalogue.Language;
import org.optout.config.AppPaths;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help of every command, option and positional parameter is translated into each interface language other
 * than English ({@code help_<lang>.properties}), every help screen still works, and no key of a help bundle is
 * left over from a command or option that no longer exists.
 */
class HelpTranslationTest {
    /** The usage-message keys picocli looks up for each command (headings, header, description, exit codes). */
    private static final List<String> USAGE_KEYS = List.of("headerHeading", "header", "synopsisHeading",
            "descriptionHeading", "description", "parameterListHeading", "optionListHeading", "commandListHeading",
            "exitCodeListHeading", "exitCodeList", "footerHeading", "footer");

    @TempDir
    Path home;

    private CommandLine commandLine(Language ui) {
        AppContext context = new AppContext(CliRun.CLOCK, AppPaths.from(Map.of(), home, home),
                () -> new BufferedReader(new StringReader("")), Map.of(), prompt -> null);
        // the arguments start with no command's name: every command is built
        return Cli.create(context, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                InterfaceLanguage.OPTION, ui.code());
    }

    private static ResourceBundle bundle(Language language) {
        ResourceBundle help = Texts.of(language).help();
        assertThat(help).as("help_%s.properties", language.code()).isNotNull();
        return help;
    }

    /** Every command of the tree, by its qualified name ("optout.requests.show"). */
    private static Map<String, CommandSpec> commands(CommandLine root) {
        Map<String, CommandSpec> all = new LinkedHashMap<>();
        walk(root, all);
        return all;
    }

    private static void walk(CommandLine command, Map<String, CommandSpec> all) {
        all.put(command.getCommandSpec().qualifiedName("."), command.getCommandSpec());
        command.getSubcommands().values().forEach(sub -> walk(sub, all));
    }

    private static String text(String[] lines) {
        return String.join("\n", lines);
    }

    private static String optionKey(String command, OptionSpec option) {
        return command + "." + option.longestName().replaceFirst("^-+", "");
    }

    private static String positionalKey(String command, PositionalParamSpec positional) {
        return command + "." + positional.paramLabel() + "[" + positional.index() + "]";
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "NL", "DE"})
    void every_description_and_heading_is_translated(Language language) {
        Map<String, CommandSpec> english = commands(commandLine(Language.EN));
        Map<String, CommandSpec> translated = commands(commandLine(language));
        assertThat(translated.keySet()).containsExactlyElementsOf(english.keySet());
        List<String> missing = new ArrayList<>();
        english.forEach((name, en) -> {
            CommandSpec tr = translated.get(name);
            UsageMessageSpec enUsage = en.usageMessage();
            UsageMessageSpec trUsage = tr.usageMessage();
            if (enUsage.header().length > 0 && text(enUsage.header()).equals(text(trUsage.header()))) {
                missing.add(name + ".usage.header");
            }
            if (text(enUsage.description()).equals(text(trUsage.description()))) {
                missing.add(name + ".usage.description");
            }
            for (OptionSpec option : en.options()) {
                if (option.hidden()) {
                    continue;
                }
                OptionSpec other = tr.findOption(option.longestName());
                if (text(option.description()).equals(text(other.description()))) {
                    missing.add(optionKey(name, option));
                }
            }
            List<PositionalParamSpec> trPositionals = tr.positionalParameters();
            for (int i = 0; i < en.positionalParameters().size(); i++) {
                PositionalParamSpec positional = en.positionalParameters().get(i);
                if (!positional.hidden()
                        && text(positional.description()).equals(text(trPositionals.get(i).description()))) {
                    missing.add(positionalKey(name, positional));
                }
            }
        });
        UsageMessageSpec enRoot = english.get("optout").usageMessage();
        UsageMessageSpec trRoot = translated.get("optout").usageMessage();
        enRoot.exitCodeList().forEach((code, meaning) -> {
            if (meaning.equals(trRoot.exitCodeList().get(code))) {
                missing.add("optout.usage.exitCodeList (" + code.strip() + ")");
            }
        });
        for (String heading : List.of("synopsisHeading", "optionListHeading", "commandListHeading",
                "exitCodeListHeading")) {
            String en = usage(enRoot, heading);
            if (en.equals(usage(trRoot, heading))) {
                missing.add("usage." + heading);
            }
        }
        assertThat(missing).as("keys missing from help_%s.properties", language.code()).isEmpty();
    }

    private static String usage(UsageMessageSpec usage, String heading) {
        return switch (heading) {
            case "synopsisHeading" -> usage.synopsisHeading();
            case "optionListHeading" -> usage.optionListHeading();
            case "commandListHeading" -> usage.commandListHeading();
            case "exitCodeListHeading" -> usage.exitCodeListHeading();
            default -> throw new IllegalArgumentException(heading);
        };
    }

    /** The keys picocli tries, in order, for an option: qualified by the command first, then plain. */
    private static List<String> candidates(String command, List<String> keys) {
        List<String> all = new ArrayList<>();
        for (String key : keys) {
            if (!key.isEmpty()) {
                all.add(command + "." + key);
                all.add(key);
            }
        }
        return all;
    }

    /** Marks the first of {@code keys} the bundle has (as is, or as a list: key.0, key.1…) as used. */
    private static void use(ResourceBundle bundle, List<String> keys, Set<String> used) {
        for (String key : keys) {
            Set<String> found = new TreeSet<>();
            for (String k : bundle.keySet()) {
                if (k.equals(key) || k.startsWith(key + ".") && k.substring(key.length() + 1).matches("\\d+")) {
                    found.add(k);
                }
            }
            if (!found.isEmpty()) {
                used.addAll(found);
                return;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "NL", "DE"})
    void every_key_of_the_help_bundle_is_used(Language language) {
        ResourceBundle bundle = bundle(language);
        Set<String> used = new TreeSet<>();
        commands(commandLine(language)).forEach((name, spec) -> {
            for (String key : USAGE_KEYS) {
                use(bundle, List.of(name + ".usage." + key, "usage." + key), used);
            }
            for (OptionSpec option : spec.options()) {
                List<String> keys = new ArrayList<>();
                keys.add(option.descriptionKey());
                for (String optionName : option.names()) {
                    keys.add(optionName.replaceFirst("^-+", ""));
                }
                use(bundle, candidates(name, keys), used);
            }
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                use(bundle, candidates(name, List.of(positional.descriptionKey(),
                        positional.paramLabel() + "[" + positional.index() + "]")), used);
            }
        });
        Set<String> stale = new TreeSet<>(bundle.keySet());
        stale.removeAll(used);
        assertThat(stale).as("keys of help_%s.properties that no command, option or heading uses",
                language.code()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FR", "NL", "DE"})
    void the_help_of_every_command_works_and_is_translated(Language language) {
        ResourceBundle bundle = bundle(language);
        for (String name : commands(commandLine(language)).keySet()) {
            List<String> args = new ArrayList<>(List.of(name.split("\\.")));
            args.remove(0);
            args.addAll(List.of(InterfaceLanguage.OPTION, language.code(), "--help"));
            CliRun run = CliRun.run(home, args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).as(String.join(" ", args))
                    .contains(bundle.getString("usage.synopsisHeading").strip())
                    .doesNotContain("Show this help message", "Options:", "Commands:", "Usage:");
        }
    }
}
