package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.ui.Texts;

class MembersCsvTest {
    private static final String HEADER = "member_id,name,email,address,country,language,situation,mandate_signed_on,"
            + "account_linkedin\r\n";

    @TempDir
    Path dir;

    private final List<Member> members = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();

    private MembersCsv.Counts read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private MembersCsv.Counts read(byte[] content) throws IOException {
        Path file = dir.resolve("members.csv");
        Files.write(file, content);
        return new MembersCsv(Set.of("linkedin", "meta-ai"), LocalDate.of(2026, 11, 22))
                .read(file, "members.csv", members::add, problems::addAll);
    }

    /** A problem as the English text says it: "line 7: email: missing". */
    private List<String> said() {
        return problems.stream().map(p -> "line " + p.line() + ": " + p.field() + ": "
                + Texts.of(Language.EN).get(p.problem())).toList();
    }

    @Test
    void reads_quotes_embedded_line_breaks_and_a_byte_order_mark_and_counts_physical_lines() throws IOException {
        String csv = HEADER
                + "M1,\"Dupont, \"\"Jo\"\"\",jo@example.org,Rue A 1 | 1000 Bruxelles,BE,fr,\"Premier paragraphe.\r\n"
                + "\r\nSecond paragraphe.\",2026-10-01,https://www.linkedin.com/in/jo\r\n"
                + "M2,Zoë,zoe@example.org,Meir 20 | 2000 Antwerpen,BE,,,,\r\n"
                + "M3,Иван,,Straat 1,NL,,,,\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = csv.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        MembersCsv.Counts counts = read(content);

        assertThat(counts).isEqualTo(new MembersCsv.Counts(2, 1));
        assertThat(members.get(0).memberId()).isEqualTo("M1");
        assertThat(members.get(0).name()).isEqualTo("Dupont, \"Jo\"");
        assertThat(members.get(0).situation()).isEqualTo("Premier paragraphe.\r\n\r\nSecond paragraphe.");
        assertThat(members.get(0).addressLines()).containsExactly("Rue A 1", "1000 Bruxelles");
        assertThat(members.get(0).mandateSignedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(members.get(0).account("linkedin")).contains("https://www.linkedin.com/in/jo");
        assertThat(members.get(1).language()).isNull();
        assertThat(members.get(1).mandateSignedOn()).isNull();
        // M1 spans lines 2 to 4, M2 is line 5, M3 line 6
        assertThat(said()).containsExactly("line 6: email: missing");
    }

    @Test
    void reports_the_missing_email_on_line_7_and_every_other_bad_row() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 2; i <= 6; i++) {
            csv.append("M").append(i).append(",Name ").append(i).append(",m").append(i)
                    .append("@example.org,Street 1,BE,,,,\r\n");
        }
        csv.append("M7,Name 7,,Street 1,BE,,,,\r\n");
        csv.append("M2,Again,again@example.org,Street 1,BE,,,,\r\n");
        csv.append("../M9,Name 9,not-an-address,Street 1,be,xx,,2026-13-01,\r\n");
        csv.append("M10,Name 10,m10@example.org,Street 1,BE,,,2026-12-01,\r\n");
        csv.append("M11,Name 11,m11@example.org,Street 1,BE,,,2017-01-01\r\n");

        MembersCsv.Counts counts = read(csv.toString());

