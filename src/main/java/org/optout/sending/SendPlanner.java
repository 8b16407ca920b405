package org.optout.sending;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.optout.catalogue.Catalogue;
import org.optout.files.PrivateFiles;
import org.optout.letter.LetterWriter;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.mail.OutgoingMail;
import org.optout.catalogue.Channel;
import org.optout.tracker.TrackedRequest;

/**
 * Builds the {@link SendPlan}: renders the letters (signed when asked), writes them with their text twins and
 * postal address files, checks every channel, and builds every email, all before any network action or tracker
 * write, so that a refusal stops everything before anything is sent.
 */
public final class SendPlanner {
    private final Catalogue catalogue;
    private final Clock clock;

    public SendPlanner(Catalogue catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * @param seal what to apply to each PDF (a signature), before it is written and attached
     * @param current the requests in the tracker (none for a dry run), to tell which were sent already
     */
    public SendPlan plan(SendOptions options, LetterWriter writer, UnaryOperator<byte[]> seal,
                         List<TrackedRequest> current) {
        List<RenderedLetter> letters = writer.render(options.letters()).stream().map(l -> l.sealed(seal)).toList();
        Path out = options.letters().outDirectory();
        List<Path> files = LetterWriter.save(letters, out, true);
        Channels channels = channels(options);
        List<SendPlan.Step> steps = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            RenderedLetter letter = letters.get(i);
            Channel channel = options.channel(letter.platform());
            channels.requireConfirmed(letter, channel);
            OutgoingMail outgoing = channel == Channel.EMAIL ? channels.compose(letter) : null;
            Path address = null;
            if (channel == Channel.POST) {
                address = out.resolve(letter.baseName() + ".address.txt");
                PrivateFiles.write(address, (String.join("\n", Instructions.addressBlock(letter)) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            } else if (channel == Channel.FORM) {
                Instructions.form(letter); // no form: refused now, before anything is sent
            }
            steps.add(new SendPlan.Step(letter, channel, files.get(2 * i), files.get(2 * i + 1), outgoing,
                    outgoing == null ? null : channels.prepare(outgoing), address,
                    Drafts.sentAlready(current, letter.platform().id()).orElse(null)));
        }
        return new SendPlan(options, steps);
    }

    private Channels channels(SendOptions options) {
        return new Channels(catalogue, () -> {
            throw new IllegalStateException("a plan never connects");
        }, options.letters().profile(), options.copyToSelf(), options.acceptUnconfirmed(), clock);
    }
}
