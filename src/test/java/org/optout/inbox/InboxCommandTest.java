package org.optout.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/**
 * {@code optout inbox} against a real IMAP server (GreenMail on loopback): an objection is sent over SMTP, replies
 * arrive in the user's mailbox, and the inbox is read, matched and recorded, never changed.
 */
class InboxCommandTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    static final Map<String, String> PASSWORD = Map.of("OPTOUT_IMAP_PASSWORD", "secret");

    @TempDir
    Path home;

    GreenMailUser camille;
    String sentId;

    @BeforeEach
    void sent_objection_and_mailbox() throws Exception {
        TestFiles.sampleProfile(home);
        camille = mail.setUser("camille.durand@example.org", "camille", "secret");
        imapConfig("INBOX");
        CliRun send = CliRun.runWith(home, CliRun.on("2026-11-02"), Map.of(), "", "send", "chatgpt", "--profile",
                "profile.yaml", "--db", "t.db", "--smtp-host", "127.0.0.1", "--smtp-port",
                Integer.toString(mail.getSmtp().getPort()), "--smtp-tls", "none");
        assertThat(send.exitCode()).as(send.toString()).isZero();
        sentId = mail.getReceivedMessages()[0].getMessageID();
        assertThat(sentId).isNotBlank();
    }

    void imapConfig(String folders) {
        TestFiles.write(home.resolve(".config/optout/config.yaml"), "imap:\n  host: 127.0.0.1\n  port: "
                + mail.getImap().getPort() + "\n  username: camille\n  tls: none\n  folders: [" + folders + "]\n");
    }

    static MimeMessage message(String from, String subject, String body, String inReplyTo, boolean html,
                               String date) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("camille.durand@example.org"));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(Date.from(Instant.parse(date + "T08:30:00Z")));
        if (html) {
            m.setContent(body, "text/html; charset=UTF-8");
        } else {
            m.setText(body, "UTF-8");
        }
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        m.saveChanges();
        return m;
    }

    CliRun inbox(String... extra) {
        String[] args = new String[extra.length + 7];
        System.arraycopy(new String[] {"inbox", "--db", "t.db", "--profile", "profile.yaml", "--ui-lang", "en"}, 0,
                args, 0, 7);
        System.arraycopy(extra, 0, args, 7, extra.length);
        return CliRun.runWith(home, CliRun.CLOCK, PASSWORD, "", args);
    }

    void deliverAll() throws Exception {
        camille.deliver(message("DPO OpenAI <dpo@openai.com>", "Re: Opposition au traitement",
                "Madame,\n\nNous accusons réception de votre demande d'opposition. Elle a été enregistrée sous le "
                        + "numéro de dossier DPO-2026-1187.\n\nCordialement", sentId, false, "2026-11-04"));
        camille.deliver(message("privacy@openai.com", "About your request R1",
                "Hello,\n\nWe are unable to comply with your objection: we have compelling legitimate grounds.",
                null, false, "2026-11-12"));
        camille.deliver(message("news@openai.com", "Our new model is here", "Try it today! Regards, the team",
                null, false, "2026-11-13"));
        camille.deliver(message("winner@lottery.example", "You won", "Claim your prize, camille.durand@example.org",
                null, false, "2026-11-14"));
    }

    JsonNode show() throws IOException {
        CliRun run = CliRun.run(home, "requests", "show", "R1", "--json", "--db", "t.db");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    long events(JsonNode request, String type) {
        long n = 0;
        for (JsonNode e : request.get("events")) {
            n += e.get("type").asText().equals(type) ? 1 : 0;
        }
        return n;
    }

    @Test
    void matches_records_and_classifies_the_replies_and_leaves_the_rest_unattached() throws Exception {
        deliverAll();

        CliRun run = inbox();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("R1 chatgpt E", ": acknowledgement DPO-2026-1187 (certain): recorded as "
                + "acknowledged, case number DPO-2026-1187");
        assertThat(run.out()).containsPattern("R1 chatgpt E(\\d+): refusal \\(likely\\)");
        assertThat(run.out()).containsPattern("next: optout requests refused R1 --reply E\\d+ --db t.db");
        assertThat(run.out()).contains("-: unknown (none) not matched (from the controller's domain, but nothing "
                + "names a request)", "news@openai.com");
        assertThat(run.out()).contains("not matched (not from a controller's domain)", "winner@lottery.example");
        assertThat(run.out()).contains("4 message(s) read: 2 matched to a request (1 recorded automatically), "
                + "2 not matched, 0 seen before or skipped");

        JsonNode r1 = show();
        assertThat(r1.get("status").asText()).isEqualTo("acknowledged");
        assertThat(events(r1, "reply_received")).isEqualTo(2);
        assertThat(events(r1, "acknowledged")).isEqualTo(1);
        JsonNode ack = null;
        for (JsonNode e : r1.get("events")) {
            if (e.get("type").asText().equals("acknowledged")) {
                ack = e;
            }
        }
        assertThat(ack.get("reference").asText()).isEqualTo("DPO-2026-1187");
        assertThat(ack.get("on").asText()).isEqualTo("2026-11-04");

        CliRun todo = CliRun.run(home, "todo", "--db", "t.db", "--ui-lang", "en");
        assertThat(todo.out()).contains("waits for you").contains("optout requests show R1 --db t.db");

        String command = run.out().lines().filter(l -> l.contains("next: optout requests refused")).findFirst()
                .orElseThrow().replaceFirst("^.*next: optout ", "");
        CliRun refused = CliRun.run(home, command.split(" "));
        assertThat(refused.exitCode()).as(refused.toString()).isZero();
        assertThat(refused.out()).contains("refused recorded; status refused");
        JsonNode after = show();
        assertThat(after.get("status").asText()).isEqualTo("refused");
        CliRun todoAfter = CliRun.run(home, "todo", "--db", "t.db", "--ui-lang", "en");
        assertThat(todoAfter.out()).doesNotContain("waits for you");
        assertThat(CliRun.run(home, "requests", "verify", "--db", "t.db").exitCode()).isZero();
    }

    @Test
    void a_second_run_records_nothing_twice_and_the_server_flags_are_unchanged() throws Exception {
        deliverAll();
        java.util.List<String> flagsBefore = flags();
        assertThat(inbox().exitCode()).isZero();
        int eventsAfterFirst = show().get("events").size();

        CliRun again = inbox();

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("0 message(s) read");
        assertThat(show().get("events").size()).isEqualTo(eventsAfterFirst);
        CliRun since = inbox("--since", "2026-11-01");
        assertThat(since.out()).contains("0 message(s) read");
        assertThat(show().get("events").size()).isEqualTo(eventsAfterFirst);
        assertThat(flags()).hasSize(4).isEqualTo(flagsBefore).noneMatch(f -> f.contains("SEEN"));
    }

    /** Each message of the INBOX with its flags, as the server has them (read with EXAMINE, which changes none). */
    java.util.List<String> flags() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), "camille", "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            java.util.List<String> all = new java.util.ArrayList<>();
            for (Message m : inbox.getMessages()) {
                java.util.List<String> names = new java.util.ArrayList<>();
                for (Flags.Flag f : m.getFlags().getSystemFlags()) {
                    names.add(f == Flags.Flag.SEEN ? "SEEN" : f == Flags.Flag.RECENT ? "RECENT"
                            : f == Flags.Flag.DELETED ? "DELETED" : f == Flags.Flag.FLAGGED ? "FLAGGED"
                            : f == Flags.Flag.ANSWERED ? "ANSWERED" : String.valueOf(f));
                }
                java.util.Collections.sort(names);
                all.add(m.getSubject() + " " + names + " " + java.util.Arrays.toString(m.getFlags().getUserFlags()));
            }
            inbox.close(false);
            return all;
        }
    }

    @Test
    void a_dry_run_records_nothing() throws Exception {
        deliverAll();
        int before = show().get("events").size();

        CliRun dry = inbox("--dry-run");

        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("dry run: nothing recorded").doesNotContain("next:");
        assertThat(show().get("events").size()).isEqualTo(before);
        CliRun real = inbox();
        assertThat(real.out()).contains("4 message(s) read: 2 matched");
    }

    @Test
    void an_html_only_reply_in_reply_to_the_letter_is_certain() throws Exception {
        camille.deliver(message("dpo@openai.com", "Re: objection", "<html><body><p>Dear user,</p><p>We have "
                + "processed your objection: your data <b>will no longer be used</b> to train our models.</p>"
                + "</body></html>", sentId, true, "2026-11-10"));

        CliRun run = inbox("--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode row = new ObjectMapper().readTree(run.out()).get(0);
        assertThat(row.get("confidence").asText()).isEqualTo("certain");
        assertThat(row.get("reply_class").asText()).isEqualTo("answer");
        assertThat(row.get("date").asText()).isEqualTo("2026-11-10");
        assertThat(row.get("next").asText()).matches("optout requests answered R1 --reply E\\d+ --db t.db");
    }

    @Test
    void a_dutch_extension_notice_quoting_the_request_id() throws Exception {
        camille.deliver(message("privacy@openai.com", "Uw verzoek R1", "Geachte mevrouw,\n\nGezien de complexiteit "
                + "verlengen wij de termijn met twee maanden.\n\nMet vriendelijke groet", null, false, "2026-11-20"));

        CliRun run = inbox();

        assertThat(run.out()).as(run.toString()).containsPattern("R1 chatgpt E\\d+: extension \\(likely\\)")
                .containsPattern("optout requests extended R1 --reply E\\d+ --db t.db");
    }

    @Test
    void the_printed_command_classifies_the_extension_notice_and_the_deadline_follows_it() throws Exception {
        assertThat(show().get("deadline").asText()).isEqualTo("2026-12-02");
        camille.deliver(message("privacy@openai.com", "Uw verzoek R1", "Geachte mevrouw,\n\nGezien de complexiteit "
                + "verlengen wij de termijn met twee maanden.\n\nMet vriendelijke groet", null, false, "2026-11-20"));
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile("optout (requests extended R1 --reply E\\d+ "
                + "--db t.db)").matcher(inbox().out());
        assertThat(printed.find()).isTrue();

        CliRun extended = CliRun.run(home, printed.group(1).split(" "));

        assertThat(extended.exitCode()).as(extended.toString()).isZero();
        JsonNode after = show();
        // notified within the first month: three months from receipt (2 Nov 2026), a Tuesday
        assertThat(after.get("deadline").asText()).isEqualTo("2027-02-02");
        JsonNode last = after.get("events").get(after.get("events").size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("extension_notified");
        assertThat(last.get("on").asText()).isEqualTo("2026-11-20");
        assertThat(last.get("documents")).isNotEmpty();
    }

    @Test
    void a_message_deleted_on_the_server_between_runs_changes_nothing() throws Exception {
        deliverAll();
        assertThat(inbox().exitCode()).isZero();
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), "camille", "secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(4).setFlag(Flags.Flag.DELETED, true);
            inbox.close(true);
        }
        camille.deliver(message("privacy@openai.com", "R1: update", "We have processed your objection.", null,
                false, "2026-11-21"));

        CliRun run = inbox();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("1 message(s) read: 1 matched");
    }

    @Test
    void a_changed_uidvalidity_reads_the_folder_again_and_skips_what_it_saw() throws Exception {
        imapConfig("Replies");
        MimeMessage first = message("privacy@openai.com", "R1: we are unable to comply", "We are unable to comply.",
                null, false, "2026-11-12");
        long validity = refill(first);
        CliRun run = inbox();
        assertThat(run.out()).as(run.toString()).contains("1 message(s) read: 1 matched");

        long newValidity = refill(first, message("privacy@openai.com", "R1: final answer",
                "We have processed your objection.", null, false, "2026-11-15"));
        assertThat(newValidity).isNotEqualTo(validity);

        CliRun again = inbox();
        assertThat(again.out()).as(again.toString()).contains("2 message(s) read: 1 matched", "skipped: duplicate");
        assertThat(events(show(), "reply_received")).isEqualTo(2);
        assertThat(inbox().out()).contains("0 message(s) read");
    }

    /** Deletes and recreates the folder Replies with these messages; returns its new UIDVALIDITY. */
    long refill(MimeMessage... messages) throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), "camille", "secret");
            Folder folder = store.getFolder("Replies");
            long old = -1;
            if (folder.exists()) {
                folder.open(Folder.READ_ONLY);
                old = ((jakarta.mail.UIDFolder) folder).getUIDValidity();
                folder.close(false);
            }
            // GreenMail derives a new folder's UIDVALIDITY from the clock, in seconds: recreate the folder until
            // the server gives it another one, as a real server does
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            long validity;
            do {
                if (folder.exists()) {
                    folder.delete(true);
                }
                folder.create(Folder.HOLDS_MESSAGES);
                folder.open(Folder.READ_ONLY);
                validity = ((jakarta.mail.UIDFolder) folder).getUIDValidity();
                folder.close(false);
            } while (validity == old && System.nanoTime() < deadline);
            assertThat(validity).as("a new UIDVALIDITY").isNotEqualTo(old);
            folder.appendMessages(messages);
            return validity;
        }
    }

    @Test
    void a_wrong_password_is_one_line_and_exit_4() {
        CliRun run = CliRun.runWith(home, CliRun.CLOCK, Map.of("OPTOUT_IMAP_PASSWORD", "wrong"), "", "inbox",
                "--db", "t.db", "--ui-lang", "en");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("refused the login of camille").doesNotContain("wrong");
    }

    @Test
    void an_unreachable_server_is_one_line_and_exit_4() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        TestFiles.write(home.resolve(".config/optout/config.yaml"), "imap:\n  host: 127.0.0.1\n  port: " + closed
                + "\n  username: camille\n  tls: none\n");
        CliRun run = inbox();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("cannot connect to the IMAP server 127.0.0.1:" + closed);
    }

    @Test
    void a_tls_failure_is_one_line_and_exit_4() {
        // the plain IMAP port does not speak TLS: the handshake fails
        TestFiles.write(home.resolve(".config/optout/config.yaml"), "imap:\n  host: 127.0.0.1\n  port: "
                + mail.getImap().getPort() + "\n  username: camille\n  tls: ssl\n  timeout_seconds: 3\n");
        CliRun run = inbox();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(4);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("cannot connect to the IMAP server");
    }

    @Test
    void tls_none_is_refused_towards_a_remote_host() {
        TestFiles.write(home.resolve(".config/optout/config.yaml"), "imap:\n  host: imap.example.org\n"
                + "  username: camille\n  tls: none\n");
        CliRun run = inbox();
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("imap tls: none is only allowed towards a loopback address");
    }

    /** A refusal in reply.eml; an extension naming R1 and an unrelated message in replies.mbox. */
    private void writeReplies() throws Exception {
        ByteArrayOutputStream eml = new ByteArrayOutputStream();
        message("dpo@openai.com", "Re: Opposition", "Nous ne pouvons pas donner suite à votre opposition.", sentId,
                false, "2026-11-05").writeTo(eml);
        TestFiles.write(home.resolve("reply.eml"), eml.toString(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder mbox = new StringBuilder();
        for (MimeMessage m : new MimeMessage[] {
                message("privacy@openai.com", "R1", "From now on we will extend the period by two further months.",
                        null, false, "2026-11-06"),
                message("shop@example.net", "Sale", "From today: 50% off", null, false, "2026-11-07")}) {
            ByteArrayOutputStream one = new ByteArrayOutputStream();
            m.writeTo(one);
            mbox.append("From someone@example Thu Nov  5 10:00:00 2026\n")
                    .append(one.toString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n")
                            .replaceAll("(?m)^From ", ">From ")).append("\n\n");
        }
        TestFiles.write(home.resolve("replies.mbox"), mbox.toString());
    }

    @Test
    void requests_import_takes_an_eml_and_an_mbox() throws Exception {
        writeReplies();

        CliRun run = CliRun.run(home, "requests", "import", "reply.eml", "replies.mbox", "--db", "t.db",
                "--profile", "profile.yaml", "--ui-lang", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("R1 chatgpt E\\d+: refusal \\(certain\\)")
                .containsPattern("R1 chatgpt E\\d+: extension \\(likely\\)")
                .contains("shop@example.net")
                .contains("3 message(s) read: 2 matched to a request (0 recorded automatically), 1 not matched");
        CliRun again = CliRun.run(home, "requests", "import", "reply.eml", "replies.mbox", "--db", "t.db",
                "--profile", "profile.yaml", "--ui-lang", "en");
        assertThat(again.out()).contains("3 message(s) read: 0 matched");
        assertThat(events(show(), "reply_received")).isEqualTo(2);
    }

    @Test
    void requests_import_tells_each_message_in_french() throws Exception {
        writeReplies();
        String[] files = {"requests", "import", "reply.eml", "replies.mbox", "--db", "t.db", "--profile",
                "profile.yaml", "--ui-lang"};
        CliRun fr = CliRun.run(home, concat(files, "fr"));
        assertThat(fr.exitCode()).as(fr.toString()).isZero();
        assertThat(fr.out().replace('\u00a0', ' ')).isEqualTo("""
                R1 chatgpt E5: refus (certain) — dpo@openai.com «Re: Opposition»
                    ensuite : optout requests refused R1 --reply E5 --db t.db
                R1 chatgpt E6: prolongation (probable) — privacy@openai.com «R1»
                    ensuite : optout requests extended R1 --reply E6 --db t.db
                -: inconnu (aucun) non rattaché (ne vient pas du domaine d'un responsable du traitement) : joint \
                à aucune demande — shop@example.net «Sale»
                3 message(s) lu(s) : 2 rattaché(s) à une demande (0 enregistré(s) automatiquement), 1 non \
                rattaché(s), 0 déjà vu(s) ou ignoré(s)
                """);
        CliRun again = CliRun.run(home, concat(files, "fr"));
        assertThat(again.outLines()).startsWith("reply.eml: ignoré\u00a0: doublon — dpo@openai.com «Re: Opposition»");
        CliRun en = CliRun.run(home, concat(files, "en"));
        assertThat(en.outLines()).startsWith("reply.eml: skipped: duplicate — dpo@openai.com «Re: Opposition»");
    }

    @Test
    void an_unmatched_reply_says_why_in_english_too() throws Exception {
        writeReplies();
        CliRun en = CliRun.run(home, "requests", "import", "replies.mbox", "--db", "t.db", "--profile",
                "profile.yaml", "--ui-lang", "en");
        assertThat(en.exitCode()).as(en.toString()).isZero();
        assertThat(en.outLines()).contains("R1 chatgpt E5: extension (likely) — privacy@openai.com «R1»",
                "-: unknown (none) not matched (not from a controller's domain): not attached to any request — "
                        + "shop@example.net «Sale»");
    }

    private static String[] concat(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }
}
