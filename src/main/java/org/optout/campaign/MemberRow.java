package org.optout.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.optout.catalogue.Language;
import org.optout.pdf.LetterFont;
import org.optout.ui.Message;

/** The rules for one row of the members file: each field checked, every problem kept with its line and field. */
final class MemberRow {
    /** The GDPR applies from this day: no mandate under it is older. */
    static final LocalDate EARLIEST_MANDATE = LocalDate.of(2018, 5, 25);
    static final String ADDRESS_SEPARATOR = " | ";
    /** Letters, digits, '.', '_', '-', starting with a letter or digit: a safe folder name on every system. */
    static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\"]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    /** Lengths of the free-text fields; the others have a pattern of their own (an account: 300 at most). */
    private static final Map<String, Integer> MAX_LENGTH = Map.of("name", 120, "email", 254,
            "address", 5 * 120 + 4 * 3, "situation", 1500);
    private static final int MAX_ACCOUNT_LENGTH = 300;
    private static final int MAX_ADDRESS_LINES = 5;

    private final LocalDate today;

    MemberRow(LocalDate today) {
        this.today = today;
    }

    /** The member of a row, or null with {@code found} holding why not. */
    Member member(long line, Map<String, String> values, Map<String, Long> seen, List<RowProblem> found) {
        Checker check = new Checker(line, found);
        values.forEach(check::text);
        for (String required : MembersCsv.REQUIRED) {
            if (!values.containsKey(required)) {
                check.problem(required, "members.problem.missing");
            }
        }
        String id = values.get("member_id");
        if (id != null) {
            if (!MEMBER_ID.matcher(id).matches()) {
                check.problem("member_id", "members.problem.member_id");
            } else {
                Long first = seen.putIfAbsent(id, line);
                if (first != null) {
                    check.problem("member_id", "members.problem.duplicate", Long.toString(first));
                }
            }
        }
        String email = values.get("email");
        check.that(email == null || EMAIL.matcher(email).matches(), "email", "members.problem.email");
        String country = values.get("country");
        check.that(country == null || COUNTRY.matcher(country).matches(), "country", "members.problem.country");
        String code = values.get("language");
        Language language = code == null ? null : Language.of(code).orElse(null);
        check.that(code == null || language != null, "language", "members.problem.language", Language.codes());
        List<String> address = values.containsKey("address") ? address(values.get("address"), check) : List.of();
        LocalDate mandate = mandateDate(values.get("mandate_signed_on"), check);
        Map<String, String> accounts = new TreeMap<>();
        values.forEach((column, value) -> {
            if (column.startsWith(MembersCsv.ACCOUNT_PREFIX)) {
                accounts.put(column.substring(MembersCsv.ACCOUNT_PREFIX.length()), value);
            }
        });
        if (!found.isEmpty()) {
            return null;
        }
        return new Member(id, values.get("name"), email, address, country, language, values.get("situation"), mandate,
                accounts);
    }

    private static List<String> address(String value, Checker check) {
        List<String> lines = Arrays.stream(value.split(Pattern.quote(ADDRESS_SEPARATOR.strip()))).map(String::strip)
                .toList();
        check.that(lines.size() <= MAX_ADDRESS_LINES && lines.stream().noneMatch(String::isEmpty)
                && lines.stream().allMatch(l -> l.length() <= 120), "address", "members.problem.address",
                Integer.toString(MAX_ADDRESS_LINES));
        return lines;
    }

    private LocalDate mandateDate(String value, Checker check) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            check.that(!date.isBefore(EARLIEST_MANDATE) && !date.isAfter(today), "mandate_signed_on",
                    "members.problem.date_range", EARLIEST_MANDATE.toString(), today.toString());
            return date;
        } catch (DateTimeParseException e) {
            check.problem("mandate_signed_on", "members.problem.date", value);
            return null;
        }
    }

    /** Collects the problems of one row. */
    private record Checker(long line, List<RowProblem> found) {
        void problem(String field, String key, Object... args) {
            found.add(new RowProblem(line, field, Message.of(key, args)));
        }

        void that(boolean ok, String field, String key, Object... args) {
            if (!ok) {
                problem(field, key, args);
            }
        }

        /** Length, control characters, line breaks (only a situation may have paragraphs) and the letter font. */
        void text(String field, String value) {
            int max = MAX_LENGTH.getOrDefault(field, MAX_ACCOUNT_LENGTH);
            if (value.length() > max) {
                problem(field, "members.problem.too_long", Integer.toString(max));
            } else if (CONTROL.matcher(value).find()
                    || (!field.equals("situation") && (value.contains("\n") || value.contains("\r")))) {
                problem(field, "members.problem.control");
            } else {
                LetterFont.firstUndrawable(value).ifPresent(cp -> problem(field, "members.problem.unprintable",
                        Character.toString(cp), String.format("U+%04X", cp)));
            }
        }
    }
}
