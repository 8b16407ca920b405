package org.optout.sending;

import java.util.Comparator;
import java.util.List;
import org.optout.AppException;
import org.optout.ExitCode;

/** Every platform's outcome of one {@code send}, in the order of the plan. */
public record SendSummary(List<SendOutcome> outcomes) {
    public SendSummary {
        outcomes = List.copyOf(outcomes);
    }

    /** The errors, one per platform that failed. */
    public List<AppException> errors() {
        return outcomes.stream().map(SendOutcome::error).filter(e -> e != null).toList();
    }

    /** The most serious exit code of the failures, or OK. */
    public ExitCode exitCode() {
        return errors().stream().map(AppException::exitCode)
                .max(Comparator.comparingInt(ExitCode::code))
                .orElse(ExitCode.OK);
    }
}
