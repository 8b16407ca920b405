package org.optout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The usage errors picocli finds while it reads the command line (an unknown option or command, a missing or
 * invalid value, an option given twice, options that exclude each other) are one line in the interface language,
 * naming what is at fault, with the suggestion and the help command to read; exit code 2.
 */
class UsageErrorLanguageTest {
    private static final char NB = '\u00a0';

    @TempDir
    Path home;

    private CliRun run(String language, String args) {
        return CliRun.runWith(home, CliRun.CLOCK, Map.of(), "", (args + " --ui-lang " + language).split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            send linkedin --vai form ~ unknown option '--vai' (did you mean '--via'?) (see 'optout send --help') \
            ~ option inconnue « --vai » (vouliez-vous dire « --via » ?) ; l'aide : optout send --help
            send linkedin --foo ~ unknown option '--foo' (see 'optout send --help') \
            ~ option inconnue « --foo » ; l'aide : optout send --help
            sned ~ unknown command 'sned' (did you mean 'send'?) (see 'optout --help') \
            ~ commande inconnue « sned » (vouliez-vous dire « send » ?) ; l'aide : optout --help
            requests shwo R1 ~ unknown command 'shwo' (did you mean 'show'?) (see 'optout requests --help') \
            ~ commande inconnue « shwo » (vouliez-vous dire « show » ?) ; l'aide : optout requests --help
            deadline 2026-01-01 extra ~ unexpected argument 'extra' (see 'optout deadline --help') \
            ~ argument en trop « extra » ; l'aide : optout deadline --help
            requests show ~ missing argument: ID (see 'optout requests show --help') \
            ~ argument manquant : ID ; l'aide : optout requests show --help
            requests complained R1 ~ missing option: --authority (see 'optout requests complained --help') \
            ~ option manquante : --authority ; l'aide : optout requests complained --help
            send ~ give one of these: PLATFORM, --all (see 'optout send --help') \
            ~ indiquez l'un d'eux : PLATFORM, --all ; l'aide : optout send --help
            send linkedin --via ~ option '--via' needs a value (email|form|post|setting) (see 'optout send --help') \
            ~ l'option « --via » attend une valeur (email|form|post|setting) ; l'aide : optout send --help
            calendar --out ~ option '--out' needs a value (DIR) (see 'optout calendar --help') \
            ~ l'option « --out » attend une valeur (DIR) ; l'aide : optout calendar --help
            send linkedin --via form --via post ~ option '--via' is given more than once; give it once \
            (see 'optout send --help') ~ l'option « --via » est donnée plusieurs fois ; donnez-la une seule fois \
            ; l'aide : optout send --help
            send linkedin --all ~ PLATFORM, --all are mutually exclusive: give only one of them (see 'optout send --help') \
            ~ PLATFORM, --all s'excluent l'un l'autre : n'en indiquez qu'un ; l'aide : optout send --help
            calendar --out a --out-file b ~ --out=DIR, --out-file=FILE are mutually exclusive: give only one of them \
            (see 'optout calendar --help') ~ --out=DIR, --out-file=FILE s'excluent l'un l'autre : n'en indiquez qu'un ; l'aide : \
            optout calendar --help
            send linkedin --via fax ~ invalid value for --via: 'fax' is not a channel (email, form, post, setting) \
            (see 'optout send --help') ~ valeur non valable pour --via : « fax » n'est pas un canal (email, form, \
            post, setting) ; l'aide : optout send --help
            deadline 2026-13-01 ~ invalid value for DATE: '2026-13-01' is not a date in the form YYYY-MM-DD \
            (see 'optout deadline --help') ~ valeur non valable pour DATE : « 2026-13-01 » n'est pas une date de \
            la forme AAAA-MM-JJ (YYYY-MM-DD) ; l'aide : optout deadline --help
            deadline 0226-03-01 ~ invalid value for DATE: '0226-03-01' is not between 2000-01-01 and 2100-12-31 \
            (a typo in the year?) (see 'optout deadline --help') ~ valeur non valable pour DATE : « 0226-03-01 » \
            n'est pas entre le 2000-01-01 et le 2100-12-31 (une faute de frappe dans l'année ?) ; l'aide : \
            optout deadline --help
            deadline 2026-01-01 --months x ~ invalid value for --months: 'x' is not a whole number \
            (see 'optout deadline --help') ~ valeur non valable pour --months : « x » n'est pas un nombre entier \
            ; l'aide : optout deadline --help
            letter linkedin --lang xx ~ invalid value for --lang: 'xx' is not a language optout writes in \
            (fr, en, nl, de) (see 'optout letter --help') ~ valeur non valable pour --lang : « xx » n'est pas une \
            langue dans laquelle optout écrit (fr, en, nl, de) ; l'aide : optout letter --help
            send linkedin --smtp-tls tls ~ invalid value for --smtp-tls: 'tls' is not starttls, ssl or none \
            (see 'optout send --help') ~ valeur non valable pour --smtp-tls : « tls » n'est ni starttls, ni ssl, \
            ni none ; l'aide : optout send --help
            profile ~ missing command: choose one of init, show, check (see 'optout profile --help') \
            ~ commande manquante : choisissez parmi init, show, check ; l'aide : optout profile --help
            """)
    void a_usage_error_is_one_line_in_the_interface_language(String args, String english, String french) {
        CliRun en = run("en", args.strip());
        assertThat(en.exitCode()).as(en.toString()).isEqualTo(2);
        assertThat(en.err()).isEqualTo("optout: " + english.strip() + "\n");
        assertThat(en.out()).isEmpty();

        CliRun fr = run("fr", args.strip());
        assertThat(fr.exitCode()).as(fr.toString()).isEqualTo(2);
        // the French typography's no-break spaces, written as plain spaces above
        assertThat(fr.err().replace(NB, ' ')).isEqualTo("optout: " + french.strip() + "\n");
        assertThat(fr.err()).contains(NB + ":");
        assertThat(fr.out()).isEmpty();
    }
}
