package org.optout.letter;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.Writer;

/**
 * Bounds one rendering of a user-supplied template: how deeply macros and functions may nest, how long it may
 * run and how much text it may write. Once a limit is reached every further step fails, so that an
 * {@code <#attempt>} cannot carry on, and the template and line where it happened are kept for the message.
 */
final class RenderingLimits implements TemplateProcessingTracer {
    /** Nesting of template elements; the bundled letters need about 20, a stack overflow comes after thousands. */
    static final int MAX_NESTING = 300;
    /** A letter renders in milliseconds. */
    static final long MAX_MILLIS = 10_000;
    /** A letter is a few thousand characters. */
    static final int MAX_CHARS = 1_000_000;

    private final long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000;
    private final BoundedWriter output = new BoundedWriter();
    private int depth;
    private String templateName;
    private int line;
    private String reached;

    Writer output() {
        return output;
    }

    /** Why rendering was stopped, or null. */
    String reached() {
        return reached;
    }

    /** The template being rendered when it was stopped. */
    String templateName() {
        return templateName;
    }

    int line() {
        return line;
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        depth++;
        templateName = element.getTemplate() == null ? templateName : element.getTemplate().getSourceName();
        line = element.getBeginLine();
        if (reached == null && depth > MAX_NESTING) {
            reached = "macros or functions nest deeper than " + MAX_NESTING + " levels (endless recursion?)";
        }
        if (reached == null && System.nanoTime() > deadline) {
            reached = "rendering takes longer than " + MAX_MILLIS / 1000 + " seconds (endless loop?)";
        }
        if (reached != null) {
            throw new LimitReached();
        }
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /** Unwinds the template; never shown (the message is built from {@link #reached()}). */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super("template rendering limit reached", null, false, false);
        }
    }

    private final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder(16 * 1024);

        @Override
        public void write(char[] chars, int offset, int length) {
            if (reached == null && text.length() + length > MAX_CHARS) {
                reached = "the template writes more than " + MAX_CHARS + " characters";
            }
            if (reached != null) {
                throw new LimitReached();
            }
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
            // in memory
        }

        @Override
        public void close() {
            // in memory
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
