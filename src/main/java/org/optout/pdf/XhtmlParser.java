package org.optout.pdf;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.optout.AppException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a letter's XHTML for the renderer with a parser set up once per thread: openhtmltopdf would look up and
 * configure a new parser (and an XSLT transformer) for every letter. Like openhtmltopdf's own, it is namespace
 * aware and reads no DTD and no external entity.
 */
final class XhtmlParser {
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(XhtmlParser::newParser);

    private XhtmlParser() {
    }

    /** @param source the template the XHTML came from, named in error messages */
    static Document parse(String xhtml, String source) {
        DocumentBuilder parser = PARSER.get();
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException | IOException e) {
            throw AppException.invalidData(source + ": cannot render the letter to PDF (not well-formed XHTML: "
                    + e.getMessage() + ")", e);
        } finally {
            parser.reset();
        }
    }

    private static DocumentBuilder newParser() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            // the default handler would print errors to stderr before throwing them
            parser.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return parser;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be set up securely", e);
        }
    }
}
