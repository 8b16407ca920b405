package org.optout.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The part of CSS 2.1 that the bundled letter layout ({@code templates/common/layout.ftlx}) uses, read from the
 * letter's own style sheet, so that the CSS stays the one definition of how a letter looks whichever renderer lays
 * it out. Selectors are type and class selectors and their descendant combinations; properties are fonts, colour,
 * margins, left padding, sizes, alignment, wrapping, positioning and {@code page-break-inside}; {@code @page}
 * gives the page size, margins and one bottom-right margin box of counters and strings.
 *
 * <p>A style sheet or an element with anything else, when it applies, makes the letter {@link NotTypesettable}:
 * it is then laid out by openhtmltopdf, never laid out half-right.
 */
final class LetterStyles {
    /** openhtmltopdf's layout unit, in points: 1/20 of a CSS pixel. Every length is rounded to it. */
    static final float DOT = 0.0375f;
    private static final float MM = 72f / 25.4f;
    /** What a browser gives the elements the letter layout does not style itself. */
    private static final String DEFAULTS = """
            body { margin: 6pt }
            p { margin: 1em 0 }
            ul, ol { margin: 1em 0; padding-left: 30pt }
            strong, b { font-weight: bold }
            em, i { font-style: italic }
            """;
    private static final Pattern COMPOUND = Pattern.compile("([a-z][a-z0-9]*)?((?:\\.[A-Za-z_][-A-Za-z0-9_]*)*)");
    private static final Pattern LENGTH = Pattern.compile("(-?[0-9]*\\.?[0-9]+)(pt|mm|cm|in|px|em)?");
    private static final Pattern COUNTERS = Pattern.compile("\\s*(?:counter\\((page|pages)\\)|\"([^\"]*)\")");

    /** The page: its size and margins, and the text of its bottom-right margin box (empty for none). */
    record Page(float width, float height, float marginTop, float marginRight, float marginBottom, float marginLeft,
            List<String> footer, float footerSize, int footerRgb) {
        /** One part of the footer's content on page {@code number} of {@code count}. */
        static String part(String part, int number, int count) {
            return switch (part) {
                case "counter(page)" -> String.valueOf(number);
                case "counter(pages)" -> String.valueOf(count);
                default -> part;
            };
        }
    }

    private record Declaration(String property, String value) {
    }

    private record Rule(List<List<Compound>> selectors, List<Declaration> declarations, int origin) {
    }

