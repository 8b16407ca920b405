package org.optout.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Lays out and draws a letter straight onto PDFBox pages, for letters within what {@link LetterStyles} reads:
 * blocks, paragraphs, lists, block images and one absolutely placed block, in a text the compact font covers
 * (left-to-right scripts without combining marks). It follows the CSS 2.1 rules those need — collapsing vertical
 * margins, line boxes of {@code line-height} with the half-leading above the ascent, breaks where the line
 * breaker allows them, two orphans and two widows, {@code page-break-inside: avoid} — with openhtmltopdf's
 * rounding, so that a letter comes out as openhtmltopdf draws it (a test compares both, line by line), in about
 * a tenth of the time.
 *
 * <p>Anything outside that throws {@link NotTypesettable} before anything is drawn, and the renderer lays the
 * letter out with openhtmltopdf instead. One instance typesets one letter.
 */
final class Typesetter {
    private static final int ORPHANS = 2;
    private static final int WIDOWS = 2;
    private static final float FIT = 0.01f;
    /** A list's disc: its radius and its centre's distance left of the item's text, in ems (as openhtmltopdf). */
    private static final float DISC_RADIUS = 0.19368f;
    private static final float DISC_OFFSET = 0.5455f;
    private static final float DISC_RISE = 0.3086f;
    /** A line breaker per thread: setting one up costs more than breaking a paragraph. */
    private static final ThreadLocal<LetterLineBreaker> BREAKER = ThreadLocal.withInitial(LetterLineBreaker::new);

    private final LetterStyles styles;
    private final Map<String, byte[]> images;
    private final PDDocument document;
    private final List<Item> flow = new ArrayList<>();
    private final Map<LetterFont, PDType0Font> fonts = new EnumMap<>(LetterFont.class);
    private float y;
    private float pendingMargin;
    private Marker pendingMarker;
    private int paragraphs;
    private int keeps;

    private Typesetter(LetterStyles styles, Map<String, byte[]> images, PDDocument document) {
        this.styles = styles;
        this.images = images;
        this.document = document;
    }

    /** A text to draw from {@code x}, in one face, size and colour. */
    private record Run(LetterFont face, float size, int rgb, float x, String text) {
    }

    /** A list item's marker: its number text, or a disc when {@code text} is null. */
    private record Marker(String text, BoxStyle style, float contentX) {
    }

    /** A line, an image or an origin of absolute boxes, at {@link #y} in the unpaginated flow. */
    private static final class Item {
        float y;
        /** For the first item of a block kept whole: the block's own top margin. */
        float lead;
        float height;
        float baseline;
        List<Run> runs = List.of();
        Marker marker;
        LetterImages.Encoded image;
        float x;
        float width;
        int paragraph = -1;
        int index;
        int count;
        int keep = -1;
        List<Item> absolute = List.of();
        int page;
        float top;
    }

    /** One piece of a paragraph's inline content. */
    private record Piece(String text, BoxStyle style) {
    }

