package org.optout.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file optout keeps as evidence, recognised by their name and checked by their first bytes. */
public enum EvidenceKind {
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    EML("message/rfc822", List.of("eml"), new byte[0]),
    TXT("text/plain", List.of("txt"), new byte[0]);

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] magic;

    EvidenceKind(String mediaType, List<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind a file name says, if optout keeps that kind. */
    public static Optional<EvidenceKind> ofName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
    }

    /** Whether {@code content} starts as this kind of file must. */
    public boolean matches(byte[] content) {
        if (content.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    /** "PNG, JPEG, PDF, .eml or .txt", for messages. */
    public static String names() {
        return "PNG, JPEG, PDF, .eml or .txt";
    }
}