    private record Compound(String tag, List<String> classes) {
        boolean matches(Element element) {
            if (tag != null && !tag.equals(name(element))) {
                return false;
            }
            if (classes.isEmpty()) {
                return true;
            }
            String own = element.getAttribute("class");
            for (String wanted : classes) {
                if (!hasClass(own, wanted)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether the space-separated {@code classes} hold {@code wanted}. */
    static boolean hasClass(String classes, String wanted) {
        int at = classes.indexOf(wanted);
        while (at >= 0) {
            int end = at + wanted.length();
            if ((at == 0 || Character.isWhitespace(classes.charAt(at - 1)))
                    && (end == classes.length() || Character.isWhitespace(classes.charAt(end)))) {
                return true;
            }
            at = classes.indexOf(wanted, at + 1);
        }
        return false;
    }

    /** What an element's computed style depends on: its parent's, and the names, classes and styles up to the root. */
    private record StyleKey(BoxStyle parent, String path) {
    }

    private record Match(int specificity, int order, List<Declaration> declarations) {
    }

    /** The style sheet read last: every letter of a batch has the same. */
    private static volatile LetterStyles last;
    /** Computed styles are remembered up to this many: a letter's elements have a few dozen different ones. */
    private static final int REMEMBERED = 512;

    private final String css;
    private final List<Rule> rules = new ArrayList<>();
    private final Page page;
    private final Map<StyleKey, BoxStyle> computed = new ConcurrentHashMap<>();

    private LetterStyles(String css) throws NotTypesettable {
        this.css = css;
        read(DEFAULTS, 0, null);
        Page[] pages = {null};
        read(css, 1, pages);
        page = pages[0] == null ? page(List.of()) : pages[0];
    }

    /** Reads a letter's style sheet (the text of its {@code style} elements). */
    static LetterStyles parse(String css) throws NotTypesettable {
        LetterStyles known = last;
        if (known != null && known.css.equals(css)) {
            return known;
        }
        LetterStyles read = new LetterStyles(css);
        last = read;
        return read;
    }

    Page page() {
        return page;
    }

    /** The local name of an XHTML element. */
    static String name(Element element) {
        String local = element.getLocalName();
        return local == null ? element.getNodeName() : local;
    }

    /** The computed style of {@code element}, whose parent's is {@code parent}. */
    BoxStyle style(Element element, BoxStyle parent) throws NotTypesettable {
        StringBuilder path = new StringBuilder(128);
        for (Node at = element; at instanceof Element up; at = at.getParentNode()) {
            path.append(name(up)).append('.').append(up.getAttribute("class")).append('{')
                    .append(up.getAttribute("style")).append('}');
        }
        StyleKey key = new StyleKey(parent, path.toString());
        BoxStyle known = computed.get(key);
        if (known != null) {
            return known;
        }
        BoxStyle style = compute(element, parent);
        if (computed.size() < REMEMBERED) {
            computed.put(key, style);
        }
        return style;
    }

    private BoxStyle compute(Element element, BoxStyle parent) throws NotTypesettable {
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            for (List<Compound> selector : rule.selectors()) {
                if (matches(selector, element)) {
                    matches.add(new Match(rule.origin() * 1_000_000 + specificity(selector), i, rule.declarations()));
                    break;
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::specificity).thenComparingInt(Match::order));
        List<Declaration> cascade = new ArrayList<>();
        matches.forEach(match -> cascade.addAll(match.declarations()));
        if (element.hasAttribute("style")) {
            cascade.addAll(declarations(element.getAttribute("style")));
        }
        return new Computed(parent).apply(cascade);
    }

    private static boolean matches(List<Compound> selector, Element element) {
        int last = selector.size() - 1;
        if (!selector.get(last).matches(element)) {
            return false;
        }
        int wanted = last - 1;
        for (Node up = element.getParentNode(); wanted >= 0 && up instanceof Element ancestor;
                up = up.getParentNode()) {
            if (selector.get(wanted).matches(ancestor)) {
                wanted--;
            }
        }
        return wanted < 0;
    }

    private static int specificity(List<Compound> selector) {
        int score = 0;
        for (Compound compound : selector) {
            score += compound.classes().size() * 100 + (compound.tag() == null ? 0 : 1);
        }
        return score;
    }

    private void read(String css, int origin, Page[] pages) throws NotTypesettable {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", " ");
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                if (!text.substring(at).isBlank()) {
                    throw new NotTypesettable("CSS after the last rule");
                }
                return;
            }
            String head = text.substring(at, open).trim();
            int close = closing(text, open);
            String body = text.substring(open + 1, close);
            if (head.startsWith("@")) {
                if (!head.equals("@page") || pages == null || pages[0] != null) {
                    throw new NotTypesettable("CSS at-rule " + head);
                }
                pages[0] = pageRule(body);
            } else {
                List<List<Compound>> selectors = new ArrayList<>();
                for (String selector : head.split(",")) {
                    selectors.add(selector(selector.trim()));
                }
                rules.add(new Rule(selectors, declarations(body), origin));
            }
            at = close + 1;
        }
    }

    private static int closing(String text, int open) throws NotTypesettable {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new NotTypesettable("unbalanced CSS braces");
    }

    private static List<Compound> selector(String selector) throws NotTypesettable {
        List<Compound> compounds = new ArrayList<>();
        for (String part : selector.split("\\s+")) {
            Matcher matcher = COMPOUND.matcher(part);
            if (part.isEmpty() || !matcher.matches()) {
                throw new NotTypesettable("CSS selector " + selector);
            }
            String classes = matcher.group(2);
            compounds.add(new Compound(matcher.group(1), classes.isEmpty() ? List.of()
                    : List.of(classes.substring(1).split("\\."))));
        }
        return compounds;
    }

    private static List<Declaration> declarations(String body) throws NotTypesettable {
        List<Declaration> declarations = new ArrayList<>();
        for (String declaration : body.split(";")) {
            if (declaration.isBlank()) {
                continue;
            }
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                throw new NotTypesettable("CSS declaration " + declaration.trim());
            }
            declarations.add(new Declaration(declaration.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    declaration.substring(colon + 1).trim()));
        }
        return declarations;
    }