    /**
     * Lays out {@code xhtml} on new pages of {@code document}.
     *
     * @param images the images the XHTML names, by name
     * @return the number of pages
     * @throws NotTypesettable when the letter is outside what this class lays out; nothing was added then
     */
    static int typeset(Document xhtml, Map<String, byte[]> images, PDDocument document)
            throws NotTypesettable, IOException {
        Element root = xhtml.getDocumentElement();
        if (!LetterStyles.name(root).equals("html")) {
            throw new NotTypesettable("root element " + root.getNodeName());
        }
        StringBuilder css = new StringBuilder();
        Element body = null;
        for (Element child : children(root)) {
            switch (LetterStyles.name(child)) {
                case "head" -> {
                    for (Element meta : children(child)) {
                        String name = LetterStyles.name(meta);
                        if (name.equals("style")) {
                            css.append(meta.getTextContent()).append('\n');
                        } else if (!name.equals("title") && !name.equals("meta")) {
                            throw new NotTypesettable("head element " + name);
                        }
                    }
                }
                case "body" -> body = child;
                default -> throw new NotTypesettable("element " + child.getNodeName());
            }
        }
        if (body == null) {
            throw new NotTypesettable("no body");
        }
        LetterStyles styles = LetterStyles.parse(css.toString());
        Typesetter typesetter = new Typesetter(styles, images, document);
        BoxStyle html = styles.style(root, BoxStyle.ROOT);
        LetterStyles.Page page = styles.page();
        float width = page.width() - page.marginLeft() - page.marginRight();
        typesetter.block(body, styles.style(body, html), page.marginLeft(), width);
        return typesetter.draw(typesetter.paginate(page));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    // ---- layout in one unpaginated column ----

    private float flush() {
        y += pendingMargin;
        pendingMargin = 0;
        return y;
    }

    private void margin(float margin) {
        pendingMargin = Math.max(pendingMargin, margin);
    }

    private void block(Element element, BoxStyle style, float x, float available) throws NotTypesettable,
            IOException {
        attributes(element);
        if (!Float.isNaN(style.height())) {
            throw new NotTypesettable("a block of fixed height");
        }
        if (style.position() == BoxStyle.Position.RELATIVE && (style.top() != 0 || style.left() != 0)) {
            throw new NotTypesettable("a block moved by relative positioning");
        }
        margin(style.marginTop());
        float left = x + style.marginLeft() + style.paddingLeft();
        float width = Float.isNaN(style.width()) ? available - style.marginLeft() - style.marginRight()
                - style.paddingLeft() : style.width();
        int first = flow.size();
        float start = Float.NaN;
        Item origin = null;
        if (style.minHeight() > 0 || style.position() == BoxStyle.Position.RELATIVE) {
            start = flush();
            if (style.position() == BoxStyle.Position.RELATIVE) {
                origin = new Item();
                origin.y = start;
                origin.absolute = new ArrayList<>();
                flow.add(origin);
            }
        }
        String name = LetterStyles.name(element);
        List<Piece> inline = new ArrayList<>();
        int number = 0;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part) {
                String tag = LetterStyles.name(part);
                BoxStyle own = styles.style(part, style);
                if (own.position() == BoxStyle.Position.ABSOLUTE) {
                    if (origin == null) {
                        throw new NotTypesettable("absolute box outside a relative one");
                    }
                    origin.absolute.addAll(absolute(part, own, x + style.marginLeft()));
                    continue;
                }
                // each box keeps its own kind: a list item its marker, any other block no marker
                if (own.display() == BoxStyle.Display.LIST_ITEM && !tag.equals("li")
                        || own.display() == BoxStyle.Display.BLOCK && tag.equals("li")) {
                    throw new NotTypesettable("display changing the kind of a " + tag);
                }
                switch (tag) {
                    case "div", "p", "ul", "ol", "li", "img" -> {
                        paragraph(inline, style, left, width);
                        inline.clear();
                        if (tag.equals("li")) {
                            if (!name.equals("ul") && !name.equals("ol")) {
                                throw new NotTypesettable("li outside a list");
                            }
                            if (pendingMarker != null) {
                                throw new NotTypesettable("a list item starting with another list");
                            }
                            number++;
                            pendingMarker = new Marker(name.equals("ol") ? number + "." : null, own, left);
                        } else if (name.equals("ul") || name.equals("ol")) {
                            throw new NotTypesettable(tag + " in a list");
                        }
                        if ((tag.equals("ul") || tag.equals("ol")) && inList(element)) {
                            // openhtmltopdf marks a list within a list otherwise (circle, square)
                            throw new NotTypesettable("a list within a list");
                        }
                        if (tag.equals("img")) {
                            image(part, own, left);
                        } else {
                            block(part, own, left, width);
                        }
                        pendingMarker = null;
                    }
                    case "span", "strong", "b", "em", "i" -> inline(part, own, inline);
                    default -> throw new NotTypesettable("element " + tag);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                inline.add(new Piece(child.getNodeValue(), style));
            }
        }
        paragraph(inline, style, left, width);
        if (!Float.isNaN(start) && style.minHeight() > 0) {
            y = Math.max(flush(), start + style.minHeight());
        }
        if (style.avoidBreakInside() && flow.size() > first) {
            int keep = keeps++;
            flow.subList(first, flow.size()).forEach(item -> item.keep = keep);
            flow.get(first).lead = style.marginTop();
        }
        margin(style.marginBottom());
    }

