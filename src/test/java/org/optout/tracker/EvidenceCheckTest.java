package org.optout.tracker;

import org.optout.ui.Message;
import org.optout.catalogue.Channel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.cli.CliRun;

/** Every read of evidence checks it against the SHA-256 and size recorded. */
class EvidenceCheckTest {
    @TempDir
    Path dir;

    private FolderDocumentStore store() {
        return new FolderDocumentStore(dir.resolve("documents"), CliRun.CLOCK);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static TrackedRequest requestWith(StoredDocument... documents) {
        RequestEvent event = new RequestEvent(1, EventType.ANSWERED, LocalDate.of(2026, 11, 2), Instant.EPOCH, null,
                null, List.of(documents));
        return new TrackedRequest(3, "linkedin", RequestKind.OBJECTION, "fr", Channel.EMAIL, "IE", "FR", null,
                Instant.EPOCH, List.of(event));
    }

    @Test
    void reads_an_intact_document() {
        FolderDocumentStore store = store();
        StoredDocument reply = store.store(bytes("We need more time."), "text/plain", "reply.txt", "reply");
        assertThat(store.read(reply)).isEqualTo(bytes("We need more time."));
        assertThat(store.problem(reply.sha256(), reply.size()).map(Message::english)).isEmpty();
        store.check(requestWith(reply));
    }

    @Test
    void a_document_changed_by_one_byte_is_refused_by_name_and_hash() throws Exception {
        FolderDocumentStore store = store();
        StoredDocument reply = store.store(bytes("We need more time."), "text/plain", "reply.txt", "reply");
        Files.write(store.path(reply.sha256()), bytes("We need more time!"));

        assertThatThrownBy(() -> store.read(reply))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DELIVERY))
                .hasMessageStartingWith("evidence reply.txt (sha256 " + reply.sha256()
                        + ") changed (its SHA-256 is now ")
                .hasMessageContaining(store.folder().toString());
        assertThat(store.problem(reply.sha256(), reply.size()).map(Message::english))
                .hasValueSatisfying(p -> assertThat(p).startsWith("changed"));
    }

    @Test
    void a_missing_file_a_directory_and_a_truncated_file_are_each_reported() throws Exception {
        FolderDocumentStore store = store();
        StoredDocument gone = store.store(bytes("letter"), "application/pdf", "letter.pdf", "letter");
        StoredDocument folder = store.store(bytes("mail"), "message/rfc822", "sent.eml", "eml");
        StoredDocument cut = store.store(bytes("screenshot"), "image/png", "form.png", "proof");
        Files.delete(store.path(gone.sha256()));
        Files.delete(store.path(folder.sha256()));
        Files.createDirectory(store.path(folder.sha256()));
        Files.write(store.path(cut.sha256()), bytes("screen"));

        assertThatThrownBy(() -> store.read(gone))
                .hasMessageContaining("letter.pdf (sha256 " + gone.sha256() + ") missing");
        assertThatThrownBy(() -> store.read(folder)).hasMessageContaining("sent.eml (sha256 " + folder.sha256()
                + ") not a regular file");
        assertThatThrownBy(() -> store.read(cut)).hasMessageContaining("form.png (sha256 " + cut.sha256()
                + ") changed (6 bytes, recorded 10)");
    }

    @Test
    void checking_a_request_lists_every_bad_file_on_one_line() throws Exception {
        FolderDocumentStore store = store();
        StoredDocument ok = store.store(bytes("fine"), "text/plain", "fine.txt", "reply");
        StoredDocument gone = store.store(bytes("letter"), "application/pdf", "letter.pdf", "letter");
        StoredDocument changed = store.store(bytes("We need more time."), "text/plain", "reply.txt", "reply");
        Files.delete(store.path(gone.sha256()));
        Files.write(store.path(changed.sha256()), bytes("We need more time!"));

        assertThatThrownBy(() -> store.check(requestWith(ok, gone, changed, gone)))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DELIVERY))
                .hasMessageStartingWith("R3: evidence in " + store.folder() + " is not as recorded: letter.pdf (sha256 "
                        + gone.sha256() + ") missing; reply.txt (sha256 " + changed.sha256() + ") changed")
                .hasMessageNotContaining("fine.txt")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void a_recorded_hash_that_is_not_a_sha256_never_reaches_the_file_system() {
        FolderDocumentStore store = store();
        StoredDocument forged = new StoredDocument("../../etc/passwd", 10, "text/plain", "x", Instant.EPOCH, "reply");
        assertThat(store.problem(forged.sha256(), 10).map(Message::english))
                .hasValueSatisfying(p -> assertThat(p).contains("invalid SHA-256"));
        assertThatThrownBy(() -> store.read(forged)).hasMessageContaining("invalid SHA-256");
    }
}
