package org.optout.pdf;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The one-time work that writing the first letter of a run costs (the time-zone database, parsing the fonts, the
 * metrics of PDF's fourteen standard fonts for a letter openhtmltopdf lays out), started on another
 * thread as soon as the command line knows a letter will be written, while it builds the command and reads the
 * profile and the catalogue, so that the two overlap on a second core instead of adding up: a letter is usually
 * the only one its JVM writes.
 *
 * <p>Each step only warms what the rendering thread would otherwise do itself: the fonts hand their first parse
 * over (see {@link LetterFont#prefetch()}) and make their compact copies, which the rendering thread waits for
 * rather than making them twice; the other steps initialise classes whose set-up needs none of the classes the
 * rendering thread initialises, so the two threads cannot wait on each other.
 * A step that fails is left for the rendering thread, which then reports the problem where it occurs.
 */
public final class PdfWarmUp {
    /** Once per JVM. */
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    /** The faces of a usual letter, in the order it needs them: its text is first checked against two of them. */
    private static final List<LetterFont> FACES = List.of(LetterFont.REGULAR, LetterFont.BOLD, LetterFont.OBLIQUE);

    private PdfWarmUp() {
    }

    /** Starts the warm-up on a daemon thread, once per JVM (later calls do nothing). */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(PdfWarmUp::run, "optout-pdf-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        // a letter is dated, and its PDF metadata too, in the machine's time zone: the JDK reads its zone database
        ZoneId.systemDefault();
        FACES.forEach(LetterFont::prefetch);
        compactFonts();
        standardFonts();
    }

    /** The compact copies of the faces (see {@link LetterFont#compact()}), which a usual letter is drawn with. */
    private static void compactFonts() {
        try {
            FACES.forEach(LetterFont::prefetchCompact);
        } catch (RuntimeException ignored) {
            // the rendering thread makes them itself, and reports any problem, when it needs them
        }
    }

    /**
     * openhtmltopdf builds PDF's fourteen standard fonts for every document it renders, though a letter uses only
     * the bundled ones: the first time, PDFBox parses their metrics (kept for the JVM's life), about 45 ms of a
     * letter's run on 2 cores (sampled).
     */
    private static void standardFonts() {
        try {
            for (Standard14Fonts.FontName name : Standard14Fonts.FontName.values()) {
                new PDType1Font(name);
            }
        } catch (RuntimeException | LinkageError ignored) {
            // the rendering thread builds them itself, and reports any problem, when it needs them
        }
    }
}
