package org.optout.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes a rendered letter a PDF/A-3u document besides its content (embedded fonts and the sRGB output
 * intent, which the renderer adds): the XMP metadata stream, which repeats the document information
 * (title, author, subject, producer, dates) and declares the PDF/A part and conformance, the catalog's
 * language and display settings, and images without interpolation.
 *
 * <p>The XMP packet is written from a fixed text with the letter's values filled in: building it with an XMP
 * library, as openhtmltopdf does, set up a new XML serializer for every letter.
 */
final class ArchivalMetadata {
    /** PDF/A-3 is based on PDF 1.7. */
    static final float PDF_VERSION = 1.7f;
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final String EXTENSION_SCHEMAS = """
                <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" rdf:about="">
                  <pdfaExtension:schemas>
                    <rdf:Bag>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>Adobe PDF Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://ns.adobe.com/pdf/1.3/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdf</pdfaSchema:prefix>
                        <pdfaSchema:property>
                          <rdf:Seq>
                            %s
                            %s
                            %s
                          </rdf:Seq>
                        </pdfaSchema:property>
                      </rdf:li>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/A ID Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfa/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                          <rdf:Seq>
                            %s
                            %s
                          </rdf:Seq>
                        </pdfaSchema:property>
                      </rdf:li>
                    </rdf:Bag>
                  </pdfaExtension:schemas>
                </rdf:Description>
            """.formatted(
            property("PDFVersion", "Text", "internal", "The PDF file version."),
            property("Keywords", "Text", "external", "Keywords."),
            property("Producer", "AgentName", "internal", "The name of the tool that created the PDF document."),
            property("part", "Integer", "internal", "Part of PDF/A standard"),
            property("conformance", "Text", "internal", "Conformance level of PDF/A standard"));

    private ArchivalMetadata() {
    }

    /**
     * Adds the XMP metadata (matching the document information already set from the XHTML's title and meta
     * elements) and the catalog entries.
     *
     * @param language the XHTML's {@code lang}, or empty
     */
    static void add(PDDocument document, String language) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(document.getDocumentInformation()).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        catalog.setLanguage(language.isEmpty() ? "EN-US" : language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    /**
     * PDF/A forbids asking viewers to smooth images, which openhtmltopdf does outside its own PDF/A mode: the flag
     * is turned off on every image of the pages (and of the forms they draw).
     */
    static void withoutInterpolation(PDDocument document) {
        document.getPages().forEach(page -> withoutInterpolation(page.getResources().getCOSObject()));
    }

    private static void withoutInterpolation(COSDictionary resources) {
        COSDictionary objects = resources == null ? null : resources.getCOSDictionary(COSName.XOBJECT);
        if (objects == null) {
            return;
        }
        for (COSName name : objects.keySet()) {
            if (objects.getDictionaryObject(name) instanceof COSDictionary object) {
                if (COSName.IMAGE.equals(object.getCOSName(COSName.SUBTYPE))) {
                    object.setBoolean(COSName.INTERPOLATE, false);
                } else if (object != resources) {
                    withoutInterpolation(object.getCOSDictionary(COSName.RESOURCES));
                }
            }
        }
    }

    static String xmp(PDDocumentInformation information) {
        StringBuilder xmp = new StringBuilder(4096);
        xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n  <rdf:RDF")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("    <rdf:Description rdf:about=\"\">\n")
                .append("      <pdfaid:conformance>U</pdfaid:conformance>\n      <pdfaid:part>3</pdfaid:part>\n")
                .append("      <pdf:PDFVersion>").append(PDF_VERSION).append("</pdf:PDFVersion>\n");
        element(xmp, "pdf:Keywords", information.getKeywords());
        element(xmp, "pdf:Producer", information.getProducer());
        element(xmp, "xmp:CreatorTool", information.getCreator());
        element(xmp, "xmp:CreateDate", date(information.getCreationDate()));
        element(xmp, "xmp:ModifyDate", date(information.getModificationDate()));
        xmp.append("      <dc:format>application/pdf</dc:format>\n");
        if (information.getAuthor() != null) {
            xmp.append("      <dc:creator><rdf:Seq><rdf:li>").append(escape(information.getAuthor()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        alternative(xmp, "dc:title", information.getTitle());
        alternative(xmp, "dc:description", information.getSubject());
        return xmp.append("    </rdf:Description>\n").append(EXTENSION_SCHEMAS)
                .append("  </rdf:RDF>\n</x:xmpmeta><?xpacket end=\"w\"?>").toString();
    }

    private static void element(StringBuilder xmp, String name, String value) {
        if (value != null) {
            xmp.append("      <").append(name).append('>').append(escape(value)).append("</").append(name).append(">\n");
        }
    }

    private static void alternative(StringBuilder xmp, String name, String value) {
        if (value != null) {
            xmp.append("      <").append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(value))
                    .append("</rdf:li></rdf:Alt></").append(name).append(">\n");
        }
    }

    /** The date as the document information holds it: to the second, with the offset. */
    private static String date(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        ZoneId zone = calendar.getTimeZone().toZoneId();
        return XMP_DATE.format(ZonedDateTime.ofInstant(calendar.toInstant(), zone));
    }

    private static String property(String name, String type, String category, String description) {
        return "<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>" + name + "</pdfaProperty:name>"
                + "<pdfaProperty:valueType>" + type + "</pdfaProperty:valueType><pdfaProperty:category>" + category
                + "</pdfaProperty:category><pdfaProperty:description>" + description
                + "</pdfaProperty:description></rdf:li>";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
