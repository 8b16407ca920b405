package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** A signature encoded once, then copied as it is into each letter: same pixels, transparency kept, PDF/A flags. */
class LetterImagesTest {

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 20; x++) {
                image.setRGB(x, y, x < 10 ? 0xFF1E3C5A : 0x00000000);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A scan-like signature: PDFBox encodes it with a predictor, named in the image's DecodeParms. */
    private static byte[] scan() throws IOException {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 300; x++) {
                image.setRGB(x, y, (x * 255 / 300) << 16 | (y * 255 / 100) << 8 | (x + y) % 256);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 40, 40));
        g.fillRect(0, 0, 16, 8);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The image drawn in a saved and reloaded one-page document. */
    private static PDImageXObject roundTrip(LetterImages.Encoded encoded) throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.drawImage(encoded.addTo(document), 10, 10, 40, 20);
            }
            document.save(saved);
        }
        PDDocument reloaded = Loader.loadPDF(saved.toByteArray());
        PDPage page = reloaded.getPage(0);
        COSName name = page.getResources().getXObjectNames().iterator().next();
        return (PDImageXObject) page.getResources().getXObject(name);
    }

    @Test
    void a_png_keeps_its_size_pixels_and_transparency_without_interpolation() throws Exception {
        LetterImages.Encoded encoded = LetterImages.encoded(png());

        assertThat(encoded.width()).isEqualTo(20);
        assertThat(encoded.height()).isEqualTo(10);
        PDImageXObject image = roundTrip(encoded);
        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getCOSObject().getBoolean(COSName.INTERPOLATE, true)).isFalse();
        assertThat(image.getCOSObject().getDictionaryObject(COSName.SMASK)).isInstanceOf(COSStream.class);
        BufferedImage drawn = image.getImage();
        assertThat(drawn.getRGB(3, 4) & 0xFFFFFF).isEqualTo(0x1E3C5A);
        BufferedImage mask = image.getSoftMask().getImage();
        assertThat(mask.getRGB(3, 4) & 0xFF).isEqualTo(0xFF);
        assertThat(mask.getRGB(15, 4) & 0xFF).isZero();
    }

    @Test
    void a_scan_keeps_its_decoding_parameters_and_pixels() throws Exception {
        LetterImages.Encoded encoded = LetterImages.encoded(scan());

        PDImageXObject image = roundTrip(encoded);
        assertThat(image.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS))
                .isInstanceOf(org.apache.pdfbox.cos.COSDictionary.class);
        BufferedImage drawn = image.getImage();
        assertThat(drawn.getRGB(150, 50) & 0xFFFFFF).isEqualTo(127 << 16 | 127 << 8 | 200);
        assertThat(drawn.getRGB(299, 99) & 0xFFFFFF).isEqualTo(254 << 16 | 252 << 8 | 142);
    }

    @Test
    void a_jpeg_is_copied_byte_for_byte() throws Exception {
        byte[] bytes = jpeg();
        LetterImages.Encoded encoded = LetterImages.encoded(bytes);

        PDImageXObject image = roundTrip(encoded);
        assertThat(image.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
        try (var raw = image.getCOSObject().createRawInputStream()) {
            assertThat(raw.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(image.getCOSObject().getBoolean(COSName.INTERPOLATE, true)).isFalse();
    }

    @Test
    void the_same_bytes_are_encoded_once_other_bytes_again() throws Exception {
        byte[] bytes = png();
        LetterImages.Encoded first = LetterImages.encoded(bytes);

        assertThat(LetterImages.encoded(bytes)).isSameAs(first);
        assertThat(LetterImages.encoded(bytes.clone())).isNotSameAs(first);
    }

    @Test
    void two_images_are_remembered_not_three() throws Exception {
        byte[] first = png();
        LetterImages.Encoded encoded = LetterImages.encoded(first);
        LetterImages.encoded(png());

        assertThat(LetterImages.encoded(first)).as("second of two").isSameAs(encoded);
        LetterImages.encoded(png());
        LetterImages.encoded(png());
        assertThat(LetterImages.encoded(first)).as("forgotten after two others").isNotSameAs(encoded);
    }

    @Test
    void each_document_gets_its_own_copy() throws Exception {
        LetterImages.Encoded encoded = LetterImages.encoded(png());
        try (PDDocument one = new PDDocument(); PDDocument two = new PDDocument()) {
            PDImageXObject a = encoded.addTo(one);
            PDImageXObject b = encoded.addTo(two);
            assertThat(a.getCOSObject()).isNotSameAs(b.getCOSObject());
            assertThat(a.getCOSObject().getDictionaryObject(COSName.SMASK))
                    .isNotSameAs(b.getCOSObject().getDictionaryObject(COSName.SMASK));
        }
    }

    @Test
    void bytes_that_are_no_image_are_not_typeset() {
        assertThatThrownBy(() -> LetterImages.encoded("not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(NotTypesettable.class);
    }
}
