package org.optout.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.optout.AppException;
import org.optout.files.PrivateFiles;

/** Small UTF-8 text files named by an option (a rebuttal): regular files only, bounded in size. */
final class TextFiles {
    private TextFiles() {
    }

    static String read(Path file, String option, int maxBytes) {
        if (!Files.isRegularFile(file)) {
            throw AppException.usage(option + ": " + file + (Files.exists(file) ? " is not a regular file"
                    : " does not exist"));
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw AppException.invalidData(option + ": " + file + " is larger than " + maxBytes + " bytes");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString().strip();
        } catch (CharacterCodingException e) {
            throw AppException.invalidData(option + ": " + file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw AppException.invalidData(option + ": cannot read " + file + " (" + PrivateFiles.reason(e) + ")", e);
        }
    }
}
