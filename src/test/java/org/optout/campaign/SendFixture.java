package org.optout.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.optout.TestFiles;
import org.optout.cli.CliRun;

/**
 * A campaign for the {@code campaign send} tests: the sample association, and members M001… of whom the first
 * {@code signed} have signed their mandate and the rest have not; the platform is chatgpt, whose DPO address in the
 * catalogue (catalogue/platforms/chatgpt.yaml) is {@value #DPO}.
 */
public final class SendFixture {
    public static final String DPO = "dpo@openai.com";
    public static final String ASSOCIATION = "campagnes@donnees-libres.example";

    private SendFixture() {
    }

    public static String memberId(int i) {
        return String.format("M%03d", i);
    }

    /** Writes the association and a members file, and runs {@code campaign init demo} on tracker {@code db}. */
    public static void init(Path home, String db, int signed, int unsigned) {
        TestFiles.copy(TestFiles.SAMPLES.resolve("association.yaml"), home.resolve("association.yaml"));
        TestFiles.copy(TestFiles.SAMPLES.resolve("signature.png"), home.resolve("signature.png"));
        StringBuilder csv = new StringBuilder("member_id,name,email,address,country,language,mandate_signed_on,"
                + "account_chatgpt\n");
        for (int i = 1; i <= signed + unsigned; i++) {
            csv.append(memberId(i)).append(",Membre Numéro ").append(i).append(",m").append(i)
                    .append("@example.org,Rue ").append(i).append(" | 1000 Bruxelles,BE,fr,")
                    .append(i <= signed ? "2026-10-01" : "").append(",m").append(i).append("@example.org\n");
        }
        TestFiles.write(home.resolve("members.csv"), csv.toString());
        CliRun init = CliRun.run(home, "campaign", "init", "demo", "--association", "association.yaml", "--members",
                "members.csv", "--db", db, "--ui-lang", "en");
        assertThat(init.exitCode()).as(init.toString()).isZero();
    }

    /** The arguments of {@code campaign send demo --platform chatgpt} towards a loopback SMTP server. */
    public static List<String> sendArgs(String db, int port, String... more) {
        List<String> args = new ArrayList<>(List.of("campaign", "send", "demo", "--platform", "chatgpt", "--db", db,
                "--ui-lang", "en", "--smtp-host", "127.0.0.1", "--smtp-port", Integer.toString(port), "--smtp-tls",
                "none"));
        args.addAll(List.of(more));
        return args;
    }

    /** {@code optout} in a JVM of its own, its output (stdout and stderr) in {@code log}. */
    public static Process child(Path home, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.optout.Main"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("XDG_"));
        return builder.start();
    }

    /** A message as received, read back from its MIME parts. */
    public record Received(String from, String replyTo, List<String> to, String subject, String body,
                    List<String> attachmentNames, List<String> attachmentTexts) {
        public static Received of(MimeMessage message) throws Exception {
            MimeMultipart parts = (MimeMultipart) message.getContent();
            List<String> names = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            String body = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() == null) {
                    body = (String) part.getContent();
                } else {
                    assertThat(part.getContentType()).startsWith("application/pdf");
                    names.add(part.getFileName());
                    try (PDDocument pdf = Loader.loadPDF(part.getInputStream().readAllBytes())) {
                        texts.add(new PDFTextStripper().getText(pdf));
                    }
                }
            }
            List<String> to = new ArrayList<>();
            for (var address : message.getRecipients(Message.RecipientType.TO)) {
                to.add(((InternetAddress) address).getAddress());
            }
            return new Received(((InternetAddress) message.getFrom()[0]).getAddress(),
                    ((InternetAddress) message.getReplyTo()[0]).getAddress(), to, message.getSubject(), body, names,
                    texts);
        }
    }
}