    /** The attributes the typesetter reads or that change nothing; any other one may change the layout. */
    private static void attributes(Element element) throws NotTypesettable {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                continue;
            }
            boolean known = switch (name) {
                case "class", "style", "id", "lang", "title" -> true;
                case "src", "alt" -> LetterStyles.name(element).equals("img");
                default -> false;
            };
            if (!known) {
                throw new NotTypesettable("attribute " + name);
            }
        }
    }

    private static boolean inList(Element element) {
        for (Node up = element; up instanceof Element ancestor; up = up.getParentNode()) {
            String name = LetterStyles.name(ancestor);
            if (name.equals("li") || name.equals("ul") || name.equals("ol")) {
                return true;
            }
        }
        return false;
    }

    private void inline(Element element, BoxStyle style, List<Piece> pieces) throws NotTypesettable {
        attributes(element);
        if (style.display() != BoxStyle.Display.UNSET || style.position() != BoxStyle.Position.STATIC) {
            throw new NotTypesettable("block inside a line");
        }
        if (style.marginTop() != 0 || style.marginRight() != 0 || style.marginBottom() != 0
                || style.marginLeft() != 0 || style.paddingLeft() != 0 || !Float.isNaN(style.width())
                || !Float.isNaN(style.height()) || style.minHeight() != 0) {
            throw new NotTypesettable("a box size or margin inside a line");
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part) {
                String tag = LetterStyles.name(part);
                if (!List.of("span", "strong", "b", "em", "i").contains(tag)) {
                    throw new NotTypesettable("element " + tag + " inside a line");
                }
                inline(part, styles.style(part, style), pieces);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                pieces.add(new Piece(child.getNodeValue(), style));
            }
        }
    }

    /** Lays out an absolutely placed box in a column of its own, its items placed from its origin's top. */
    private List<Item> absolute(Element element, BoxStyle style, float originX) throws NotTypesettable,
            IOException {
        if (Float.isNaN(style.width())) {
            throw new NotTypesettable("absolute box without a width");
        }
        List<Item> saved = new ArrayList<>(flow);
        float savedY = y;
        float savedMargin = pendingMargin;
        flow.clear();
        y = style.top();
        pendingMargin = 0;
        block(element, style, originX + style.left(), style.width() + style.marginLeft() + style.marginRight()
                + style.paddingLeft());
        List<Item> placed = new ArrayList<>(flow);
        flow.clear();
        flow.addAll(saved);
        y = savedY;
        pendingMargin = savedMargin;
        for (Item item : placed) {
            if (item.keep >= 0 || !item.absolute.isEmpty()) {
                throw new NotTypesettable("nested boxes in an absolute box");
            }
        }
        return placed;
    }

    private void image(Element element, BoxStyle style, float x) throws NotTypesettable {
        attributes(element);
        byte[] bytes = images.get(element.getAttribute("src"));
        if (bytes == null || style.display() != BoxStyle.Display.BLOCK || Float.isNaN(style.height())
                || !Float.isNaN(style.width()) || element.getFirstChild() != null) {
            throw new NotTypesettable("image other than a block of given height");
        }
        LetterImages.Encoded encoded = LetterImages.encoded(bytes);
        margin(style.marginTop());
        Item item = new Item();
        item.y = flush();
        item.height = style.height();
        item.width = LetterStyles.round(style.height() * encoded.width() / encoded.height());
        item.x = x + style.marginLeft();
        item.image = encoded;
        flow.add(item);
        y += item.height;
        margin(style.marginBottom());
    }

    /** Breaks a paragraph's inline content into lines and adds them to the flow. */
    private void paragraph(List<Piece> pieces, BoxStyle block, float x, float width) throws NotTypesettable {
        StringBuilder text = new StringBuilder();
        List<BoxStyle> styleOf = new ArrayList<>();
        for (Piece piece : pieces) {
            collapse(piece, text, styleOf);
        }
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
            styleOf.remove(styleOf.size() - 1);
        }
        if (text.isEmpty()) {
            return;
        }
        float size = LetterStyles.round(block.fontSize());
        float[] advance = new float[text.length()];
        BoxStyle style = null;
        GlyphMetrics face = null;
        for (int i = 0; i < text.length(); i++) {
            if (styleOf.get(i) != style) {
                style = styleOf.get(i);
                face = GlyphMetrics.of(style.face());
                if (style.fontSize() != block.fontSize() || !same(style.lineHeight(), block.lineHeight())) {
                    throw new NotTypesettable("a line with several font sizes");
                }
            }
            char c = text.charAt(i);
            if (c == '\u00AD') {
                // a soft hyphen is drawn only where a line breaks at it
                throw new NotTypesettable("a soft hyphen");
            }
            int units = face.width(c);
            if (units < 0) {
                throw new NotTypesettable("a character the font lacks");
            }
            advance[i] = units * size / 1000f;
        }
        List<Span> lines = lineBreaks(text, styleOf, advance, width);
        GlyphMetrics metrics = GlyphMetrics.of(block.face());
        float content = (metrics.ascent() + metrics.descent()) * size / 1000f;
        float height = Float.isNaN(block.lineHeight()) ? LetterStyles.round(content)
                : LetterStyles.round(block.lineHeight() * block.fontSize());
        float baseline = LetterStyles.round((height - content) / 2 + metrics.ascent() * size / 1000f);
        int paragraph = paragraphs++;
        for (int n = 0; n < lines.size(); n++) {
            int from = lines.get(n).from();
            int to = lines.get(n).to();
            float used = lines.get(n).measured();
            Item item = new Item();
            item.y = flush();
            item.height = height;
            item.baseline = baseline;
            item.paragraph = paragraph;
            item.index = n;
            item.count = lines.size();
            if (n == 0) {
                item.marker = pendingMarker;
                pendingMarker = null;
            }
            float left = block.alignRight() ? x + width - used : x;
            List<Run> runs = new ArrayList<>();
            int runStart = from;
            float runX = left;
            for (int i = from; i <= to; i++) {
                if (i == to || styleOf.get(i).face() != styleOf.get(runStart).face()
                        || styleOf.get(i).rgb() != styleOf.get(runStart).rgb()) {
                    if (i > runStart) {
                        BoxStyle run = styleOf.get(runStart);
                        runs.add(new Run(run.face(), size, run.rgb(), runX, text.substring(runStart, i)));
                    }
                    for (int k = runStart; k < i; k++) {
                        runX += advance[k];
                    }
                    runStart = i;
                }
            }
            item.runs = runs;
            flow.add(item);
            y += height;
        }
    }

    private static boolean same(float a, float b) {
        return a == b || Float.isNaN(a) && Float.isNaN(b);
    }

    /** White space as CSS {@code white-space: normal} and {@code nowrap} treat it: runs of it become one space. */
    private static void collapse(Piece piece, StringBuilder text, List<BoxStyle> styleOf) {
        String value = piece.text();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
            if (space) {
                if (text.isEmpty() || text.charAt(text.length() - 1) == ' ') {
                    continue;
                }
                c = ' ';
            }
            text.append(c);
            styleOf.add(piece.style());
        }
    }

    /** The lines of {@code text} as [from, to) ranges without their trailing spaces, filled greedily. */
    /** A line: the text range it draws and its width as measured for breaking and alignment. */
    private record Span(int from, int to, float measured) {
    }

    /** {@code width} rounded up to the layout unit, as openhtmltopdf measures each word. */
    private static float measured(float width) {
        return (float) Math.ceil(width / LetterStyles.DOT - 1e-3) * LetterStyles.DOT;
    }

    private static List<Span> lineBreaks(CharSequence text, List<BoxStyle> styleOf, float[] advance, float width)
            throws NotTypesettable {
        List<Span> lines = new ArrayList<>();
        LetterLineBreaker breaker = BREAKER.get();
        breaker.setText(text.toString());
        int lineStart = 0;
        int segmentStart = 0;
        float used = 0;
        for (int at = breaker.next(); at > 0 && segmentStart < text.length(); at = breaker.next()) {
            if (at < text.length() && styleOf.get(at - 1).nowrap() && styleOf.get(at).nowrap()) {
                continue;
            }
            int end = trimmed(text, segmentStart, at);
            // as openhtmltopdf: a word fits when it fits with the space after it, each word's width rounded up to
            // the layout unit
            float ink = measured(sum(advance, segmentStart, at));
            if (segmentStart > lineStart && used + ink > width + FIT) {
                lines.add(new Span(lineStart, segmentStart, used));
                lineStart = segmentStart;
                used = 0;
            }
            if (segmentStart == lineStart && ink > width + FIT && styleOf.get(segmentStart).breakWord()) {
                int from = segmentStart;
                float part = 0;
                for (int i = segmentStart; i < end; i++) {
                    if (i > from && part + advance[i] > width + FIT) {
                        lines.add(new Span(from, i, measured(part)));
                        from = i;
                        part = 0;
                    }
                    part += advance[i];
                }
                lineStart = from;
                used = measured(part + sum(advance, end, at));
            } else {
                used += ink;
            }
            segmentStart = at;
        }
        if (lineStart < text.length()) {
            lines.add(new Span(lineStart, trimmed(text, lineStart, text.length()), used));
        }
        if (lines.isEmpty()) {
            throw new NotTypesettable("no line");
        }
        return lines;
    }

    private static int trimmed(CharSequence text, int from, int to) {
        int end = to;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    private static float sum(float[] advance, int from, int to) {
        float total = 0;
        for (int i = from; i < to; i++) {
            total += advance[i];
        }
        return total;
    }

    // ---- pages ----

    /** Gives every item its page and its top on it; returns the number of pages. */
    private int paginate(LetterStyles.Page page) throws NotTypesettable {
        float height = page.height() - page.marginTop() - page.marginBottom();
        float shift = 0;
        int firstOnPage = 0;
        int current = 0;
        int i = 0;
        while (i < flow.size()) {
            Item item = flow.get(i);
            float at = item.y + shift - current * height;
            if (at + item.height <= height + FIT || i == firstOnPage) {
                item.page = current;
                item.top = page.marginTop() + at;
                i++;
                continue;
            }
            int start = breakBefore(i, firstOnPage, height);
            if (start == i && at >= height - FIT && !startsKept(i)) {
                // the margins above it run past the page: it starts on the next one, margins and all
                current++;
                firstOnPage = i;
                continue;
            }
            Item first = flow.get(start);
            current++;
            // a block kept whole starts the next page with its own top margin, any other line at the page's top
            shift = current * height - first.y + (startsKept(start) ? first.lead : 0);
            firstOnPage = start;
            i = start;
        }
        for (Item origin : flow) {
            for (Item item : origin.absolute) {
                item.page = origin.page;
                item.top = origin.top + item.y;
                if (item.top + item.height > page.height() - page.marginBottom() + FIT) {
                    throw new NotTypesettable("an absolute box across a page break");
                }
            }
        }
        return current + 1;
    }

    /** Whether item {@code i} is the first of a block kept whole. */
    private boolean startsKept(int i) {
        Item item = flow.get(i);
        return item.keep >= 0 && (i == 0 || flow.get(i - 1).keep != item.keep);
    }

    /** Where the page must break so that item {@code i} does not overflow it: orphans, widows, kept blocks. */
    private int breakBefore(int i, int firstOnPage, float height) {
        Item item = flow.get(i);
        int start = i;
        if (item.paragraph >= 0) {
            int first = i - item.index;
            if (item.index < ORPHANS) {
                start = first;
            } else if (item.count - item.index < WIDOWS) {
                // as openhtmltopdf: the widows' lines are taken from this page, beyond the one that overflows
                int kept = item.index - WIDOWS;
                start = kept >= ORPHANS ? first + kept : first;
            }
        }
        if (item.keep >= 0) {
            int first = i;
            while (first > 0 && flow.get(first - 1).keep == item.keep) {
                first--;
            }
            int last = i;
            while (last + 1 < flow.size() && flow.get(last + 1).keep == item.keep) {
                last++;
            }
            Item end = flow.get(last);
            if (end.y + end.height - flow.get(first).y <= height + FIT) {
                start = Math.min(start, first);
            }
        }
        return start <= firstOnPage ? i : start;
    }

    // ---- drawing ----

    private int draw(int count) throws IOException {
        LetterStyles.Page page = styles.page();
        PDRectangle size = new PDRectangle(page.width(), page.height());
        List<PDPageContentStream> streams = new ArrayList<>();
        try {
            for (int p = 0; p < count; p++) {
                PDPage pdfPage = new PDPage(size);
                document.addPage(pdfPage);
                PDPageContentStream stream = new PDPageContentStream(document, pdfPage);
                streams.add(stream);
                footer(stream, page, p, count);
            }
            for (Item origin : flow) {
                drawItem(streams.get(origin.page), origin, page.height());
                for (Item item : origin.absolute) {
                    drawItem(streams.get(item.page), item, page.height());
                }
            }
            // list markers last, as openhtmltopdf paints them: a text extractor reads each as its own line
            for (Item item : flow) {
                if (item.marker != null) {
                    marker(streams.get(item.page), item.marker, LetterStyles.round(item.marker.style().fontSize()),
                            page.height() - item.top - item.baseline);
                }
            }
        } finally {
            for (PDPageContentStream stream : streams) {
                stream.close();
            }
        }
        return count;
    }

    private void footer(PDPageContentStream stream, LetterStyles.Page page, int p, int count) throws IOException {
        if (page.footer().isEmpty()) {
            return;
        }
        float size = LetterStyles.round(page.footerSize());
        GlyphMetrics metrics = GlyphMetrics.of(LetterFont.REGULAR);
        // each counter and string is its own piece, measured on its own, as openhtmltopdf draws them
        List<String> pieces = new ArrayList<>();
        List<Float> widths = new ArrayList<>();
        float total = 0;
        for (String part : page.footer()) {
            String piece = LetterStyles.Page.part(part, p + 1, count);
            float width = 0;
            for (int i = 0; i < piece.length(); i++) {
                width += Math.max(0, metrics.width(piece.charAt(i))) * size / 1000f;
            }
            pieces.add(piece);
            widths.add(measured(width));
            total += measured(width);
        }
        float content = (metrics.ascent() + metrics.descent()) * size / 1000f;
        float top = page.height() - page.marginBottom() + (page.marginBottom() - LetterStyles.round(content)) / 2;
        float baseline = page.height() - LetterStyles.round(top + metrics.ascent() * size / 1000f);
        float x = page.width() - page.marginRight() - total;
        for (int i = 0; i < pieces.size(); i++) {
            text(stream, new Run(LetterFont.REGULAR, size, page.footerRgb(), x, pieces.get(i)), baseline);
            x += widths.get(i);
        }
    }

    private void drawItem(PDPageContentStream stream, Item item, float pageHeight) throws IOException {
        if (item.image != null) {
            PDImageXObject image = item.image.addTo(document);
            stream.drawImage(image, item.x, pageHeight - item.top - item.height, item.width, item.height);
            return;
        }
        float baseline = pageHeight - item.top - item.baseline;
        for (Run run : item.runs) {
            text(stream, run, baseline);
        }
    }

    private void marker(PDPageContentStream stream, Marker marker, float size, float baseline) throws IOException {
        BoxStyle style = marker.style();
        if (marker.text() != null) {
            // drawn as openhtmltopdf draws it, two spaces included, ending where the item's text starts
            String text = marker.text() + "  ";
            GlyphMetrics metrics = GlyphMetrics.of(style.face());
            float width = 0;
            for (char c : text.toCharArray()) {
                width += metrics.width(c) * size / 1000f;
            }
            text(stream, new Run(style.face(), size, style.rgb(), marker.contentX() - measured(width), text),
                    baseline);
            return;
        }
        float radius = DISC_RADIUS * size;
        float cx = marker.contentX() - DISC_OFFSET * size;
        float cy = baseline + DISC_RISE * size;
        float k = 0.5523f * radius;
        colour(stream, style.rgb());
        stream.moveTo(cx + radius, cy);
        stream.curveTo(cx + radius, cy - k, cx + k, cy - radius, cx, cy - radius);
        stream.curveTo(cx - k, cy - radius, cx - radius, cy - k, cx - radius, cy);
        stream.curveTo(cx - radius, cy + k, cx - k, cy + radius, cx, cy + radius);
        stream.curveTo(cx + k, cy + radius, cx + radius, cy + k, cx + radius, cy);
        stream.closePath();
        stream.fill();
    }

    private void text(PDPageContentStream stream, Run run, float baseline) throws IOException {
        PDType0Font font = fonts.get(run.face());
        if (font == null) {
            font = PDType0Font.load(document, run.face().compact(), true);
            fonts.put(run.face(), font);
        }
        colour(stream, run.rgb());
        stream.beginText();
        stream.setFont(font, run.size());
        stream.newLineAtOffset(run.x(), baseline);
        stream.showText(run.text());
        stream.endText();
    }

    private static void colour(PDPageContentStream stream, int rgb) throws IOException {
        stream.setNonStrokingColor((rgb >> 16 & 0xFF) / 255f, (rgb >> 8 & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }
}
