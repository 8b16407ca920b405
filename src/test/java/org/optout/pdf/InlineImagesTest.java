package org.optout.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.optout.AppException;

class InlineImagesTest {
    private static final byte[] PNG = png();
    private static final String URI = "data:image/png;base64," + Base64.getEncoder().encodeToString(PNG);

    private static byte[] png() {
        try {
            return Files.readAllBytes(Path.of("samples/signature.png"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String page(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\"><head><title>T</title>"
                + "<style>body { font-family: 'DejaVu Sans'; }</style></head><body>" + body + "</body></html>";
    }

    @Test
    void png_and_jpeg_data_uris_in_src_attributes_are_named_and_decoded() {
        InlineImages images = new InlineImages();
        InlineImages.Letter letter = images.extract("<p>a</p><img src=\"" + URI + "\"/><p>b</p><img src=\""
                + "data:image/jpeg;base64,AAEC\" alt=\"x\"/>");
        assertThat(letter.xhtml()).isEqualTo("<p>a</p><img src=\"optout-image:0\"/><p>b</p><img src=\"optout-image:1\""
                + " alt=\"x\"/>");
        assertThat(letter.images()).containsOnlyKeys("optout-image:0", "optout-image:1");
        assertThat(letter.images().get("optout-image:0")).isEqualTo(PNG);
        assertThat(letter.images().get("optout-image:1")).containsExactly(0, 1, 2);
        // decoded once, named again in the next letter; an image at the very start is taken too
        InlineImages.Letter next = images.extract("src=\"" + URI + "\"/>");
        assertThat(next.xhtml()).isEqualTo("src=\"optout-image:0\"/>");
        assertThat(next.images().get("optout-image:0")).isEqualTo(PNG);
    }

    @Test
    void anything_else_is_left_as_it_is() {
        InlineImages images = new InlineImages();
        for (String xhtml : new String[] {
            "<p>no image</p>",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\"/>",
            "<img src=\"data:image/png;base64,@@not base64@@\"/>",
            "<img src=\"data:image/png,raw\"/>",
            "<p>src=&quot;data:image/png;base64,AAEC&quot;</p>",
            "<img src=\"data:image/png;base64,AAEC",
        }) {
            InlineImages.Letter letter = images.extract(xhtml);
            assertThat(letter.xhtml()).as(xhtml).isEqualTo(xhtml);
            assertThat(letter.images()).as(xhtml).isEmpty();
        }
    }

    @Test
    void every_letter_draws_the_signature_image_in_full() throws IOException {
        PdfRenderer renderer = new PdfRenderer();
        for (int i = 0; i < 3; i++) {
            byte[] pdf = renderer.render(page("<p>letter " + i + "</p><img src=\"" + URI + "\" style=\"width: 6cm\"/>"),
                    "t");
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDResources resources = document.getPage(0).getResources();
                COSName name = resources.getXObjectNames().iterator().next();
                PDImageXObject image = (PDImageXObject) resources.getXObject(name);
                assertThat(image.getWidth()).isEqualTo(600);
                assertThat(image.getHeight()).isEqualTo(200);
            }
            assertThat(PdfFacts.of(pdf).flatText()).contains("letter " + i);
        }
    }

    @Test
    void a_name_typed_in_a_template_reads_nothing_and_is_an_error() {
        PdfRenderer renderer = new PdfRenderer();
        assertThatThrownBy(() -> renderer.render(page("<p>x</p><img src=\"optout-image:0\"/>"), "t.ftlx"))
                .isInstanceOf(AppException.class).hasMessageStartingWith("t.ftlx");
    }
}
