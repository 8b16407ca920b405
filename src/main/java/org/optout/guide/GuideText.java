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
                          String postal, String dpo, String privacy, String rights, String colon) {
    }

    private static final Labels FR = new Labels("réglages et contacts", "Responsable du traitement",
            "Services", "Sur le web", "Dans l’application mobile", "Formulaires d’opposition", "à remplir",
            "Contacts", "Représentant dans l’Union (art. 27)", "Autorité chef de file",
            "aucune autorité chef de file", "À savoir", "Dernière vérification", "Sources",
            " (source secondaire)", " (déduit)", " (à vérifier)",
            "Aucun réglage connu\u00A0: envoyez une lettre (optout letter).", "courriel", "formulaire web",
            "courrier", "DPO", "confidentialité", "demandes d’exercice des droits", "\u00A0: ");
    private static final Labels EN = new Labels("settings and contacts", "Controller", "Services", "On the web",
            "In the mobile app", "Objection forms", "fill in", "Contacts", "EU representative (art. 27)",
            "Lead supervisory authority", "no lead authority", "Good to know", "Last verified", "Sources",
            " (secondary source)", " (inferred)", " (to be verified)",
            "No known setting: send a letter (optout letter).", "email", "web form", "post", "DPO", "privacy",
            "rights requests", ": ");

    /** The guide of {@code platform} in {@code language}. */
    public static String format(Platform platform, Optional<Authority> lead, Language language) {
        Labels l = language == Language.FR ? FR : EN;
        StringBuilder out = new StringBuilder();
        out.append(platform.name()).append(" — ").append(l.title()).append('\n');
        Platform.Controller c = platform.controller();
        out.append(l.controller()).append(l.colon()).append(c.legalName()).append(", ")
                .append(String.join(", ", c.address())).append(" (").append(c.country()).append(')')
                .append(mark(c.confidence(), l)).append('\n');
        out.append(l.services()).append(l.colon()).append(String.join(", ", platform.services())).append("\n\n");

        surface(out, l.web(), platform.optOut().web(), language, l);
        surface(out, l.mobile(), platform.optOut().mobile(), language, l);
        if (platform.optOut().web() == null && platform.optOut().mobile() == null) {
            out.append(l.noSteps()).append("\n\n");
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
        out.append(l.contacts()).append(":\n");
        platform.contacts().forEach(contact -> out.append("  - ").append(contact(contact, l)).append('\n'));
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

    private static String contact(Contact contact, Labels l) {
        String role = switch (contact.role()) {
            case DPO -> l.dpo();
            case PRIVACY -> l.privacy();
            case RIGHTS_REQUEST -> l.rights();
        };
        String value = switch (contact.type()) {
            case EMAIL -> l.email() + " " + contact.email();
            case WEB_FORM -> l.form() + " " + contact.url();
            case POSTAL -> l.postal() + " " + String.join(", ", contact.address()) + " (" + contact.country() + ")";
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
