package org.optout.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.optout.evidence.EvidenceKind;
import org.optout.evidence.ImageHeader;
import org.optout.files.PrivateFiles;
import org.optout.ui.Message;

/**
 * A signed mandate's file as the association hands it over: named after its member ({@code M0007.pdf},
 * {@code .jpg}, {@code .jpeg} or {@code .png}, the extension in any case), a regular file of at most
 * {@link #MAX_BYTES}, whose content is what its name says: a PDF that PDFBox opens, or a PNG or JPEG whose header
 * claims at most {@link #MAX_PIXELS} (the header only is read: the image is never decoded).
 */
final class MandateFile {
    /** A scanned or signed mandate of a few pages is well under this. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** An A4 page scanned at 600 dpi in colour is 35 megapixels. */
    static final long MAX_PIXELS = 40_000_000;

    private MandateFile() {
    }

    /** A file named as a member's mandate: the member id it names and the kind its extension says. */
    record Named(Path file, String memberId, EvidenceKind kind) {
        String name() {
            return file.getFileName().toString();
        }
    }

    /** The member id and kind {@code file}'s name says, or empty when it is not named as a mandate. */
    static Optional<Named> named(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = name.substring(0, dot);
        Optional<EvidenceKind> kind = EvidenceKind.ofName(name)
                .filter(k -> k == EvidenceKind.PDF || k == EvidenceKind.PNG || k == EvidenceKind.JPEG);
        if (kind.isEmpty() || !MemberRow.MEMBER_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Named(file, id, kind.get()));
    }

    /** A file's bytes, checked, or why it is refused. */
    record Read(byte[] bytes, Message refusal) {
    }

    /** Reads and checks {@code named}: the file is read only once its size is known to be within bounds. */
    static Read read(Named named) {
        String name = named.name();
        try {
            if (!Files.isRegularFile(named.file(), LinkOption.NOFOLLOW_LINKS)) {
                return refused("mandates.refused.not_file", name);
            }
            long size = Files.size(named.file());
            if (size == 0) {
                return refused("mandates.refused.empty", name);
            }
            if (size > MAX_BYTES) {
                return refused("mandates.refused.too_large", name, megabytes(size), megabytes(MAX_BYTES));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(named.file())) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return refused("mandates.refused.too_large", name, megabytes(bytes.length), megabytes(MAX_BYTES));
            }
            if (!named.kind().matches(bytes)) {
                return refused("mandates.refused.not_kind", name, named.kind().name());
            }
            Message problem = named.kind() == EvidenceKind.PDF ? pdfProblem(name, bytes) : imageProblem(named, bytes);
            return problem == null ? new Read(bytes, null) : new Read(null, problem);
        } catch (IOException e) {
            return refused("mandates.refused.unreadable", name, PrivateFiles.reason(e));
        }
    }

    private static Message pdfProblem(String name, byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return pdf.getNumberOfPages() > 0 ? null : Message.of("mandates.refused.corrupt", name, "PDF", "0 pages");
        } catch (IOException e) {
            return Message.of("mandates.refused.corrupt", name, "PDF", PrivateFiles.reason(e));
        }
    }

    private static Message imageProblem(Named named, byte[] bytes) {
        String name = named.name();
        String kind = named.kind().name();
        try {
            Optional<ImageHeader> header = ImageHeader.of(bytes);
            if (header.isEmpty()) {
                return Message.of("mandates.refused.corrupt", name, kind, "no image header");
            }
            if (header.get().exceeds(MAX_PIXELS)) {
                return Message.of("mandates.refused.pixels", name, Long.toString(header.get().width()),
                        Long.toString(header.get().height()), Long.toString(MAX_PIXELS / 1_000_000));
            }
            return null;
        } catch (IOException | RuntimeException e) {
            // ImageIO's readers throw unchecked exceptions on some corrupt headers
            return Message.of("mandates.refused.corrupt", name, kind, String.valueOf(e.getMessage()));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static Read refused(String key, Object... args) {
        return new Read(null, Message.of(key, args));
    }
}