    private static Page pageRule(String body) throws NotTypesettable {
        int box = body.indexOf('@');
        List<String> footer = List.of();
        float footerSize = 12f;
        int footerRgb = 0;
        String own = body;
        if (box >= 0) {
            int open = body.indexOf('{', box);
            if (open < 0 || !body.substring(box, open).trim().equals("@bottom-right")) {
                throw new NotTypesettable("CSS page margin box other than @bottom-right");
            }
            int close = closing(body, open);
            if (body.indexOf('@', close) >= 0) {
                throw new NotTypesettable("CSS page with several margin boxes");
            }
            own = body.substring(0, box) + body.substring(close + 1);
            for (Declaration declaration : declarations(body.substring(open + 1, close))) {
                switch (declaration.property()) {
                    case "content" -> footer = counters(declaration.value());
                    case "font-family" -> family(declaration.value());
                    case "font-size" -> footerSize = length(declaration.value(), 0);
                    case "color" -> footerRgb = colour(declaration.value());
                    default -> throw new NotTypesettable("CSS page margin box property " + declaration.property());
                }
            }
        }
        List<Declaration> declarations = declarations(own);
        float[] size = {mm(210), mm(297)};
        float[] margins = {0, 0, 0, 0};
        for (Declaration declaration : declarations) {
            switch (declaration.property()) {
                case "size" -> size = pageSize(declaration.value());
                case "margin" -> margins = box(declaration.value(), 0);
                default -> throw new NotTypesettable("CSS page property " + declaration.property());
            }
        }
        return new Page(size[0], size[1], margins[0], margins[1], margins[2], margins[3], footer,
                footerSize, footerRgb);
    }

    private Page page(List<String> footer) {
        return new Page(mm(210), mm(297), 0, 0, 0, 0, footer, 12f, 0);
    }

    private static float[] pageSize(String value) throws NotTypesettable {
        return switch (value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "a4", "a4 portrait" -> new float[] {mm(210), mm(297)};
            case "a4 landscape" -> new float[] {mm(297), mm(210)};
            default -> throw new NotTypesettable("CSS page size " + value);
        };
    }

    private static List<String> counters(String value) throws NotTypesettable {
        List<String> parts = new ArrayList<>();
        Matcher matcher = COUNTERS.matcher(value);
        int at = 0;
        while (matcher.find() && matcher.start() == at) {
            parts.add(matcher.group(1) != null ? "counter(" + matcher.group(1) + ")" : matcher.group(2));
            at = matcher.end();
        }
        if (at != value.length() || parts.isEmpty()) {
            throw new NotTypesettable("CSS margin box content " + value);
        }
        return parts;
    }

    private static void family(String value) throws NotTypesettable {
        String family = value.trim().replaceAll("^['\"]|['\"]$", "");
        if (!family.equals(LetterFont.FAMILY)) {
            throw new NotTypesettable("CSS font-family " + value);
        }
    }

    private static int colour(String value) throws NotTypesettable {
        String hex = value.trim();
        if (hex.matches("#[0-9a-fA-F]{6}")) {
            return Integer.parseInt(hex.substring(1), 16);
        }
        if (hex.matches("#[0-9a-fA-F]{3}")) {
            int r = Character.digit(hex.charAt(1), 16);
            int g = Character.digit(hex.charAt(2), 16);
            int b = Character.digit(hex.charAt(3), 16);
            return r * 0x110000 + g * 0x1100 + b * 0x11;
        }
        throw new NotTypesettable("CSS colour " + value);
    }

    private static float mm(float millimetres) {
        return round(millimetres * MM);
    }

    /** {@code points} rounded to openhtmltopdf's layout unit. */
    static float round(float points) {
        return Math.round(points / DOT) * DOT;
    }

    /** A length in points, rounded; {@code em} is relative to {@code fontSize}. */
    private static float length(String value, float fontSize) throws NotTypesettable {
        Matcher matcher = LENGTH.matcher(value.trim());
        if (!matcher.matches()) {
            throw new NotTypesettable("CSS length " + value);
        }
        float number = Float.parseFloat(matcher.group(1));
        String unit = matcher.group(2);
        if (unit == null) {
            if (number != 0) {
                throw new NotTypesettable("CSS length without unit " + value);
            }
            return 0;
        }
        return round(switch (unit) {
            case "pt" -> number;
            case "mm" -> number * MM;
            case "cm" -> number * MM * 10;
            case "in" -> number * 72;
            case "px" -> number * 0.75f;
            default -> number * fontSize;
        });
    }

    private static float[] box(String value, float fontSize) throws NotTypesettable {
        String[] parts = value.trim().split("\\s+");
        float[] sides = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            sides[i] = length(parts[i], fontSize);
        }
        return switch (parts.length) {
            case 1 -> new float[] {sides[0], sides[0], sides[0], sides[0]};
            case 2 -> new float[] {sides[0], sides[1], sides[0], sides[1]};
            case 3 -> new float[] {sides[0], sides[1], sides[2], sides[1]};
            case 4 -> sides;
            default -> throw new NotTypesettable("CSS box " + value);
        };
    }

    /** One element's style being computed: inherited values from its parent, then its declarations in order. */
    private static final class Computed {
        private float fontSize;
        private float lineHeight;
        private int rgb;
        private boolean bold;
        private boolean italic;
        private boolean alignRight;
        private boolean nowrap;
        private boolean breakWord;
        private final float[] margin = new float[4];
        private final float[] padding = new float[4];
        private float width = Float.NaN;
        private float height = Float.NaN;
        private float minHeight;
        private BoxStyle.Position position = BoxStyle.Position.STATIC;
        private float top;
        private float left;
        private boolean avoid;
        private BoxStyle.Display display = BoxStyle.Display.UNSET;

