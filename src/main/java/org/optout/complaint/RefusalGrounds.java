package org.optout.complaint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.optout.AppException;
import org.optout.evidence.EvidenceIntake;
import org.optout.tracker.EventType;
import org.optout.tracker.RequestEvent;
import org.optout.tracker.StoredDocument;
import org.optout.tracker.TrackedRequest;
import org.optout.ui.Message;

/**
 * The grounds a controller gave for refusing, as a complaint may quote them: the words of its reply (the text of an
 * attached e-mail, a text file or a PDF) when they are short enough to quote whole; else the user's summary of them
 * (the refusal's note); else an excerpt of the reply. Nothing is said of a reply that is neither attached nor
 * summarised.
 */
final class RefusalGrounds {
    /** The longest quotation a complaint holds; a longer reply is quoted in part and annexed whole. */
    static final int MAX_QUOTE = 600;

    private RefusalGrounds() {
    }

    /** The grounds of the latest refusal of {@code request}, or null when it was not refused or nothing says. */
    static ComplaintModel.Grounds of(TrackedRequest request, List<Annexes.Numbered> annexes,
                                     Function<StoredDocument, byte[]> read) {
        RequestEvent refusal = request.latest(EventType.REFUSED).orElse(null);
        if (refusal == null) {
            return null;
        }
        Integer annex = Annexes.numberFor(request, refusal, annexes);
        String reply = replyText(request.proofOf(refusal), read);
        String note = refusal.note() == null || refusal.note().isBlank() ? null : oneParagraph(refusal.note());
        if (reply != null && reply.length() <= MAX_QUOTE) {
            return new ComplaintModel.Grounds(reply, true, false, annex);
        }
        if (note != null) {
            return new ComplaintModel.Grounds(note, false, false, annex);
        }
        if (reply != null) {
            return new ComplaintModel.Grounds(excerpt(reply), true, true, annex);
        }
        return null;
    }

    private static String replyText(List<StoredDocument> documents, Function<StoredDocument, byte[]> read) {
        StoredDocument best = null;
        for (StoredDocument d : documents) {
            if (EvidenceIntake.ROLE_MAIL_TEXT.equals(d.role())) {
                best = d;
                break;
            }
            if (best == null && (d.mediaType().startsWith("text/plain") || d.mediaType().equals("application/pdf"))) {
                best = d;
            }
        }
        if (best == null) {
            return null;
        }
        String text = best.mediaType().equals("application/pdf") ? pdfText(read.apply(best), best)
                : new String(read.apply(best), StandardCharsets.UTF_8);
        String cleaned = oneParagraph(text.lines().filter(line -> !line.stripLeading().startsWith(">"))
                .reduce("", (a, b) -> a + "\n" + b));
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String pdfText(byte[] pdf, StoredDocument doc) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("complaint.reply_unreadable", doc.originalName(), doc.sha256(),
                    e.getMessage()), e);
        }
    }

    /** The text as one paragraph: control characters and runs of white space become single spaces. */
    static String oneParagraph(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s\\u00A0]+", " ").strip();
    }

    /** The start of {@code text}, cut after the last full sentence (or word) that fits, marked with an ellipsis. */
    static String excerpt(String text) {
        String head = text.substring(0, MAX_QUOTE);
        int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("! "), head.lastIndexOf("? ")));
        int cut = sentence > MAX_QUOTE / 2 ? sentence + 1 : head.lastIndexOf(' ');
        return (cut > 0 ? head.substring(0, cut) : head).strip() + " […]";
    }
}
