package org.optout.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.optout.AppException;
import org.optout.files.PrivateFiles;
import org.optout.mail.ImapMailbox;
import org.optout.mail.Mbox;
import org.optout.ui.Message;

/**
 * {@code optout requests import}: gives saved messages to a {@link ReplyIntake}, each {@code .eml} file as one
 * message and each mbox file (one that starts with {@code "From "}) as the messages it holds. Every file is checked
 * first (exists, regular, not larger than {@link ImapMailbox#MAX_BYTES} for an .eml); nothing is taken when one is
 * refused.
 */
public final class ReplyFiles {
    /** The account an imported message is noted under in the tracker. */
    public static final String ACCOUNT = "import";

    private ReplyFiles() {
    }

    public static List<ReplyIntake.Processed> take(ReplyIntake intake, List<Path> files,
                                                   Consumer<ReplyIntake.Processed> each) {
        for (Path file : files) {
            check(file);
        }
        List<ReplyIntake.Processed> all = new ArrayList<>();
        for (Path file : files) {
            String name = String.valueOf(file.getFileName());
            if (Mbox.looksLikeMbox(file)) {
                int[] n = {0};
                Mbox.split(file, file.toString(), raw -> {
                    n[0]++;
                    ReplyIntake.Processed p = intake.take(new ReplyIntake.Origin(ACCOUNT, name, null, null,
                            name + " #" + n[0]), raw);
                    all.add(p);
                    each.accept(p);
                });
            } else {
                ReplyIntake.Processed p = intake.take(new ReplyIntake.Origin(ACCOUNT, name, null, null, name),
                        read(file));
                all.add(p);
                each.accept(p);
            }
        }
        intake.finish();
        return all;
    }

    private static void check(Path file) {
        if (!Files.exists(file)) {
            throw AppException.usage(Message.of("file.not_found", "requests import", file));
        }
        if (!Files.isRegularFile(file)) {
            throw AppException.usage(Message.of("file.not_regular", "requests import", file));
        }
    }

    private static byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > ImapMailbox.MAX_BYTES) {
                throw AppException.invalidData(Message.of("inbox.too_large", file, size / (1024 * 1024),
                        ImapMailbox.MAX_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("file.cannot_read", "requests import", file,
                    PrivateFiles.why(e)), e);
        }
    }
}
