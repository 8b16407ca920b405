package org.optout.complaint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.optout.AppException;
import org.optout.ui.Message;

/**
 * Attaches the annexes inside the complaint PDF as PDF/A-3 associated files: each with its MIME type, size and
 * date, an {@code /AFRelationship} of Supplement, and listed in the catalogue's {@code /AF} array.
 */
final class AnnexEmbedder {
    private AnnexEmbedder() {
    }

    static byte[] embed(byte[] pdf, List<Annexes.Numbered> annexes, Function<String, byte[]> read, Instant now) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(now.toEpochMilli());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
            COSArray associated = new COSArray();
            for (Annexes.Numbered n : annexes) {
                byte[] content = read.apply(n.annex().sha256());
                PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(content));
                file.setSubtype(n.document().mediaType());
                file.setSize(content.length);
                file.setCreationDate(date);
                file.setModDate(date);
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(n.annex().fileName());
                spec.setFileUnicode(n.annex().fileName());
                spec.setEmbeddedFile(file);
                spec.setEmbeddedFileUnicode(file);
                spec.setFileDescription("Annex " + n.annex().number() + " (" + n.annex().role() + ")");
                spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Supplement");
                files.put(n.annex().fileName(), spec);
                associated.add(spec);
            }
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(files);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
            names.setEmbeddedFiles(tree);
            catalog.setNames(names);
            catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw AppException.invalidData(Message.of("complaint.annex_failed", e.getMessage()), e);
        }
    }
}
