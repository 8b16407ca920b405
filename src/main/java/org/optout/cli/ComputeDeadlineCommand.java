package org.optout.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.optout.AppException;
import org.optout.deadline.Deadline;
import org.optout.deadline.DeadlineCalculator;
import org.optout.ui.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code optout deadline DATE}: the GDPR answer deadline for a request received on DATE. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"Print the deadline for answering a request received on DATE (GDPR art. 12(3), counted per "
                + "Regulation 1182/71: same date N months later, or the month's last day; then the next working day).",
                "The first line is the ISO date; --explain adds the reasoning."})
final class ComputeDeadlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATE", converter = DateConverter.class, description = "The date of receipt (YYYY-MM-DD).")
    LocalDate receipt;

    @Option(names = "--country", paramLabel = "CC", split = ",",
            description = "Whose public holidays count (FR, BE, IE have tables; others: weekends only). Repeat or "
                    + "separate with commas: the latest date applies. Default: your profile's country.")
    List<String> countries;

    @Option(names = "--months", paramLabel = "N", description = "1 (default), or 3 with an extension notified in time.")
    int months = 1;

    @Option(names = "--explain", description = "Explain each step.")
    boolean explain;

    @Option(names = "--json", description = "As a JSON object: received, months, countries, deadline, explanation "
            + "(the steps, in English); the keys are stable.")
    boolean json;

    /** {@code deadline --json}. */
    record Json(LocalDate received, int months, List<String> countries, LocalDate deadline, List<String> explanation) {
    }

    @picocli.CommandLine.Mixin
    ProfileOption profile;

    private final AppContext context;

    ComputeDeadlineCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (months < 1 || months > 3) {
            throw AppException.usage(Message.of("error.months", months));
        }
        List<String> codes = countries != null ? countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList()
                : List.of(profile.load(context, new org.optout.schema.YamlDocuments()).country());
        for (String code : codes) {
            if (!List.of(Locale.getISOCountries()).contains(code)) {
                throw AppException.usage(Message.of("doc.problem", "--country", Message.of("error.not_country", code)));
            }
        }
        Deadline deadline = DeadlineCalculator.compute(receipt, months, codes, List.of());
        if (json) {
            spec.commandLine().getOut().println(JsonOutput.of(new Json(receipt, months, codes, deadline.date(),
                    deadline.explanation())));
            return 0;
        }
        spec.commandLine().getOut().println(deadline.date());
        if (explain) {
            deadline.explanation().forEach(spec.commandLine().getOut()::println);
        }
        return 0;
    }
}
