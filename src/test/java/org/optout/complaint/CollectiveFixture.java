package org.optout.complaint;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.optout.TestFiles;
import org.optout.campaign.Association;
import org.optout.letter.SignatureImage;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Channel;
import org.optout.catalogue.Language;
import org.optout.config.Bundled;
import org.optout.schema.YamlDocuments;
import org.optout.tracker.RequestStatus;

/**
 * Members in every state a collective complaint must tell apart, on {@link #TODAY}: two refused (one after its
 * deadline), two overdue (one reminded, one after an extension), and four not concerned: answered, pending,
 * due today (not yet overdue) and not yet received. Evidence bytes are made here and hashed here, independently of
 * the code under test.
 */
final class CollectiveFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate MANDATE = LocalDate.of(2026, 2, 1);

    private CollectiveFixture() {
    }

    static Catalogue catalogue() {
        return new CatalogueLoader(new YamlDocuments(), Bundled.catalogue()).load(null);
    }

    static Association association(Language language) {
        return new Association("Droits Numériques Ensemble", "association loi 1901", "W751234567",
                List.of("12 rue des Lilas", "75011 Paris"), "FR", "contact@dne.example",
                new Association.Representative("Claire Fontaine", Map.of("fr", "présidente", "en", "chair"),
                        SignatureImage.dataUri(TestFiles.SAMPLES.resolve("signature.png"), "association")),
                new Association.Article80(true, Map.of("fr", "défendre la vie privée"),
                        Map.of("fr", "elle accompagne ses membres")), List.of(language), null);
    }

    /** The eight members, in the order given. */
    static List<MemberRequest> eight() {
        List<MemberRequest> members = new ArrayList<>();
        members.add(member("M0001", "Alice Martin", "R11", RequestStatus.REFUSED, date(5, 5), date(4, 20),
                List.of(), true));
        members.add(member("M0002", "Bruno Lefèvre", "R12", RequestStatus.SENT, date(5, 5), null,
                List.of(date(5, 12)), true));
        members.add(member("M0003", "Chloé Bernard", "R13", RequestStatus.ANSWERED, date(5, 5), null, List.of(),
                true));
        members.add(member("M0004", "David Petit", "R14", RequestStatus.SENT, date(7, 1), null, List.of(), true));
        members.add(member("M0005", "Émilie Roux", "R15", RequestStatus.ACKNOWLEDGED, TODAY, null, List.of(), true));
        members.add(member("M0006", "Farid Haddad", "R16", RequestStatus.EXTENDED, date(6, 10), null, List.of(),
                true));
        members.add(member("M0007", "Gaëlle Moreau", "R17", RequestStatus.REFUSED, date(5, 5), date(5, 20),
                List.of(), false));
        members.add(member("M0008", "Hugo Laurent", "R18", RequestStatus.AWAITING_RECEIPT, null, null, List.of(),
                true));
        return members;
    }

    /** The ids of the members {@link #eight()} qualifies for a complaint, worked out by hand. */
    static final List<String> CONCERNED = List.of("M0001", "M0002", "M0006", "M0007");

    static MemberRequest member(String id, String name, String request, RequestStatus status, LocalDate deadline,
                                LocalDate refusedOn, List<LocalDate> reminders, boolean mandateFile) {
        List<MemberRequest.Document> evidence = new ArrayList<>();
        evidence.add(document("letter", "objection-linkedin-fr.pdf", "letter of " + id));
        evidence.add(document("eml", "sent.eml", "message of " + id));
        if (refusedOn != null) {
            evidence.add(document("reply", "Re: your request " + name + ".eml", "refusal to " + id));
        }
        return new MemberRequest(id, name, name.toLowerCase().replace(' ', '.') + "@mail.example", request,
                date(3, 2), Channel.EMAIL, status, deadline, refusedOn, reminders, MANDATE,
                mandateFile ? document("mandate", "scan " + name + ".pdf", "mandate of " + id) : null, evidence);
    }

    static MemberRequest.Document document(String role, String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new MemberRequest.Document(role, name, sha256(bytes), () -> bytes);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static Path out(Path dir) {
        return dir.resolve("dossier");
    }
}
