package org.optout.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.optout.AppException;
import org.optout.files.PrivateFiles;

/** The user's handwritten-signature image, checked and turned into a {@code data:} URI for the templates. */
public final class SignatureImage {
    /** Larger images are refused: a signature needs a few hundred kilobytes at most. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private SignatureImage() {
    }

    /**
     * Reads and checks the image at {@code file}.
     *
     * @param label how the profile file is named in errors
     */
    public static String dataUri(Path file, String label) {
        String field = label + ": field `signature_image`: ";
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw AppException.invalidData(field + file + " not found");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw AppException.invalidData(field + file + " is larger than 5 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw AppException.invalidData(field + "cannot read " + file + " (" + PrivateFiles.reason(e) + ")", e);
        }
        String mime = mimeType(bytes);
        if (mime == null) {
            throw AppException.invalidData(field + file + " is not a PNG or JPEG image");
        }
        boolean decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(bytes)) != null;
        } catch (IOException | RuntimeException e) {
            decoded = false;
        }
        if (!decoded) {
            throw AppException.invalidData(field + file + " is corrupt (" + mime + " cannot be decoded)");
        }
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static String mimeType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }
}
