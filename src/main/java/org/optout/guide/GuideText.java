package org.optout.guide;

import java.util.List;
import java.util.Optional;
import org.optout.catalogue.Authority;
import org.optout.catalogue.Confidence;
import org.optout.catalogue.Language;
import org.optout.catalogue.Platform;
import org.optout.catalogue.Platform.Contact;
import org.optout.catalogue.Platform.Surface;

/**
 * The opt-out guide of one platform as plain text: in-app steps per surface, objection forms, contacts, lead
 * authority and notes. Every fact that is not confirmed by a primary source carries its confidence label.
 */
public final class GuideText {
    private GuideText() {
    }

    /** Labels per language. */
    private record Labels(String title, String controller, String services, String web, String mobile,
                          String forms, String fillIn, String contacts, String representative, String lead,
                          String noLead, String notes, String verified, String sources, String secondary,
                          String inferred, String toVerify, String noSteps, String email, String form,
                          String postal, String dpo, String privacy, String rights, String colon, String nonUser,
                          String addressUnknown, String inEnglish) {
    }

    private static final Labels FR = new Labels("réglages et contacts", "Responsable du traitement",
            "Services", "Sur le web", "Dans l’application mobile", "Formulaires d’opposition", "à remplir",
            "Contacts", "Représentant dans l’Union (art. 27)", "Autorité chef de file",
            "aucune autorité chef de file", "À savoir", "Dernière vérification", "Sources",
            " (source secondaire)", " (déduit)", " (à vérifier)",
            "Aucun réglage connu\u00A0: envoyez une lettre (optout letter).", "courriel", "formulaire web",
            "courrier", "DPO", "confidentialité", "demandes d’exercice des droits", "\u00A0: ",
            "Sans compte chez ce service (vos données y figurent par d’autres)", "adresse non publiée",
            "");
    private static final Labels EN = new Labels("settings and contacts", "Controller", "Services", "On the web",
            "In the mobile app", "Objection forms", "fill in", "Contacts", "EU representative (art. 27)",
            "Lead supervisory authority", "no lead authority", "Good to know", "Last verified", "Sources",
            " (secondary source)", " (inferred)", " (to be verified)",
            "No known setting: send a letter (optout letter).", "email", "web form", "post", "DPO", "privacy",
            "rights requests", ": ", "Without an account (your data is there through others)",
            "address not published", "");
    private static final Labels NL = new Labels("instellingen en contactgegevens", "Verwerkingsverantwoordelijke",
            "Diensten", "Op het web", "In de mobiele app", "Bezwaarformulieren", "in te vullen", "Contactgegevens",
            "Vertegenwoordiger in de Unie (art. 27)", "Leidende toezichthoudende autoriteit",
            "geen leidende autoriteit", "Goed om te weten", "Laatst gecontroleerd", "Bronnen",
            " (secundaire bron)", " (afgeleid)", " (te controleren)",
            "Geen instelling bekend: stuur een brief (optout letter).", "e-mail", "webformulier", "post",
            "FG", "privacy", "verzoeken om rechten uit te oefenen", ": ",
            "Zonder account (uw gegevens staan er via anderen)", "adres niet gepubliceerd",
            "Sommige teksten bestaan nog niet in het Nederlands: ze staan hieronder in het Engels.");
    private static final Labels DE = new Labels("Einstellungen und Kontakte", "Verantwortlicher", "Dienste",
            "Im Web", "In der mobilen App", "Widerspruchsformulare", "auszufüllen", "Kontakte",
            "Vertreter in der Union (Art. 27)", "Federführende Aufsichtsbehörde", "keine federführende Behörde",
            "Gut zu wissen", "Zuletzt geprüft", "Quellen", " (Sekundärquelle)", " (abgeleitet)", " (zu prüfen)",
            "Keine Einstellung bekannt: Schicken Sie einen Brief (optout letter).", "E-Mail", "Webformular", "Post",
            "DSB", "Datenschutz", "Anträge auf Ausübung der Rechte", ": ",
            "Ohne Konto (Ihre Daten sind über andere dort)", "Anschrift nicht veröffentlicht",
            "Manche Texte gibt es noch nicht auf Deutsch: Sie stehen unten auf Englisch.");

    /** The guide of {@code platform} in {@code language}, for an account holder. */
    public static String format(Platform platform, Optional<Authority> lead, Language language) {
        return format(platform, lead, language, false);
    }

