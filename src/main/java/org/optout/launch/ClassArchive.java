package org.optout.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.optout.files.PrivateFiles;

/**
 * The application class-data archive in optout's cache folder ({@code $XDG_CACHE_HOME/optout}, else
 * {@code ~/.cache/optout}). Its name depends on the JDK and on the jar (path, size, date), so that a new JDK or a
 * new optout records a new one and removes the old. An archive is only ever put in place after a JVM has mapped
 * it successfully: a truncated archive would crash the JVM that maps it.
 *
 * <p>The archive holds class metadata only (JDK 17 stores no heap objects in a dynamic archive), never the
 * user's data. It is a cache: when it cannot be written, optout simply runs without it.
 *
 * @param file the archive
 */
record ClassArchive(Path file) {
    private static final String PREFIX = "optout-";
    private static final String SUFFIX = ".jsa";
    /** A recording left by a run that was killed is removed once it is this old. */
    private static final Duration ABANDONED = Duration.ofDays(1);

    /** The archive for this JDK and jar in {@code cacheHome} (optout's cache folder). */
    static ClassArchive locate(Path cacheHome, Path javaHome, Path jar) {
        return new ClassArchive(cacheHome.resolve(PREFIX + key(javaHome, jar) + SUFFIX));
    }

    private static String key(Path javaHome, Path jar) {
        CRC32 crc = new CRC32();
        String identity = javaHome + "\n" + System.getProperty("java.vm.version") + "\n" + jar + "\n"
                + size(jar) + "\n" + modified(jar);
        crc.update(identity.getBytes(StandardCharsets.UTF_8));
        // no String.format: this runs before the hand-over, where every class loaded delays the command
        return Long.toHexString(crc.getValue());
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** A new file to record the archive into, in the cache folder (created owner-only); empty if not writable. */
    Optional<Path> startRecording() {
        try {
            PrivateFiles.createPrivateDirectories(file.getParent());
            return Files.isWritable(file.getParent())
                    ? Optional.of(file.resolveSibling(
                            file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp"))
                    : Optional.empty();
        } catch (IOException | SecurityException e) {
            // no cache folder: optout runs without the archive
            return Optional.empty();
        }
    }

    /**
     * Puts a recording in place if the run succeeded and a JVM maps it, and removes archives of other JDKs or
     * jars; otherwise deletes it.
     */
    void finishRecording(Path recording, boolean succeeded, Path java, Path jar, Instant now) {
        try {
            if (succeeded && Files.isRegularFile(recording) && maps(recording, java, jar)) {
                Files.move(recording, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ));
                }
                removeOthers(now);
            }
        } catch (IOException | DirectoryIteratorException ignored) {
            // a cache that could not be stored: the next run records it again
        } finally {
            discard(recording);
        }
    }

    /** Deletes the archive, if any. */
    void remove() {
        discard(file);
    }

    /** Deletes a recording that will not be used (null is allowed). */
    void discard(Path recording) {
        if (recording == null) {
            return;
        }
        try {
            Files.deleteIfExists(recording);
        } catch (IOException ignored) {
            // best effort: a cache file; an abandoned recording is removed by a later run (removeOthers)
        }
    }

    /** Whether a JVM with optout's options starts with {@code archive} mapped (it refuses or crashes otherwise). */
    private static boolean maps(Path archive, Path java, Path jar) {
        Path crashReport = archive.resolveSibling(archive.getFileName() + ".crash");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(Launch.JVM_OPTIONS);
        command.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-XX:-CreateCoredumpOnCrash",
                "-XX:ErrorFile=" + crashReport, "-cp", jar.toString(), "-version"));
        try {
            Process probe = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(crashReport);
            } catch (IOException ignored) {
                // only a crash report of the probe, in optout's own cache folder
            }
        }
    }

    private void removeOthers(Instant now) throws IOException {
        Instant abandoned = now.minus(ABANDONED);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(), PREFIX + "*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean otherArchive = name.endsWith(SUFFIX) && !entry.equals(file);
                boolean oldRecording = name.endsWith(".tmp")
                        && Files.getLastModifiedTime(entry).toInstant().isBefore(abandoned);
                if (otherArchive || oldRecording) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    private static long size(Path jar) {
        try {
            return Files.size(jar);
        } catch (IOException e) {
            return -1;
        }
    }

    private static long modified(Path jar) {
        try {
            return Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }
}
