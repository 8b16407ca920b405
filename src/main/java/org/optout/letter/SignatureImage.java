package org.optout.letter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.util.stream.Stream;
import org.optout.AppException;
import org.optout.evidence.EvidenceKind;
import org.optout.evidence.ImageHeader;
import org.optout.files.PrivateFiles;
import org.optout.ui.Message;

/** The user's handwritten-signature image, checked and turned into a {@code data:} URI for the templates. */
public final class SignatureImage {
    /** Larger images are refused: a signature needs a few hundred kilobytes at most. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /**
     * Images with more pixels are refused, from their header and before decoding: a few kilobytes of PNG can claim
     * 20000×20000 pixels and take gigabytes to decode. A signature scanned at 600 dpi is well under a megapixel.
     */
    public static final long MAX_PIXELS = 25_000_000;

    private SignatureImage() {
    }

    /**
     * Reads and checks the image at {@code file}.
     *
     * @param label how the profile file is named in errors
     */
    public static String dataUri(Path file, String label) {
        Checked checked = read(file, Message.of("image.field", label));
        byte[] bytes = checked.bytes();
        String mime = checked.mime();
        if (checked.image().getColorModel().hasAlpha()) {
            // Printed on white paper anyway; without an alpha channel PDFBox embeds the PNG data as it is instead of
            // re-encoding the image for every letter (a third of the rendering time).
            bytes = onWhite(checked.image());
            mime = "image/png";
        }
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Checks the image at {@code file} as letters will (size, format, pixels, decoding) and gives the file name
     * extension its content calls for: "png" or "jpg". Errors name the file only, for a question's answer.
     */
    public static String extension(Path file) {
        return read(file, "").mime().equals("image/jpeg") ? "jpg" : "png";
    }

    private record Checked(byte[] bytes, String mime, BufferedImage image) {
    }

    private static Checked read(Path file, Object field) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw AppException.invalidData(Message.of("image.not_found", field, file));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw AppException.invalidData(Message.of("image.too_large", field, file, MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("image.cannot_read", field, file, PrivateFiles.why(e)), e);
        }
        String mime = mimeType(bytes);
        if (mime == null) {
            throw AppException.invalidData(Message.of("image.not_image", field, file));
        }
        return new Checked(bytes, mime, decode(bytes, field, file, mime));
    }

    /** Decodes the image once its header says it is of a sensible size. */
    private static BufferedImage decode(byte[] bytes, Object field, Path file, String mime) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw corrupt(field, file, mime, null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageHeader header = ImageHeader.of(reader);
                if (header.exceeds(MAX_PIXELS)) {
                    throw AppException.invalidData(Message.of("image.too_many_pixels", field, file, header.width(),
                            header.height(), MAX_PIXELS / 1_000_000));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (AppException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(field, file, mime, e);
        }
    }

    private static AppException corrupt(Object field, Path file, String mime, Exception cause) {
        return AppException.invalidData(Message.of("image.corrupt", field, file, mime), cause);
    }

    private static byte[] onWhite(BufferedImage image) {
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(flat, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an in-memory PNG", e);
        }
        return out.toByteArray();
    }

    private static String mimeType(byte[] b) {
        return Stream.of(EvidenceKind.PNG, EvidenceKind.JPEG).filter(k -> k.matches(b)).findFirst()
                .map(EvidenceKind::mediaType).orElse(null);
    }
}
