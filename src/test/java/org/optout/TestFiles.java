package org.optout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Fixtures shared by the tests: the repository's samples and catalogue, and small file helpers. */
public final class TestFiles {
    /** The repository root (Maven runs tests from it). */
    public static final Path ROOT = Path.of("").toAbsolutePath();
    public static final Path SAMPLES = ROOT.resolve("samples");
    public static final Path CATALOGUE = ROOT.resolve("catalogue");
    public static final Path TEMPLATES = ROOT.resolve("templates");

    private TestFiles() {
    }

    /** Copies the sample profile and signature into {@code dir}; returns the profile's path. */
    public static Path sampleProfile(Path dir) {
        try {
            Files.copy(SAMPLES.resolve("signature.png"), dir.resolve("signature.png"), StandardCopyOption.REPLACE_EXISTING);
            return Files.copy(SAMPLES.resolve("profile.yaml"), dir.resolve("profile.yaml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code from} to {@code to}, replacing it. */
    public static Path copy(Path from, Path to) {
        try {
            return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
