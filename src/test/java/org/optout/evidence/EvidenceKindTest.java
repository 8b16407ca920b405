package org.optout.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kinds of evidence file, told by name and checked by their first bytes. */
class EvidenceKindTest {
    @Test
    void names_give_the_kind_whatever_their_case() {
        assertThat(EvidenceKind.ofName("Reply.EML")).contains(EvidenceKind.EML);
        assertThat(EvidenceKind.ofName("a.jpeg")).contains(EvidenceKind.JPEG);
        assertThat(EvidenceKind.ofName("a.jpg")).contains(EvidenceKind.JPEG);
        assertThat(EvidenceKind.ofName("scan.pdf")).contains(EvidenceKind.PDF);
        assertThat(EvidenceKind.ofName("x.png")).contains(EvidenceKind.PNG);
        assertThat(EvidenceKind.ofName("note.txt")).contains(EvidenceKind.TXT);
        assertThat(EvidenceKind.ofName("archive.zip")).isEmpty();
        assertThat(EvidenceKind.ofName("noextension")).isEmpty();
        assertThat(EvidenceKind.ofName(".png")).contains(EvidenceKind.PNG);
    }

    @Test
    void the_first_bytes_must_match() {
        assertThat(EvidenceKind.PNG.matches(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0})).isTrue();
        assertThat(EvidenceKind.PNG.matches(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isTrue();
        assertThat(EvidenceKind.PNG.matches(new byte[] {(byte) 0x89, 'P', 'N'})).isFalse();
        assertThat(EvidenceKind.PNG.matches("GIF89a".getBytes())).isFalse();
        assertThat(EvidenceKind.JPEG.matches(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1})).isTrue();
        assertThat(EvidenceKind.PDF.matches("%PDF-1.7".getBytes())).isTrue();
        assertThat(EvidenceKind.PDF.matches("%PDF".getBytes())).isFalse();
        assertThat(EvidenceKind.TXT.matches(new byte[0])).isTrue();
        assertThat(EvidenceKind.PNG.mediaType()).isEqualTo("image/png");
    }
}
