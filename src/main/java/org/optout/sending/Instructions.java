package org.optout.sending;

import org.optout.catalogue.Channel;
import java.util.ArrayList;
import java.util.List;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterModel;
import org.optout.letter.LetterWriter.RenderedLetter;

/** What the user does by hand for a web form, registered post or in-app setting, and the command recording it. */
final class Instructions {
    private Instructions() {
    }

    /**
     * The steps to file a letter by web form, post or in-app setting, in two or three lines that name the files
     * (never the letter itself), and the command that records it.
     */
    static List<String> of(SendPlan.Step step, String id, String suffix) {
        RenderedLetter letter = step.letter();
        Platform platform = letter.platform();
        String head = id + " " + platform.id() + ": " + step.channel().label() + ": ";
        return switch (step.channel()) {
            case FORM -> {
                Recipients.Form form = form(letter);
                yield List.of(head + "open " + form.url() + (form.toVerify() ? " (to be verified)" : "")
                                + (form.fillIn() == null ? "" : "; " + form.fillIn().in(letter.language())),
                        "  paste the text of " + step.text() + "; attach " + step.pdf() + " if the form accepts files",
                        "  then record it: " + recordCommand(step, id, suffix));
            }
            case POST -> List.of(head + "print and sign " + step.pdf() + "; send it by registered post with "
                            + "acknowledgement of receipt to the address in " + step.addressFile()
                            + (postalToVerify(platform) ? " (address to be verified)" : ""),
                    "  then record it: " + recordCommand(step, id, suffix) + "; when the receipt comes back: "
                            + "optout requests received " + id + " --on YYYY-MM-DD" + suffix);
            case SETTING -> List.of(head + setting(platform, letter.language()),
                    "  then record it: " + recordCommand(step, id, suffix));
            case EMAIL -> throw new IllegalArgumentException("email is sent, not explained");
        };
    }

    /** The command that records that the user filed the letter themselves. */
    static String recordCommand(SendPlan.Step step, String id, String suffix) {
        return switch (step.channel()) {
            case FORM -> "optout requests sent " + id + " --ref CASE-NUMBER" + suffix;
            case POST -> "optout requests sent " + id + " --via post --ref TRACKING-NUMBER" + suffix;
            case SETTING -> "optout requests done " + id + suffix;
            case EMAIL -> ManualEmail.command(id, suffix);
        };
    }

    static Recipients.Form form(RenderedLetter letter) {
        Platform platform = letter.platform();
        return Recipients.form(platform, letter.model().nonUser()).orElseThrow(() -> AppException.invalidData(
                platform.id() + ": the catalogue has no web form for this platform; use --via email or post"));
    }

    /** Where the setting is and its last step (the switch itself); the guide has every step. */
    private static String setting(Platform platform, Language language) {
        Platform.Surface surface = platform.optOut().web() != null ? platform.optOut().web() : platform.optOut().mobile();
        String guide = "'optout guide " + platform.id() + "' gives every step";
        if (surface == null) {
            return "no known setting: " + guide;
        }
        List<String> steps = surface.steps() == null ? List.of() : surface.steps().in(language);
        return (surface.url() == null ? "in the app" : "open " + surface.url())
                + (steps.isEmpty() ? "" : "; last step: " + steps.get(steps.size() - 1)) + " (" + guide + ")";
    }

    private static boolean postalToVerify(Platform platform) {
        return Recipients.postal(platform).map(c -> c.confidence().toVerify())
                .orElse(platform.controller().confidence().toVerify());
    }

    /** The postal address block of a letter (and of the EU representative, to copy), for the address file. */
    static List<String> addressBlock(RenderedLetter letter) {
        List<String> lines = new ArrayList<>();
        LetterModel.Recipient to = letter.model().recipient();
        lines.addAll(to.lines());
        if (to.attention() != null) {
            lines.add(to.attention());
        }
        lines.add(to.country());
        LetterModel.Representative rep = letter.model().representative();
        if (rep != null && !rep.lines().isEmpty()) {
            lines.add("");
            lines.add("Copy to the EU representative:");
            lines.add(rep.name());
            lines.addAll(rep.lines());
            if (rep.country() != null) {
                lines.add(rep.country());
            }
        }
        return lines;
    }
}
