package org.optout.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.optout.AppException;
import org.optout.files.PrivateFiles;
import org.optout.ui.Message;

/** Small UTF-8 text files named by an option (a rebuttal): regular files only, bounded in size. */
final class TextFiles {
    private TextFiles() {
    }

    static String read(Path file, String option, int maxBytes) {
        if (!Files.isRegularFile(file)) {
            throw AppException.usage(Message.of(Files.exists(file) ? "file.not_regular" : "file.not_found", option,
                    file));
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw AppException.invalidData(Message.of("file.too_large_bytes", option, file, maxBytes));
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().strip();
        } catch (CharacterCodingException e) {
            throw AppException.invalidData(Message.of("file.not_utf8", option, file), e);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("file.cannot_read", option, file, PrivateFiles.why(e)), e);
        }
    }
}