        assertThat(counts).isEqualTo(new MembersCsv.Counts(5, 5));
        assertThat(said()).containsExactly(
                "line 7: email: missing",
                "line 8: member_id: the same member_id as on line 2",
                "line 9: member_id: not a valid id (letters, digits, . _ -, starting with a letter or digit, 64 at most)",
                "line 9: email: not an email address",
                "line 9: country: not a two-letter country code in capitals (e.g. BE)",
                "line 9: language: not one of fr, en, nl, de",
                "line 9: mandate_signed_on: 2026-13-01 is not a date in the form YYYY-MM-DD",
                "line 10: mandate_signed_on: the date must be between 2018-05-25 and 2026-11-22",
                "line 11: -: the row has 8 fields, the header 9",
                "line 11: mandate_signed_on: the date must be between 2018-05-25 and 2026-11-22");
    }

    @Test
    void refuses_an_account_column_of_an_unknown_platform_naming_it() {
        assertThatThrownBy(() -> read("member_id,name,email,address,country,account_linkedn\r\nM1,A,a@b.cd,S,BE,x\r\n"))
                .isInstanceOf(AppException.class)
                .hasMessage("members.csv: column account_linkedn names no platform of the catalogue (known: linkedin, "
                        + "meta-ai)");
        assertThat(members).isEmpty();
    }

    @Test
    void refuses_an_unknown_column_a_missing_column_and_a_repeated_one() {
        assertThatThrownBy(() -> read("member_id,name,email,address,country,phone\r\n"))
                .hasMessageStartingWith("members.csv: unknown column phone");
        assertThatThrownBy(() -> read("member_id,name,address,country\r\n"))
                .hasMessage("members.csv: the header has no column email");
        assertThatThrownBy(() -> read("member_id,name,email,address,country,name\r\n"))
                .hasMessage("members.csv: column name appears twice in the header");
    }

    @Test
    void refuses_a_file_that_is_not_utf8_or_has_an_unclosed_quote() {
        assertThatThrownBy(() -> read((HEADER + "M1,Fran\u00e7ois,f@example.org,S,FR,,,,\r\n")
                .getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("members.csv: not UTF-8 text: save the members file as CSV UTF-8");
        assertThatThrownBy(() -> read(HEADER + "M1,\"unclosed,f@example.org,S,FR,,,,\r\n"))
                .hasMessageStartingWith("members.csv: cannot read the members file (");
    }

    @Test
    void refuses_line_breaks_outside_the_situation_and_characters_the_letter_font_cannot_print() throws IOException {
        read(HEADER + "M1,\"Two\nlines\",a@example.org,S,BE,,,,\r\nM2,Name \u6F22,b@example.org,S,BE,,,,\r\n");

        assertThat(members).isEmpty();
        assertThat(said()).containsExactly("line 2: name: contains a line break or control character",
                "line 4: name: the character \u6F22 (U+6F22) cannot be printed with the letter font");
    }

    @Test
    void the_row_hash_changes_with_any_field_and_not_with_the_order_of_accounts() throws IOException {
        read(HEADER + "M1,A,a@example.org,S,BE,,,,x\r\nM1b,A,a@example.org,S,BE,,,,x\r\n");
        Member m = members.get(0);
        Member same = new Member("M1", "A", "a@example.org", List.of("S"), "BE", null, null, null,
                java.util.Map.of("linkedin", "x"));
        Member other = new Member("M1", "A", "a@example.org", List.of("S"), "BE", null, null, null,
                java.util.Map.of("linkedin", "y"));

        assertThat(m.rowHash()).isEqualTo(same.rowHash()).isNotEqualTo(other.rowHash())
                .isNotEqualTo(members.get(1).rowHash()).hasSize(64);
    }

    @Test
    void bounds_address_lines_and_field_lengths_at_their_limits() throws IOException {
        String five = "L1 | L2 | L3 | L4 | L5";
        String longLine = "x".repeat(120);
        read(HEADER
                + "M1," + "n".repeat(120) + ",a@example.org," + five + " | " + longLine.substring(1) + "x,BE,,,,\r\n"
                + "M2," + "n".repeat(121) + ",b@example.org," + five + " | L6,BE,,,,\r\n"
                + "M3,N,c@example.org,L1 |  | L3,BE,,,,\r\n"
                + "M4,N,d@example.org," + longLine + "x,BE,,,," + "a".repeat(301) + "\r\n"
                + "M5,N,e@example.org," + longLine + " | L2 | L3 | L4 | L5,BE,,,2026-11-22," + "a".repeat(300) + "\r\n");

        assertThat(members).extracting(Member::memberId).containsExactly("M5");
        assertThat(said()).containsExactly(
                "line 2: address: address lines are separated by \" | \": at most 5 lines, none empty, 120 characters each",
                "line 3: name: longer than 120 characters",
                "line 3: address: address lines are separated by \" | \": at most 5 lines, none empty, 120 characters each",
                "line 4: address: address lines are separated by \" | \": at most 5 lines, none empty, 120 characters each",
                "line 5: account_linkedin: longer than 300 characters",
                "line 5: address: address lines are separated by \" | \": at most 5 lines, none empty, 120 characters each");
    }

    @Test
    void refuses_a_missing_file_a_file_over_64_mb_and_more_than_200000_rows() throws IOException {
        MembersCsv csv = new MembersCsv(Set.of("linkedin"), LocalDate.of(2026, 11, 22));
        assertThatThrownBy(() -> csv.read(dir.resolve("none.csv"), "none.csv", members::add, problems::addAll))
                .hasMessage("none.csv: file not found");

        Path large = dir.resolve("large.csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(MembersCsv.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> csv.read(large, "large.csv", members::add, problems::addAll))
                .hasMessage("large.csv: the members file is larger than 64 MB: split it");

        StringBuilder rows = new StringBuilder("member_id,name,email,address,country\n");
        for (int i = 0; i < MembersCsv.MAX_ROWS; i++) {
            rows.append('M').append(i).append(",N,a@b.cd,S,BE\n");
        }
        Path most = Files.writeString(dir.resolve("most.csv"), rows);
        assertThat(csv.read(most, "most.csv", m -> { }, problems::addAll)).isEqualTo(new MembersCsv.Counts(200_000, 0));
        Path tooMany = Files.writeString(dir.resolve("many.csv"), rows.append("M-last,N,a@b.cd,S,BE\n"));
        assertThatThrownBy(() -> csv.read(tooMany, "many.csv", m -> { }, problems::addAll))
                .hasMessage("many.csv: more than 200000 members in one file: split it");
    }
}
