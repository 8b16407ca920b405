package org.optout.campaign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.optout.AppException;
import org.optout.files.PrivateFiles;
import org.optout.ui.Message;

/**
 * Reads a members file: UTF-8 (a byte-order mark is accepted), RFC 4180, a header row naming the columns. Rows are
 * streamed: each valid one goes to a consumer as a {@link Member}, each bad one as {@link RowProblem}s naming its
 * line and field; only the ids seen so far are kept, to find duplicates. Problems with the file as a whole (size,
 * header, an unknown column, broken quoting) stop the reading with one error.
 */
public final class MembersCsv {
    /** The largest file read: about 200,000 members with long situations. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** The most members in one file. */
    public static final int MAX_ROWS = 200_000;
    static final String ACCOUNT_PREFIX = "account_";
    static final List<String> REQUIRED = List.of("member_id", "name", "email", "address", "country");
    static final List<String> OPTIONAL = List.of("language", "situation", "mandate_signed_on");

    private final Set<String> platformIds;
    private final MemberRow rules;

    /**
     * @param platformIds the catalogue's platform ids: an {@code account_<id>} column must name one
     * @param today the latest date a mandate can have been signed on
     */
    public MembersCsv(Set<String> platformIds, LocalDate today) {
        this.platformIds = Set.copyOf(platformIds);
        this.rules = new MemberRow(today);
    }

    /** What a reading found. */
    public record Counts(int valid, int invalid) {
    }

    /**
     * Reads {@code file}, handing over each valid member and each bad row's problems in file order.
     *
     * @param label how the file is named in errors
     */
    public Counts read(Path file, String label, Consumer<Member> members, Consumer<List<RowProblem>> problems) {
        checkSize(file, label);
        try (Reader reader = open(file);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw AppException.invalidData(Message.of("error.members.empty", label));
            }
            Map<String, Integer> columns = header(records.next(), label);
            Map<String, Long> seen = new HashMap<>();
            int valid = 0;
            int invalid = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                if (valid + invalid >= MAX_ROWS) {
                    throw AppException.invalidData(Message.of("error.members.too_many", label,
                            Integer.toString(MAX_ROWS)));
                }
                List<RowProblem> found = new ArrayList<>();
                Member member = rules.member(line, values(record, columns, line, found), seen, found);
                if (found.isEmpty()) {
                    valid++;
                    members.accept(member);
                } else {
                    invalid++;
                    problems.accept(List.copyOf(found));
                }
            }
            return new Counts(valid, invalid);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw AppException.invalidData(Message.of("error.members.not_utf8", label));
            }
            throw AppException.invalidData(Message.of("error.members.unreadable", label, reason(cause)));
        }
    }

    private static void checkSize(Path file, String label) {
        try {
            if (!Files.isRegularFile(file)) {
                throw AppException.invalidData(Message.of("error.members.missing", label));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw AppException.invalidData(Message.of("error.members.too_large", label,
                        Long.toString(MAX_BYTES / 1024 / 1024)));
            }
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("error.members.unreadable", label, PrivateFiles.reason(e)));
        }
    }

    /** A strict UTF-8 reader that skips a leading byte-order mark. */
    private static Reader open(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The column index of each name, after checking that every column is known and the required ones present. */
    private Map<String, Integer> header(CSVRecord header, String label) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            boolean account = name.startsWith(ACCOUNT_PREFIX)
                    && platformIds.contains(name.substring(ACCOUNT_PREFIX.length()));
            if (name.startsWith(ACCOUNT_PREFIX) && !account) {
                throw AppException.invalidData(Message.of("error.members.unknown_platform", label, name,
                        String.join(", ", platformIds.stream().sorted().toList())));
            }
            if (!account && !REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                throw AppException.invalidData(Message.of("error.members.unknown_column", label, name));
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw AppException.invalidData(Message.of("error.members.duplicate_column", label, name));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw AppException.invalidData(Message.of("error.members.missing_column", label, required));
            }
        }
        return columns;
    }

    /** The row's values by column name (blank values left out); a row of the wrong width is a problem. */
    private static Map<String, String> values(CSVRecord record, Map<String, Integer> columns, long line,
                                              List<RowProblem> found) {
        if (record.size() != columns.size()) {
            found.add(new RowProblem(line, "-", Message.of("members.problem.width", Integer.toString(record.size()),
                    Integer.toString(columns.size()))));
        }
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((name, index) -> {
            if (index < record.size() && !record.get(index).isBlank()) {
                values.put(name, record.get(index).strip());
            }
        });
        return values;
    }

    private static String reason(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
