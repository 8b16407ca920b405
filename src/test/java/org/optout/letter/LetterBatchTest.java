package org.optout.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.ExitCode;
import org.optout.TestFiles;
import org.optout.catalogue.Catalogue;
import org.optout.catalogue.CatalogueLoader;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.config.Bundled;
import org.optout.letter.LetterWriter.RenderedLetter;
import org.optout.letter.LetterWriter.Request;
import org.optout.pdf.PdfFacts;
import org.optout.pdf.PdfRenderer;
import org.optout.profile.Profile;
import org.optout.profile.ProfileLoader;
import org.optout.schema.YamlDocuments;

/**
 * {@link LetterBatch}: the letters a batch renders are those {@link LetterWriter} renders (same text, PDF/A, also
 * for the letters it does not read back), it reads the signature image once, and the checks it keeps for later
 * letters (page count, expected texts) still refuse a bad letter.
 */
class LetterBatchTest {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static final LetterTemplates TEMPLATES = new LetterTemplates(null);

    @TempDir
    static Path home;
    static Profile sample;
    static Catalogue catalogue;

    @BeforeAll
    static void load() {
        YamlDocuments documents = new YamlDocuments();
        sample = new ProfileLoader(documents).load(TestFiles.sampleProfile(home));
        catalogue = new CatalogueLoader(documents, Bundled.catalogue()).load(null);
    }

    private static Request request(Profile profile, Platform platform, Language language, Path out) {
        return new Request(profile, "profile.yaml", List.of(platform), language, DATE, out, false);
    }

    private static Profile member(String name, Path signature, String situation) {
        return new Profile(name, "member@example.org", List.of("1 rue des Lilas", "69003 Lyon"), "FR", Language.FR,
                "Lyon", null, signature, situation, false, Map.of());
    }

    @Test
    void renders_the_same_letters_as_the_writer_each_one_pdfa_including_those_not_read_back() {
        LetterBatch batch = new LetterBatch(TEMPLATES, RENDERER);
        LetterWriter writer = new LetterWriter(TEMPLATES, RENDERER);
        List<Platform> platforms = catalogue.platforms().subList(0, 3);
        for (Language language : List.of(Language.FR, Language.DE)) {
            for (Platform platform : platforms) {
                Request request = request(sample, platform, language, home);
                RenderedLetter fromBatch = batch.objection(request);
                RenderedLetter fromWriter = writer.render(request).get(0);
                PdfFacts facts = PdfFacts.of(fromBatch.pdf());
                assertThat(facts.flatText()).isEqualTo(PdfFacts.of(fromWriter.pdf()).flatText())
                        .contains(sample.name(), platform.controller().legalName());
                assertThat(facts.pages()).isEqualTo(PdfFacts.of(fromWriter.pdf()).pages()).isBetween(1, 2);
                assertThat(facts.allFontsEmbedded()).isTrue();
                assertThat(facts.language()).isEqualTo(language.code());
                assertThat(PdfFacts.pdfaViolations(fromBatch.pdf())).isEmpty();
                assertThat(fromBatch.baseName()).isEqualTo(fromWriter.baseName());
                assertThat(fromBatch.text()).as("no text twin unless asked").isNull();
            }
        }
    }

    @Test
    void renders_the_text_twin_when_the_request_asks_for_it() {
        Platform platform = catalogue.platforms().get(0);
        RenderedLetter letter = new LetterBatch(TEMPLATES, RENDERER).objection(
                new Request(sample, "profile.yaml", List.of(platform), Language.EN, DATE, home, true));
        assertThat(letter.text()).contains(sample.name(), platform.controller().legalName());
    }

    @Test
    void reads_the_signature_image_once_per_batch(@TempDir Path dir) throws IOException {
        Path signature = Files.copy(home.resolve("signature.png"), dir.resolve("signature.png"));
        Profile profile = member("Alice Martin", signature, null);
        Platform platform = catalogue.platforms().get(0);
        LetterBatch batch = new LetterBatch(TEMPLATES, RENDERER);
        batch.objection(request(profile, platform, Language.FR, dir));
        Files.delete(signature);

        RenderedLetter second = batch.objection(request(profile, catalogue.platforms().get(1), Language.FR, dir));

        assertThat(imagesIn(second.pdf())).isEqualTo(1);
        assertThatThrownBy(() -> new LetterWriter(TEMPLATES, RENDERER).render(request(profile, platform, Language.FR, dir)))
                .isInstanceOf(AppException.class).hasMessageContaining("signature_image");
    }

