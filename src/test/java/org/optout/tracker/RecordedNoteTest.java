package org.optout.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optout.catalogue.Language;
import org.optout.ui.Texts;

class RecordedNoteTest {
    private static final Texts FR = Texts.of(Language.FR);
    private static final Texts NL = Texts.of(Language.NL);
    private static final Texts DE = Texts.of(Language.DE);

    @Test
    void notes_are_stored_exactly_as_earlier_versions_wrote_them() {
        assertThat(RecordedNote.SENT.english("[dpo@x.eu]", "250 OK", "ab12"))
                .isEqualTo("to [dpo@x.eu]; server: 250 OK; PDF sha256 ab12");
        assertThat(RecordedNote.CAMPAIGN_DRAFTED_COPY.english("demo", "M001", "2026-10-02"))
                .isEqualTo("campaign demo, member M001: written by the association on the member's behalf, under the "
                        + "mandate signed on 2026-10-02; attached: the signed mandate on record");
        assertThat(RecordedNote.ACKNOWLEDGED.english("12345")).isEqualTo("recorded by optout inbox from reply E12345");
        assertThat(RecordedNote.RECEIVED_SAME_DAY.english()).isEqualTo("email: received on the day it was sent");
        assertThat(RecordedNote.DOSSIER_EMBEDDED.english("d.zip")).isEqualTo("dossier d.zip, annexes embedded");
        assertThatThrownBy(() -> RecordedNote.TO.english()).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "to [dpo@x.eu]                                                | destinataire\u00a0: [dpo@x.eu]",
        "to [dpo@x.eu]; server: 250 2.0.0 OK; PDF sha256 ab12         | destinataire\u00a0: [dpo@x.eu]\u00a0; serveur"
            + "\u00a0: 250 2.0.0 OK\u00a0; SHA-256 du PDF ab12",
        "to [a@x.eu]; server: 250; PDF sha256 ab; mandate sha256 cd   | destinataire\u00a0: [a@x.eu]\u00a0; serveur"
            + "\u00a0: 250\u00a0; SHA-256 du PDF ab\u00a0; SHA-256 du mandat cd",
        "to CNIL; supersedes the draft of 2026-11-02                  | destinataire\u00a0: CNIL\u00a0; remplace le "
            + "projet du 2026-11-02",
        "form: received when sent                                     | formulaire\u00a0: reçu à l'envoi",
        "replaced: sent by post instead                               | remplacée\u00a0: envoyée par courrier à la "
            + "place",
        "from dpo@x.eu; certain match (reference 4471); suggested: refusal | de dpo@x.eu\u00a0; rattachement certain "
            + "(référence 4471)\u00a0; suggestion\u00a0: refus",
        "from dpo@x.eu; likely match (your identifier in the text); suggested: identity_request | de dpo@x.eu\u00a0; "
            + "rattachement probable (votre identifiant dans le texte)\u00a0; suggestion\u00a0: demande de "
            + "justificatif d'identité",
        "lodged about R3                                              | déposée au sujet de R3",
        "dossier d.zip, annexes embedded                              | dossier d.zip, annexes intégrées",
        "a note the user typed                                        | a note the user typed",
        "to                                                           | to",
        "replaced: sent by pigeon instead                             | remplacée\u00a0: envoyée par pigeon à la place",
        "from a; odd match (x); suggested: y                          | de a\u00a0; rattachement odd (x)\u00a0; "
            + "suggestion\u00a0: y"})
    void a_note_optout_wrote_is_told_in_the_interface_language(String stored, String french) {
        assertThat(RecordedNote.shown(stored, FR)).isEqualTo(french);
        assertThat(RecordedNote.shown(stored, Texts.english())).isEqualTo(stored);
    }

    @Test
    void every_language_tells_the_notes() {
        String stored = RecordedNote.CAMPAIGN_DRAFTED_FORM.english("demo", "M007", "2026-10-02");
        assertThat(RecordedNote.shown(stored, NL)).isEqualTo("campagne demo, lid M007: door de vereniging namens het "
                + "lid geschreven, krachtens het mandaat ondertekend op 2026-10-02; bijlage: het mandaatformulier "
                + "(geen ondertekend mandaat vastgelegd)");
        assertThat(RecordedNote.shown(RecordedNote.REMINDER_SENT.english("[dpo@x.eu]", "250"), DE))
                .isEqualTo("per E-Mail an [dpo@x.eu]; Server: 250");
        assertThat(RecordedNote.shown(null, FR)).isNull();
        assertThat(RecordedNote.shown("multi\nline", FR)).isEqualTo("multi\nline");
        assertThat(RecordedNote.shown("to a\nb", FR)).isEqualTo("destinataire\u00a0: a\nb");
    }

    @Test
    void the_reason_a_send_failed_is_told_in_the_interface_language_and_the_server_s_reply_quoted() {
        String refusedConnection = "cannot connect to the SMTP server 127.0.0.1:2525 (connection refused)";
        String refusedMessage = "the SMTP server smtp.example.org:587 refused the message: 550 5.1.1 mailbox unavailable";

        assertThat(RecordedNote.shown(refusedConnection, FR))
                .isEqualTo("connexion impossible au serveur SMTP 127.0.0.1:2525 (connexion refusée)");
        assertThat(RecordedNote.shown(refusedConnection, DE))
                .isEqualTo("keine Verbindung zum SMTP-Server 127.0.0.1:2525 (Verbindung abgelehnt)");
        assertThat(RecordedNote.shown(refusedMessage, FR)).isEqualTo(
                "le serveur SMTP smtp.example.org:587 a refusé le message, en répondant\u00a0: 550 5.1.1 mailbox unavailable");
        assertThat(RecordedNote.shown(refusedConnection, Texts.english())).isEqualTo(refusedConnection);
        assertThat(RecordedNote.shown("a note optout never wrote", FR)).isEqualTo("a note optout never wrote");
    }
}