        Computed(BoxStyle parent) {
            fontSize = parent.fontSize();
            lineHeight = parent.lineHeight();
            rgb = parent.rgb();
            bold = parent.bold();
            italic = parent.italic();
            alignRight = parent.alignRight();
            nowrap = parent.nowrap();
            breakWord = parent.breakWord();
        }

        BoxStyle apply(List<Declaration> cascade) throws NotTypesettable {
            for (Declaration declaration : cascade) {
                if (declaration.property().equals("font-size")) {
                    fontSize = length(declaration.value(), fontSize);
                }
            }
            for (Declaration declaration : cascade) {
                apply(declaration.property(), declaration.value().trim().toLowerCase(Locale.ROOT));
            }
            if (padding[0] != 0 || padding[1] != 0 || padding[2] != 0) {
                throw new NotTypesettable("CSS padding other than left");
            }
            return new BoxStyle(fontSize, lineHeight, rgb, bold, italic, alignRight, nowrap, breakWord, margin[0],
                    margin[1], margin[2], margin[3], padding[3], width, height, minHeight, position, top, left,
                    avoid, display);
        }

        private void apply(String property, String value) throws NotTypesettable {
            switch (property) {
                case "font-size" -> {
                    // applied first: em lengths below are relative to it
                }
                case "font-family" -> family(value.replace("dejavu sans", LetterFont.FAMILY));
                case "line-height" -> lineHeight = value.equals("normal") ? Float.NaN : number(value);
                case "color" -> rgb = colour(value);
                case "font-weight" -> bold = choice(value, "bold", "700", "normal", "400");
                case "font-style" -> italic = choice(value, "italic", "oblique", "normal", "normal");
                case "text-align" -> alignRight = choice(value, "right", "right", "left", "start");
                case "white-space" -> nowrap = choice(value, "nowrap", "nowrap", "normal", "normal");
                case "word-wrap", "overflow-wrap" -> breakWord = choice(value, "break-word", "anywhere", "normal",
                        "normal");
                case "margin" -> System.arraycopy(box(value, fontSize), 0, margin, 0, 4);
                case "margin-top" -> margin[0] = length(value, fontSize);
                case "margin-right" -> margin[1] = length(value, fontSize);
                case "margin-bottom" -> margin[2] = length(value, fontSize);
                case "margin-left" -> margin[3] = length(value, fontSize);
                case "padding" -> System.arraycopy(box(value, fontSize), 0, padding, 0, 4);
                case "padding-top" -> padding[0] = length(value, fontSize);
                case "padding-right" -> padding[1] = length(value, fontSize);
                case "padding-bottom" -> padding[2] = length(value, fontSize);
                case "padding-left" -> padding[3] = length(value, fontSize);
                case "width" -> width = value.equals("auto") ? Float.NaN : length(value, fontSize);
                case "height" -> height = value.equals("auto") ? Float.NaN : length(value, fontSize);
                case "min-height" -> minHeight = length(value, fontSize);
                case "top" -> top = length(value, fontSize);
                case "left" -> left = length(value, fontSize);
                case "position" -> position = switch (value) {
                    case "static" -> BoxStyle.Position.STATIC;
                    case "relative" -> BoxStyle.Position.RELATIVE;
                    case "absolute" -> BoxStyle.Position.ABSOLUTE;
                    default -> throw new NotTypesettable("CSS position " + value);
                };
                case "page-break-inside" -> avoid = choice(value, "avoid", "avoid", "auto", "auto");
                case "display" -> display = switch (value) {
                    case "block" -> BoxStyle.Display.BLOCK;
                    case "list-item" -> BoxStyle.Display.LIST_ITEM;
                    default -> throw new NotTypesettable("CSS display " + value);
                };
                default -> throw new NotTypesettable("CSS property " + property);
            }
            if ((margin[0] < 0 || margin[2] < 0) && property.startsWith("margin")) {
                throw new NotTypesettable("CSS negative margin");
            }
        }

        private static boolean choice(String value, String yes, String yesToo, String no, String noToo)
                throws NotTypesettable {
            if (value.equals(yes) || value.equals(yesToo)) {
                return true;
            }
            if (value.equals(no) || value.equals(noToo)) {
                return false;
            }
            throw new NotTypesettable("CSS value " + value);
        }

        private static float number(String value) throws NotTypesettable {
            try {
                float number = Float.parseFloat(value);
                if (number > 0 && number < 10) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new NotTypesettable("CSS line-height " + value);
        }
    }
}
