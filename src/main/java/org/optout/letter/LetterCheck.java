package org.optout.letter;

import java.util.List;
import java.util.Set;
import org.optout.pdf.PdfCheck;
import org.optout.pdf.PdfRenderer;

/**
 * How a letter rendered for a profile or a campaign member is checked, one rule for every writer: from what the
 * renderer laid out (see {@link PdfCheck#verifyLaidOut}), after reading the PDF back in full (see
 * {@link PdfCheck#verify}) once for a template of the user's own. A bundled template's letters are read back in
 * full, in every language, by optout's own tests; reading them back again at run time cost about a sixth of a
 * single letter's run (measured on 2 cores).
 */
public final class LetterCheck {
    private LetterCheck() {
    }

    /**
     * @param template the template's name, e.g. "fr/objection.ftlx"
     * @param expected texts the letter must show (names, identifiers)
     * @param readBack the user's templates whose first PDF the caller's batch has already read back (this method adds
     *     to it), or null when every PDF of a user's template is to be read back
     * @throws org.optout.AppException (invalid data) naming the template when the check fails
     */
    public static void check(LetterTemplates templates, PdfRenderer.RenderedPdf pdf, String template,
                             List<String> expected, int maxPages, Set<String> readBack) {
        String source = templates.label(template);
        if (templates.own(template) && (readBack == null || !readBack.contains(template))) {
            PdfCheck.verify(pdf.bytes(), expected, maxPages, source);
            if (readBack != null) {
                readBack.add(template);
            }
        } else {
            PdfCheck.verifyLaidOut(pdf, expected, maxPages, source);
        }
    }
}
