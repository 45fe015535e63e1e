package thema.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import thema.analysis.CountingUnits;

/** {@code --per}: what the k and n of "k of n" count, declared once for every command that counts. */
final class PerOption {
    @Option(names = "--per", defaultValue = "document", paramLabel = "UNIT", converter = Converter.class,
            description = "What k of n counts: document, or participant (people across documents, interviewers left out; see thema participants). Default: document.")
    CountingUnits.Per value;

    /** document or participant, in any case, singular or plural. */
    static final class Converter implements CommandLine.ITypeConverter<CountingUnits.Per> {
        @Override
        public CountingUnits.Per convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            for (CountingUnits.Per u : CountingUnits.Per.values()) {
                if (v.equals(u.name().toLowerCase(Locale.ROOT)) || v.equals(u.plural())) return u;
            }
            throw new CommandLine.TypeConversionException("document or participant, not '" + value + "'");
        }
    }
}
