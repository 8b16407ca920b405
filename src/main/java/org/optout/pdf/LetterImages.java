package org.optout.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The images {@link Typesetter} draws (the signature), encoded for PDF once and copied as they are into each
 * letter: PDFBox would otherwise compress the same pixels again for every letter of a batch.
 */
final class LetterImages {
    /** Images encoded lately, by the identity of their bytes ({@link InlineImages} hands the same array over). */
    private static final int REMEMBERED = 2;
    private static final Map<Key, Encoded> ENCODED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Encoded> eldest) {
            return size() > REMEMBERED;
        }
    };

    private LetterImages() {
    }

    /** Compares image bytes by identity. */
    private record Key(byte[] bytes) {
    }

    /**
     * An image XObject's dictionary entries and encoded data, and its soft mask if any.
     *
     * @param width its width in pixels
     * @param height its height in pixels
     */
    record Encoded(int width, int height, Map<COSName, COSBase> entries, byte[] data, Encoded mask) {
        /** A copy of the image in {@code document}, without interpolation (PDF/A). */
        PDImageXObject addTo(PDDocument document) throws IOException {
            return new PDImageXObject(new PDStream(stream(document)), null);
        }

        private COSStream stream(PDDocument document) throws IOException {
            COSStream stream = document.getDocument().createCOSStream();
            entries.forEach((name, value) -> stream.setItem(name, value instanceof COSDictionary parameters
                    ? copy(parameters) : value));
            stream.setBoolean(COSName.INTERPOLATE, false);
            if (mask != null) {
                stream.setItem(COSName.SMASK, mask.stream(document));
            }
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(data);
            }
            return stream;
        }
    }

    private static COSDictionary copy(COSDictionary parameters) {
        COSDictionary copy = new COSDictionary();
        parameters.forEach(copy::setItem);
        return copy;
    }

    /** The PNG or JPEG {@code bytes} encoded for PDF (remembered for the next letters). */
    static Encoded encoded(byte[] bytes) throws NotTypesettable {
        Key key = new Key(bytes);
        synchronized (ENCODED) {
            Encoded known = ENCODED.get(key);
            if (known != null) {
                return known;
            }
        }
        Encoded made;
        try (PDDocument scratch = new PDDocument()) {
            PDImageXObject image;
            if (bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
                image = JPEGFactory.createFromByteArray(scratch, bytes);
            } else {
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
                if (decoded == null) {
                    throw new NotTypesettable("an image ImageIO cannot read");
                }
                image = LosslessFactory.createFromImage(scratch, decoded);
            }
            made = encode(image.getCOSObject());
        } catch (IOException | RuntimeException e) {
            throw new NotTypesettable("an image that cannot be encoded: " + e);
        }
        synchronized (ENCODED) {
            ENCODED.put(key, made);
        }
        return made;
    }

    private static Encoded encode(COSStream stream) throws IOException, NotTypesettable {
        Map<COSName, COSBase> entries = new LinkedHashMap<>();
        Encoded mask = null;
        for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
            COSName name = entry.getKey();
            COSBase value = stream.getDictionaryObject(name);
            if (name.equals(COSName.LENGTH)) {
                continue;
            }
            if (name.equals(COSName.SMASK) && value instanceof COSStream softMask) {
                mask = encode(softMask);
            } else if (value instanceof COSName || value instanceof COSNumber || value instanceof COSBoolean) {
                entries.put(name, value);
            } else if (value instanceof COSDictionary parameters && !(value instanceof COSStream)) {
                for (COSName key : parameters.keySet()) {
                    COSBase item = parameters.getDictionaryObject(key);
                    if (!(item instanceof COSName || item instanceof COSNumber || item instanceof COSBoolean)) {
                        throw new NotTypesettable("an image parameter " + key.getName());
                    }
                }
                entries.put(name, copy(parameters));
            } else {
                throw new NotTypesettable("an image entry " + name.getName());
            }
        }
        byte[] data;
        try (var in = stream.createRawInputStream()) {
            data = in.readAllBytes();
        }
        return new Encoded(stream.getInt(COSName.WIDTH), stream.getInt(COSName.HEIGHT), Map.copyOf(entries), data,
                mask);
    }
}
