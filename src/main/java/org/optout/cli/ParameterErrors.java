package org.optout.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optout.catalogue.Catalogue;
import org.optout.ui.Message;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's usage errors, told as {@link Message}s in the interface language: each kind of
 * {@link ParameterException} names the option, argument or value at fault, as picocli's English does, and keeps
 * its suggestion. Only an error of a kind this class does not know keeps picocli's English wording.
 */
final class ParameterErrors {
    /** How picocli names the arguments of a mutually exclusive group ("--out=DIR, --out-file=FILE"). */
    private static final Pattern EXCLUSIVE = Pattern.compile("^(?:Error: )?(.+) are mutually exclusive");

    /** How picocli names the matches of a group given more often than it may be ("[--a] and [--a]"). */
    private static final Pattern TOO_MANY = Pattern.compile("expected only one match but got (.+)$");

    private ParameterErrors() {
    }

    static Message of(ParameterException e) {
        if (e instanceof UsageError usage) {
            return usage.text();
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof MissingParameterException missing) {
            return missing(missing);
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return Message.of("usage.twice", name(overwritten.getOverwritten()));
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            Matcher m = EXCLUSIVE.matcher(firstLine(e));
            return Message.of("usage.exclusive", m.find() ? m.group(1) : "");
        }
        if (e instanceof MaxValuesExceededException) {
            Matcher m = TOO_MANY.matcher(firstLine(e));
            return Message.of("usage.too_many", m.find() ? m.group(1) : "");
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return Message.of("usage.invalid_value", name(e.getArgSpec()), reason(e));
        }
        return Message.of("usage.other", firstLine(e));
    }

    private static Message unmatched(UnmatchedArgumentException e) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        List<String> args = e.getUnmatched();
        String arg = args.isEmpty() ? "" : args.get(0);
        List<String> known = new ArrayList<>();
        boolean option = e.isUnknownOption();
        if (option) {
            spec.options().stream().filter(o -> !o.hidden()).forEach(o -> known.addAll(List.of(o.names())));
        } else {
            known.addAll(spec.subcommands().keySet());
        }
        String name = option ? arg.split("=", 2)[0] : arg;
        Optional<String> best = Catalogue.closest(name, known).or(() -> e.getSuggestions().stream().findFirst());
        Object suggestion = best.map(b -> (Object) Message.of("error.did_you_mean", b)).orElse("");
        if (option) {
            return Message.of("usage.unknown_option", name, suggestion);
        }
        return spec.subcommands().isEmpty() ? Message.of("usage.extra_argument", arg)
                : Message.of("usage.unknown_command", arg, suggestion);
    }

    private static Message missing(MissingParameterException e) {
        List<ArgSpec> missing = e.getMissing();
        Optional<OptionSpec> given = missing.stream().filter(a -> a instanceof OptionSpec).map(a -> (OptionSpec) a)
                .filter(o -> !o.required() || firstLine(e).contains(" for option "))
                .findFirst();
        if (given.isPresent()) {
            // the option is there, its value is not
            return Message.of("usage.missing_value", given.get().longestName(), given.get().paramLabel());
        }
        String names = String.join(", ", missing.stream().map(ParameterErrors::name).toList());
        if (missing.size() > 1 && firstLine(e).contains("specify one of these")) {
            return Message.of("usage.missing_one_of", names);
        }
        return Message.of(missing.stream().allMatch(ArgSpec::isOption) ? "usage.missing_option" : "usage.missing",
                names);
    }

    /** Why a value was refused: a converter of optout's says it; picocli's own converters are named by type. */
    private static Object reason(ParameterException e) {
        if (e.getCause() instanceof UsageError.Conversion conversion) {
            return conversion.reason();
        }
        Class<?> type = e.getArgSpec().type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Message.of("usage.not_a_number", e.getValue());
        }
        if (type.isEnum()) {
            return Message.of("usage.not_one_of", e.getValue(), String.join(", ", enumValues(type)));
        }
        return Message.of("usage.not_valid", e.getValue());
    }

    private static List<String> enumValues(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** An option by its longest name, a positional parameter by its label (PLATFORM, ID, DATE). */
    static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg.paramLabel().replace("<", "").replace(">", "");
    }

    private static String firstLine(ParameterException e) {
        String message = e.getMessage();
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
