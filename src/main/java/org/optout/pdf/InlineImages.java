package org.optout.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PNG and JPEG images a letter holds as {@code data:} URIs (the handwritten signature), taken out of its XHTML
 * before it is parsed and handed to the renderer by a short name instead. The same signature is in every letter
 * of a batch: decoded once, its base64 text is then neither parsed as XML, nor lower-cased and searched by
 * openhtmltopdf, nor decoded again for each letter (together about a tenth of a letter's rendering, sampled).
 *
 * <p>Only {@code src="data:image/png;base64,…"} and {@code …image/jpeg…} attributes are taken: in XHTML a quote in
 * text is escaped, so this text only occurs in markup. Anything else, such as a URI that is not valid base64, is
 * left in place for openhtmltopdf to read, or to report.
 */
final class InlineImages {
    /** The URI scheme of the short names. */
    static final String SCHEME = "optout-image";
    private static final String ATTRIBUTE = "src=\"";
    private static final String[] PREFIXES = {"data:image/png;base64,", "data:image/jpeg;base64,"};
    /**
     * Images decoded lately, by data URI: a batch has one or two signatures. Few, as each may be a large scan
     * (up to {@code SignatureImage.MAX_BYTES}, kept twice: as base64 text and decoded).
     */
    private static final int REMEMBERED = 2;

    private final Map<String, byte[]> decoded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * One letter's XHTML with its images named, and the images by name.
     *
     * @param xhtml the XHTML to parse
     * @param images the image bytes by short name ({@code optout-image:0}, …)
     */
    record Letter(String xhtml, Map<String, byte[]> images) {
        /** Opens the images by name for openhtmltopdf. */
        FSStreamFactory streams() {
            return uri -> new Named(images.get(uri));
        }
    }

    /** Takes the letter's PNG and JPEG data URIs out of {@code xhtml}. */
    Letter extract(String xhtml) {
        int at = xhtml.indexOf(ATTRIBUTE + "data:image/");
        if (at < 0) {
            return new Letter(xhtml, Map.of());
        }
        StringBuilder out = new StringBuilder(xhtml.length());
        Map<String, byte[]> images = new HashMap<>();
        int copied = 0;
        while (at >= 0) {
            int start = at + ATTRIBUTE.length();
            int end = xhtml.indexOf('"', start);
            if (end < 0) {
                break;
            }
            byte[] bytes = decode(xhtml.substring(start, end));
            if (bytes != null) {
                String name = SCHEME + ":" + images.size();
                images.put(name, bytes);
                out.append(xhtml, copied, start).append(name);
                copied = end;
            }
            at = xhtml.indexOf(ATTRIBUTE + "data:image/", end);
        }
        out.append(xhtml, copied, xhtml.length());
        return new Letter(out.toString(), images);
    }

    /** The image's bytes, or null when the URI is not a base64 PNG or JPEG one. */
    private byte[] decode(String uri) {
        synchronized (decoded) {
            byte[] known = decoded.get(uri);
            if (known != null) {
                return known;
            }
        }
        for (String prefix : PREFIXES) {
            if (uri.startsWith(prefix)) {
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(uri.substring(prefix.length()));
                } catch (IllegalArgumentException notBase64) {
                    return null;
                }
                synchronized (decoded) {
                    decoded.put(uri, bytes);
                }
                return bytes;
            }
        }
        return null;
    }

    /** One named image; an unknown name reads as nothing, which openhtmltopdf reports as a missing image. */
    private record Named(byte[] bytes) implements FSStream {
        @Override
        public InputStream getStream() {
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        @Override
        public Reader getReader() {
            return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.ISO_8859_1);
        }
    }
}
