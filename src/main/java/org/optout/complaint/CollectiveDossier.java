package org.optout.complaint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.catalogue.Language;
import org.optout.files.PrivateFiles;
import org.optout.tracker.DocumentStore;
import org.optout.ui.Message;

/**
 * Writes a collective complaint's dossier: a folder and the same files as a zip beside it, with the manifest every
 * dossier has ({@link Manifest}). Files are read one at a time, checked against their recorded SHA-256 and written
 * straight to disk, so a thousand members' evidence never sits in memory at once. Everything is written under
 * temporary names first: a failure leaves neither the folder nor the zip.
 */
final class CollectiveDossier {
    private final Clock clock;

    CollectiveDossier(Clock clock) {
        this.clock = clock;
    }

    /** A file to put in the dossier, under {@code file} (a path relative to the folder, '/'-separated). */
    record Item(String file, String role, Integer annex, MemberRequest.Document document) {
    }

    /** A member's files in the dossier. */
    record MemberFiles(MemberRequest member, String mandateFile, List<Item> evidence) {
    }

    /** What was written. */
    record Written(Path folder, Path zip, List<DossierService.Entry> entries) {
    }

    /**
     * The dossier's names in the complaint's language, without personal data: the complaint, annex 1 (the list
     * of members), the folders of annex 2 (mandates, one per member: {@code M0007.pdf}) and annex 3 (evidence,
     * numbered per request: {@code M0007-R12-1.pdf}), annex 4 (statutes).
     */
    static CollectiveModel.Files files(Language language, String platform, String authority, Path statutes) {
        String annex = switch (language) {
            case FR -> "annexe";
            case EN -> "annex";
            case NL -> "bijlage";
            case DE -> "anlage";
        };
        String complaint = switch (language) {
            case FR -> "plainte";
            case EN -> "complaint";
            case NL -> "klacht";
            case DE -> "beschwerde";
        };
        return new CollectiveModel.Files(complaint + "-" + platform + "-" + authority + ".pdf", annex + "-1.pdf",
                annex + "-2", annex + "-3", statutes == null ? null
                : annex + "-4" + extension(statutes.getFileName().toString()), Manifest.SUMS);
    }

    /** Each member's mandate and evidence files, under the folders of {@code files}. */
    static List<MemberFiles> name(List<MemberRequest> members, CollectiveModel.Files files) {
        List<MemberFiles> named = new ArrayList<>();
        for (MemberRequest m : members) {
            String mandate = m.mandate() == null ? null
                    : files.mandates() + "/" + m.memberId() + extension(m.mandate().originalName());
            List<Item> evidence = new ArrayList<>();
            for (MemberRequest.Document doc : m.evidence()) {
                evidence.add(new Item(files.evidence() + "/" + m.memberId() + "-" + m.requestId() + "-"
                        + (evidence.size() + 1) + extension(doc.originalName()), doc.role(), 3, doc));
            }
            named.add(new MemberFiles(m, mandate, evidence));
        }
        return named;
    }

    /** ".pdf" from "objection-linkedin-fr.pdf"; ".bin" when the name has no plain extension. */
    private static String extension(String originalName) {
        if (originalName != null) {
            int dot = originalName.lastIndexOf('.');
            String ext = dot < 0 ? "" : originalName.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (ext.matches("[a-z0-9]{1,8}")) {
                return "." + ext;
            }
        }
        return ".bin";
    }

    /**
     * Writes {@code items} to {@code folder} and {@code folder}.zip, neither of which may exist.
     *
     * @param title the manifest's first line
     */
    Written write(Path folder, String title, List<Item> items) {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path zip = parent.resolve(target.getFileName() + ".zip");
        PrivateFiles.ensureWritableDirectory(parent, "--out");
        for (Path existing : List.of(target, zip)) {
            if (Files.exists(existing)) {
                throw AppException.invalidData(Message.of("error.collective.exists", existing));
            }
        }
        Path tmp = null;
        Path tmpZip = null;
        boolean moved = false;
        try {
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".", privateDirectory(parent));
            List<DossierService.Entry> entries = new ArrayList<>();
            for (Item item : items) {
                entries.add(copy(tmp, item));
            }
            writeFile(tmp.resolve(Manifest.JSON), Manifest.json(entries));
            writeFile(tmp.resolve(Manifest.TEXT), Manifest.text(title, entries));
            writeFile(tmp.resolve(Manifest.SUMS), Manifest.sums(entries));
            tmpZip = Files.createTempFile(parent, "." + zip.getFileName() + ".", ".tmp", privateFile(parent));
            zip(tmp, entries, tmpZip);
            move(tmp, target);
            moved = true;
            move(tmpZip, zip);
            return new Written(target, zip, entries);
        } catch (IOException e) {
            throw new AppException(Message.of("error.collective.write", target, PrivateFiles.reason(e)), ExitCode.INVALID_DATA,
                    e);
        } finally {
            if (!Files.exists(zip)) {
                deleteTree(tmpZip);
                deleteTree(tmp);
                if (moved) {
                    deleteTree(target);
                }
            }
        }
    }

    /** Copies one item, checking its bytes against the hash recorded for them. */
    private static DossierService.Entry copy(Path dir, Item item) throws IOException {
        byte[] content = item.document().content().read();
        String sha256 = DocumentStore.sha256(content);
        String recorded = item.document().sha256();
        if (recorded != null && !recorded.equalsIgnoreCase(sha256)) {
            throw new AppException(Message.of("error.collective.changed", item.file(), recorded, sha256),
                    ExitCode.DELIVERY);
        }
        Path file = dir.resolve(item.file());
        if (!Files.isDirectory(file.getParent())) {
            Files.createDirectories(file.getParent(), privateDirectory(dir));
        }
        writeFile(file, content);
        return new DossierService.Entry(item.file(), item.role(), item.annex(), content.length, sha256);
    }

    private void zip(Path dir, List<DossierService.Entry> entries, Path zip) throws IOException {
        List<String> names = new ArrayList<>(entries.stream().map(DossierService.Entry::file).toList());
        names.addAll(List.of(Manifest.JSON, Manifest.TEXT, Manifest.SUMS));
        try (OutputStream out = Files.newOutputStream(zip);
             ZipOutputStream stream = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(clock.millis());
                stream.putNextEntry(entry);
                Files.copy(dir.resolve(name), stream);
                stream.closeEntry();
            }
        }
    }

    private static void writeFile(Path file, byte[] content) throws IOException {
        Files.createFile(file, privateFile(file.getParent()));
        Files.write(file, content);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static FileAttribute<?>[] privateDirectory(Path where) {
        return posix(where) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] privateFile(Path where) {
        return posix(where) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Removes what a failed write left; a leftover it cannot remove is only an unused temporary name. */
    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // the write already failed: that error is the one the user needs to see
        }
    }
}
