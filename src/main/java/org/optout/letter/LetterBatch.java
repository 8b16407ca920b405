package org.optout.letter;

import java.util.List;
import java.util.function.UnaryOperator;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.letter.LetterWriter.Request;
import org.optout.pdf.PdfRenderer;

/**
 * One worker's share of a large batch of letters (a campaign's letters for thousands of members): renders and
 * checks letters one after the other on the calling thread, as {@link LetterWriter} does, keeping from one letter
 * to the next what {@link LetterWriter} does again for every call.
 *
 * <ul>
 *   <li>The signature image is read, checked and encoded once per file, not once per letter.</li>
 *   <li>The first PDF of each of the user's own templates (e.g. {@code fr/objection.ftlx}) is read back and its
 *   text extracted, as {@link LetterWriter} does for every letter of such a template; the later ones, and those of
 *   the bundled templates (which optout's tests read back), are checked from what the renderer laid out: the page
 *   count and the expected texts (sender, addressee, account identifiers) in the text laid out. Every PDF is still
 *   refused if any of its text uses a font other than the embedded letter font
 *   (see {@link org.optout.pdf.PdfCheck#verifyLaidOut}).</li>
 *   <li>The text twin is rendered only when the request asks for it ({@link Request#withText()}).</li>
 *   <li>The parsed fonts, their metrics and the XML parser are kept per thread by {@link PdfRenderer}, so a
 *   worker thread that renders many letters sets them up once.</li>
 * </ul>
 *
 * <p>Not thread-safe: give each worker thread its own batch, created on or before its first letter. Batches may
 * share one {@link LetterTemplates} and one {@link PdfRenderer}, which are thread-safe. One worker per core is
 * the fastest; letters are independent, so workers need no coordination except for writing their results
 * ({@link LetterWriter#save} writes one set of files atomically). Typical use:
 *
 * <pre>{@code
 * LetterTemplates templates = new LetterTemplates(null);
 * PdfRenderer renderer = new PdfRenderer();
 * // on each worker thread:
 * LetterBatch batch = new LetterBatch(templates, renderer);
 * for (Member member : myShareOfTheMembers) {
 *     RenderedLetter letter = batch.objection(requestFor(member)); // one platform
 *     LetterWriter.save(List.of(letter), folderOf(member), false);
 * }
 * }</pre>
 */
public final class LetterBatch {
    private final LetterWriter writer;

    public LetterBatch(LetterTemplates templates, PdfRenderer renderer) {
        this.writer = new LetterWriter(templates, renderer, new LetterWriter.BatchMemory());
    }

    /**
     * The objection letters of {@code request}, one per platform in its order, rendered and checked in memory on
     * the calling thread (nothing is written).
     *
     * @throws org.optout.AppException (invalid data) as {@link LetterWriter#render} does
     */
    public List<RenderedLetter> objections(Request request) {
        return writer.render(request);
    }

    /**
     * The objection letter of {@code request}'s single platform.
     *
     * @throws IllegalArgumentException when the request names more or fewer than one platform
     */
    public RenderedLetter objection(Request request) {
        if (request.platforms().size() != 1) {
            throw new IllegalArgumentException("one platform per letter, not " + request.platforms().size());
        }
        return writer.render(request).get(0);
    }

    /**
     * Another document for the request's single platform (e.g. a campaign's letter or mandate), as
     * {@link LetterWriter#renderDocument(Request, UnaryOperator, String, ExtraVariable, String, int, boolean)}
     * renders it.
     */
    public RenderedLetter document(Request request, UnaryOperator<LetterModel> address, String template,
                                   ExtraVariable extra, String baseName, int maxPages, boolean addressed) {
        return writer.renderDocument(request, address, template, extra, baseName, maxPages, addressed);
    }
}