    /**
     * The guide of {@code platform} in {@code language}.
     *
     * @param nonUser for a person without an account: the platform's routes for non-users instead of its settings
     */
    public static String format(Platform platform, Optional<Authority> lead, Language language, boolean nonUser) {
        Labels l = labels(language);
        StringBuilder out = new StringBuilder();
        out.append(platform.name()).append(" — ").append(l.title()).append('\n');
        if (!l.inEnglish().isEmpty() && !complete(platform, language)) {
            out.append(l.inEnglish()).append('\n');
        }
        Platform.Controller c = platform.controller();
        out.append(l.controller()).append(l.colon()).append(c.legalName()).append(", ")
                .append(c.address().isEmpty() ? (c.addressNote() != null ? c.addressNote().in(language)
                        : l.addressUnknown()) : String.join(", ", c.address()))
                .append(" (").append(c.country()).append(')').append(mark(c.confidence(), l)).append('\n');
        out.append(l.services()).append(l.colon()).append(String.join(", ", platform.services())).append("\n\n");

        if (nonUser) {
            nonUserRoutes(out, platform, language, l);
        } else {
            surface(out, l.web(), platform.optOut().web(), language, l);
            surface(out, l.mobile(), platform.optOut().mobile(), language, l);
            if (platform.optOut().web() == null && platform.optOut().mobile() == null) {
                out.append(l.noSteps()).append("\n\n");
            }
        }
        if (!platform.objectionForms().isEmpty()) {
            out.append(l.forms()).append(":\n");
            platform.objectionForms().forEach(f -> {
                out.append("  - ").append(f.label().in(language)).append(mark(f.confidence(), l)).append('\n')
                        .append("    ").append(f.url()).append('\n');
                if (f.fillIn() != null) {
                    out.append("    ").append(l.fillIn()).append(l.colon()).append(f.fillIn().in(language)).append('\n');
                }
            });
            out.append('\n');
        }
        if (!nonUser && !platform.nonUser().isEmpty()) {
            nonUserRoutes(out, platform, language, l);
        }
        out.append(l.contacts()).append(":\n");
        platform.contacts().forEach(contact -> out.append("  - ").append(contact(contact, l, language)).append('\n'));
        Platform.Representative rep = platform.euRepresentative();
        if (rep != null) {
            out.append(l.representative()).append(l.colon()).append(rep.name());
            if (!rep.address().isEmpty()) {
                out.append(", ").append(String.join(", ", rep.address()));
            }
            if (rep.email() != null) {
                out.append(", ").append(rep.email());
            }
            out.append(mark(rep.confidence(), l)).append('\n');
        }
        out.append(l.lead()).append(l.colon()).append(lead.map(a -> a.shortName() + " (" + a.name().in(language) + ")")
                .orElse(l.noLead()));
        if (platform.leadAuthority().reason() != null) {
            out.append(" — ").append(platform.leadAuthority().reason().in(language));
        }
        out.append(mark(platform.leadAuthority().confidence(), l)).append("\n\n");
        if (!platform.notes().isEmpty()) {
            out.append(l.notes()).append(":\n");
            platform.notes().forEach(n -> out.append("  - ").append(n.text().in(language))
                    .append(mark(n.confidence(), l)).append('\n'));
            out.append('\n');
        }
        out.append(l.verified()).append(l.colon()).append(platform.lastVerified()).append('\n');
        out.append(l.sources()).append(":\n");
        platform.sources().forEach(s -> out.append("  - ").append(s.title()).append(s.date() == null ? "" : " (" + s.date() + ")")
                .append(l.colon()).append(s.url()).append('\n'));
        return out.toString();
    }

    private static Labels labels(Language language) {
        return switch (language) {
            case FR -> FR;
            case EN -> EN;
            case NL -> NL;
            case DE -> DE;
        };
    }

    /** Whether every text the guide prints exists in {@code language}. */
    private static boolean complete(Platform platform, Language language) {
        boolean notes = platform.notes().stream().allMatch(n -> n.text().exactly(language) != null);
        boolean forms = platform.objectionForms().stream().allMatch(f -> f.label().exactly(language) != null);
        boolean steps = java.util.stream.Stream.of(platform.optOut().web(), platform.optOut().mobile())
                .filter(java.util.Objects::nonNull).allMatch(surface -> surface.steps().in(language)
                        != surface.steps().en() || language == Language.EN);
        return notes && forms && steps;
    }

    private static void nonUserRoutes(StringBuilder out, Platform platform, Language language, Labels l) {
        out.append(l.nonUser()).append(":\n");
        if (platform.nonUser().isEmpty()) {
            out.append("  - ").append(l.noSteps()).append('\n');
        }
        platform.nonUser().forEach(r -> {
            out.append("  - ").append(r.label().in(language)).append(mark(r.confidence(), l)).append('\n');
            if (r.url() != null) {
                out.append("    ").append(r.url()).append('\n');
            }
            if (r.email() != null) {
                out.append("    ").append(r.email()).append('\n');
            }
            if (r.fillIn() != null) {
                out.append("    ").append(l.fillIn()).append(l.colon()).append(r.fillIn().in(language)).append('\n');
            }
        });
        out.append('\n');
    }

    private static void surface(StringBuilder out, String title, Surface surface, Language language, Labels l) {
        if (surface == null) {
            return;
        }
        out.append(title).append(mark(surface.confidence(), l));
        out.append(surface.url() == null ? l.colon().stripTrailing() : l.colon() + surface.url()).append('\n');
        List<String> steps = surface.steps().in(language);
        for (int i = 0; i < steps.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        out.append('\n');
    }

    private static String contact(Contact contact, Labels l, Language language) {
        String role = switch (contact.role()) {
            case DPO -> l.dpo();
            case PRIVACY -> l.privacy();
            case RIGHTS_REQUEST -> l.rights();
        };
        String value = switch (contact.type()) {
            case EMAIL -> l.email() + " " + contact.email();
            case WEB_FORM -> l.form() + " " + contact.url();
            case POSTAL -> l.postal() + " " + String.join(", ", contact.address()) + " (" + contact.country() + ")"
                    + (contact.attention() == null ? "" : ", " + contact.attention().in(language));
        };
        return role + ", " + value + mark(contact.confidence(), l);
    }

    /** The confidence label shown after a fact; confirmed facts carry none. */
    static String mark(Confidence confidence, Labels l) {
        return switch (confidence) {
            case CONFIRMED -> "";
            case SECONDARY -> l.secondary();
            case INFERENCE -> l.inferred();
            case UNCONFIRMED -> l.toVerify();
        };
    }
}