    @Test
    void a_later_letter_longer_than_two_pages_is_refused() {
        LetterBatch batch = new LetterBatch(TEMPLATES, RENDERER);
        Platform platform = catalogue.platforms().get(0);
        batch.objection(request(member("Alice Martin", null, null), platform, Language.FR, home));
        String endless = "Je m’oppose à ce traitement pour des raisons qui tiennent à ma situation. ".repeat(120);

        assertThatThrownBy(() -> batch.objection(request(member("Bob Martin", null, endless), platform, Language.FR, home)))
                .isInstanceOf(AppException.class)
                .hasMessageContaining("templates/fr/objection.ftlx")
                .hasMessageContaining("pages (at most 2)")
                .extracting(e -> ((AppException) e).exitCode()).isEqualTo(ExitCode.INVALID_DATA);
    }

    @Test
    void a_later_letter_without_the_addressee_is_refused(@TempDir Path userTemplates) throws IOException {
        // A template that forgets the addressee for some senders: the first letter is read back and passes, the
        // later one is checked from the layout alone and must still be refused.
        Files.createDirectories(userTemplates.resolve("fr"));
        Files.writeString(userTemplates.resolve("fr/objection.ftlx"), """
                <#ftl output_format="XML">
                <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><title>Opposition</title>
                <style>body { font-family: 'DejaVu Sans'; }</style></head><body>
                <p>${letter.sender.name}</p>
                <#if !letter.sender.name?starts_with("Xavier")><p>${letter.recipient.legalName}</p></#if>
                <#list letter.accountIds as id><p>${id.value}</p></#list>
                </body></html>
                """);
        LetterBatch batch = new LetterBatch(new LetterTemplates(userTemplates), RENDERER);
        Platform platform = catalogue.platforms().get(0);
        batch.objection(request(member("Alice Martin", null, null), platform, Language.FR, home));

        assertThatThrownBy(() -> batch.objection(request(member("Xavier Martin", null, null), platform, Language.FR, home)))
                .isInstanceOf(AppException.class)
                .hasMessageContaining(userTemplates.resolve("fr/objection.ftlx").toString())
                .hasMessageContaining("does not contain the text '" + platform.controller().legalName() + "'");
    }

    @Test
    void a_letter_per_call_means_one_platform() {
        LetterBatch batch = new LetterBatch(TEMPLATES, RENDERER);
        Request two = new Request(sample, "profile.yaml", catalogue.platforms().subList(0, 2), Language.FR, DATE,
                home, false);
        assertThatThrownBy(() -> batch.objection(two)).isInstanceOf(IllegalArgumentException.class);
        assertThat(batch.objections(two)).extracting(RenderedLetter::platform)
                .containsExactlyElementsOf(catalogue.platforms().subList(0, 2));
    }

    @Test
    void batches_on_two_threads_share_templates_and_renderer() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<RenderedLetter>>> results = new ArrayList<>();
            for (int worker = 0; worker < 2; worker++) {
                String name = "Worker" + worker + " Martin";
                results.add(workers.submit(() -> {
                    LetterBatch batch = new LetterBatch(TEMPLATES, RENDERER);
                    List<RenderedLetter> letters = new ArrayList<>();
                    for (Platform platform : catalogue.platforms().subList(0, 4)) {
                        letters.add(batch.objection(request(member(name, null, null), platform, Language.EN, home)));
                    }
                    return letters;
                }));
            }
            for (int worker = 0; worker < 2; worker++) {
                for (RenderedLetter letter : results.get(worker).get()) {
                    assertThat(PdfFacts.of(letter.pdf()).flatText()).contains("Worker" + worker + " Martin",
                            letter.platform().controller().legalName());
                }
            }
        } finally {
            workers.shutdown();
        }
    }

    private static int imagesIn(byte[] pdf) throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        return images;
    }
}
