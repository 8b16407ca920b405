package org.optout.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.optout.deadline.DateRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO date (YYYY-MM-DD) in {@link DateRange}, with a clear message when it is not one. */
final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
        }
        Optional<String> problem = DateRange.problem(date);
        if (problem.isPresent()) {
            throw new TypeConversionException(problem.get());
        }
        return date;
    }
}
