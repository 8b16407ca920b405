package org.optout.sending;

import org.optout.catalogue.Channel;
import java.util.ArrayList;
import java.util.List;
import org.optout.AppException;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.letter.LetterModel;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.ui.Message;

/** What the user does by hand for a web form, registered post or in-app setting, and the command recording it. */
final class Instructions {
    private Instructions() {
    }

    /**
     * The steps to file a letter by web form, post or in-app setting, in two or three lines that name the files
     * (never the letter itself), and the command that records it.
     */
    static List<Message> of(SendPlan.Step step, String id, String suffix) {
        RenderedLetter letter = step.letter();
        Platform platform = letter.platform();
        String record = recordCommand(step, id, suffix);
        return switch (step.channel()) {
            case FORM -> {
                Recipients.Form form = form(letter);
                yield List.of(Message.of("send.step.form", id, platform.id(), step.channel(), form.url(),
                                form.toVerify() ? Message.of("send.step.to_verify") : "",
                                form.fillIn() == null ? "" : Message.of("send.step.fill_in",
                                        form.fillIn().in(letter.language()))),
                        Message.of("send.step.paste", step.text(), step.pdf()),
                        Message.of("send.step.record", record));
            }
            case POST -> List.of(Message.of("send.step.post", id, platform.id(), step.channel(), step.pdf(),
                            step.addressFile(), postalToVerify(platform) ? Message.of("send.step.address_to_verify") : ""),
                    Message.of("send.step.record_post", record,
                            "optout requests received " + id + " --on YYYY-MM-DD" + suffix));
            case SETTING -> List.of(Message.of("send.step.setting", id, platform.id(), step.channel(),
                            setting(platform, letter.language())),
                    Message.of("send.step.record", record));
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
                Message.of("error.no_form", platform.id())));
    }

    /** Where the setting is and its last step (the switch itself); the guide has every step. */
    private static Message setting(Platform platform, Language language) {
        Platform.Surface surface = platform.optOut().web() != null ? platform.optOut().web() : platform.optOut().mobile();
        String guide = "optout guide " + platform.id();
        if (surface == null) {
            return Message.of("send.setting.none", guide);
        }
        List<String> steps = surface.steps() == null ? List.of() : surface.steps().in(language);
        return Message.of("send.setting.where", surface.url() == null ? Message.of("send.setting.in_app")
                        : Message.of("send.setting.open", surface.url()),
                steps.isEmpty() ? "" : Message.of("send.setting.last_step", steps.get(steps.size() - 1)), guide);
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
