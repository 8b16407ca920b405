package org.optout.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optout.AppException;
import org.optout.TestFiles;
import org.optout.schema.YamlDocuments;

class CatalogueSourceTest {
    @TempDir
    Path dir;

    private static CatalogueSource classPathWithoutListing() {
        return CatalogueSource.classPath(() -> {
            throw new AssertionError("the folder was opened");
        });
    }

    @Test
    void one_file_is_read_from_the_class_path_without_opening_the_folder() throws IOException {
        CatalogueSource source = classPathWithoutListing();
        assertThat(source.read("platforms/linkedin.yaml")).hasValueSatisfying(bytes ->
                assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("id: linkedin"));
        assertThat(source.read("platforms/nosuch.yaml")).isEmpty();
    }

    @Test
    void a_letter_to_named_platforms_reads_only_their_files() {
        Catalogue catalogue = new CatalogueLoader(new YamlDocuments(), classPathWithoutListing())
                .loadOnly(null, List.of("linkedin", "claude"));
        assertThat(catalogue.platforms()).extracting(Platform::id).containsExactly("claude", "linkedin");
        assertThat(catalogue.platform("linkedin").leadAuthority().authorityId()).hasValue("dpc");
        assertThat(catalogue.authority("dpc")).isPresent();
    }

    @Test
    void a_users_catalogue_is_still_validated() {
        Path platforms = TestFiles.write(dir.resolve("platforms/linkedin.yaml"), "id: linkedin\nname: LinkedIn\n");
        assertThat(platforms).exists();
        assertThatThrownBy(() -> new CatalogueLoader(new YamlDocuments(), classPathWithoutListing())
                .loadOnly(dir, List.of("linkedin")))
                .isInstanceOf(AppException.class)
                .hasMessageStartingWith(dir + "/platforms/linkedin.yaml: field `");
    }

    @Test
    void a_folder_source_reads_its_files() throws IOException {
        Files.createDirectories(dir.resolve("platforms"));
        Files.writeString(dir.resolve("platforms/a.yaml"), "id: a\n");
        CatalogueSource source = CatalogueSource.folder(dir);
        assertThat(source.folder()).isEqualTo(dir);
        assertThat(source.read("platforms/a.yaml")).hasValueSatisfying(bytes ->
                assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("id: a\n"));
        assertThat(source.read("platforms/b.yaml")).isEmpty();
    }
}
