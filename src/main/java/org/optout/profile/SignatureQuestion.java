package org.optout.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.optout.AppException;
import org.optout.config.AppPaths;
import org.optout.files.PrivateFiles;
import org.optout.profile.Interview.Question;
import org.optout.profile.Interview.Verdict;

/**
 * The handwritten-signature image: a path as typed ({@code ~} expanded), checked as letters will check it, and
 * copied next to the profile as {@code signature.png} or {@code signature.jpg}, so that the profile names it
 * relative to its own folder and letters find it wherever they are written from.
 */
final class SignatureQuestion {
    /** The image to write next to the profile, under {@code name}. */
    record Copy(String name, byte[] bytes) {
    }

    private final Interview interview;
    private final AppPaths paths;
    private final ProfileWizard.ImageCheck check;

    SignatureQuestion(Interview interview, AppPaths paths, ProfileWizard.ImageCheck check) {
        this.interview = interview;
        this.paths = paths;
        this.check = check;
    }

    /** The copy to write into {@code folder} (the profile's), or null when the user has no signature image. */
    Copy ask(Path folder, boolean replace) {
        return interview.optional(new Question("profile.ask.signature"), null, answer -> copy(answer, folder, replace));
    }

    private Verdict<Copy> copy(String answer, Path folder, boolean replace) {
        Path source = paths.expand(answer);
        if (!Files.isRegularFile(source)) {
            return Verdict.no("profile.refused.signature_missing", source);
        }
        String extension;
        byte[] bytes;
        try {
            extension = check.extension(source);
            bytes = Files.readAllBytes(source);
        } catch (AppException e) {
            return Verdict.no("profile.refused.signature", e.getMessage());
        } catch (IOException e) {
            return Verdict.no("profile.refused.signature", source + ": " + PrivateFiles.reason(e));
        }
        String name = "signature." + extension;
        Path target = folder.resolve(name);
        if (!replace && Files.exists(target) && !sameContent(target, bytes)) {
            return Verdict.no("profile.refused.signature_exists", target);
        }
        return Verdict.ok(new Copy(name, bytes));
    }

    private static boolean sameContent(Path file, byte[] bytes) {
        try {
            return Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException ignored) {
            // unreadable: another file, which only --force may replace
            return false;
        }
    }
}
