package org.optout.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.optout.deadline.DateRange;
import org.optout.ui.Message;
import picocli.CommandLine.ITypeConverter;

/** Reads an ISO date (YYYY-MM-DD) in {@link DateRange}, with a clear message when it is not one. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageError.Conversion(Message.of("usage.not_a_date", value));
        }
        Optional<Message> problem = DateRange.problem(date);
        if (problem.isPresent()) {
            throw new UsageError.Conversion(problem.get());
        }
        return date;
    }
}
