package org.optout.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A members file of {@code n} fictional people with unique names in Latin (with accents), Greek and Cyrillic
 * script, in the four letter languages; even-numbered members have signed their mandate.
 */
final class GeneratedMembers {
    private static final String[][] FIRST = {
        {"Élodie", "Zoë", "François", "Anaïs", "Jürgen", "Søren", "Łucja", "Ömer", "Inès", "Noël"},
        {"Νίκος", "Ελένη", "Γιώργος", "Μαρία", "Δημήτρης", "Σοφία", "Κώστας", "Άννα", "Παύλος", "Ιωάννα"},
        {"Марина", "Иван", "Ольга", "Сергей", "Наталья", "Алексей", "Татьяна", "Дмитрий", "Елена", "Михаил"}};
    private static final String[][] LAST = {
        {"Lefèvre", "Van den Broeck", "Dubois", "Benali", "Weiß", "Ødegård", "Wiśniewska", "Yılmaz", "Haddad", "Müller"},
        {"Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Οικονόμου", "Καραγιάννης", "Αθανασίου", "Βασιλείου", "Ιωάννου",
            "Μακρής", "Δημητρίου"},
        {"Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова",
            "Морозов"}};
    static final String[] LANGUAGES = {"fr", "nl", "de", "en"};

    private GeneratedMembers() {
    }

    static String id(int i) {
        return String.format("G%04d", i);
    }

    /** Unique for up to 300 members. */
    static String name(int i) {
        int script = i % 3;
        return FIRST[script][(i / 3) % 10] + " " + LAST[script][(i / 30) % 10] + (i >= 300 ? " " + i : "");
    }

    static String language(int i) {
        return LANGUAGES[i % 4];
    }

    static boolean signed(int i) {
        return i % 2 == 0;
    }

    /** The files expected in member {@code i}'s folder when letters are written to LinkedIn. */
    static List<String> files(int i) {
        List<String> files = new ArrayList<>(List.of("objection-linkedin-" + language(i) + ".pdf"));
        if (!signed(i)) {
            files.add("mandate-" + language(i) + ".pdf");
        }
        return files;
    }

    /** Copies the sample association (and its signature image) into {@code dir}. */
    static void sampleAssociation(Path dir) {
        org.optout.TestFiles.copy(org.optout.TestFiles.SAMPLES.resolve("association.yaml"),
                dir.resolve("association.yaml"));
        org.optout.TestFiles.copy(org.optout.TestFiles.SAMPLES.resolve("signature.png"), dir.resolve("signature.png"));
    }

    /** The sample association, read as {@code campaign init} reads it. */
    static Association sampleAssociation() {
        return new AssociationLoader(new org.optout.schema.YamlDocuments())
                .load(org.optout.TestFiles.SAMPLES.resolve("association.yaml"), "association.yaml");
    }

    /** The bundled catalogue. */
    static org.optout.catalogue.Catalogue catalogue() {
        return new org.optout.catalogue.CatalogueLoader(new org.optout.schema.YamlDocuments(),
                org.optout.config.Bundled.catalogue()).load(null);
    }

    static Path write(Path file, int n) {
        StringBuilder csv = new StringBuilder("member_id,name,email,address,country,language,mandate_signed_on,"
                + "account_linkedin\r\n");
        for (int i = 0; i < n; i++) {
            csv.append(String.join(",", id(i), name(i), "member" + i + "@example.org",
                    "Rue " + i + " | 1000 Bruxelles", "BE", language(i), signed(i) ? "2026-10-01" : "",
                    "https://www.linkedin.com/in/member-" + i)).append("\r\n");
        }
        try {
            return Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
