package thema.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The --format option, declared once: a command lists its formats (the first is the default,
 * see {@link ProjectCommand#ProjectCommand(Format...)}) and {@link Main#commandLine} adds the
 * option to that command alone. Its --help names exactly those formats, and any other is a
 * usage error.
 */
final class FormatOption {
    private final List<Format> formats;
    private Format chosen;

    FormatOption(Format... formats) {
        this.formats = List.of(formats);
    }

    /** The chosen format, else the command's first. */
    Format get() {
        return chosen != null ? chosen : formats.get(0);
    }

    /** The option as picocli's model, bound to this object. */
    OptionSpec spec() {
        List<String> names = formats.stream().map(Enum::name).toList();
        String listed = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return OptionSpec.builder("--format").paramLabel("<format>").type(Format.class).completionCandidates(names)
                .description(listed + " (default: " + names.get(0) + ").")
                .converters(new Parser(formats))
                .setter(new CommandLine.Model.ISetter() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T set(T value) {
                        T old = (T) chosen;
                        chosen = (Format) value;
                        return old;
                    }
                })
                .build();
    }

    /**
     * A named class, not a method reference: picocli is compiled for an old class-file version,
     * and a lambda implementing one of its interfaces makes the start-up archive (AppCDS) leave
     * that interface and every class implementing it out (+25-45 ms per command).
     */
    private static final class Parser implements CommandLine.ITypeConverter<Format> {
        private final List<Format> formats;

        Parser(List<Format> formats) {
            this.formats = formats;
        }

        @Override
        public Format convert(String s) {
            for (Format f : formats) if (f.name().equalsIgnoreCase(s.strip())) return f;
            throw new CommandLine.TypeConversionException("expected one of " + formats.stream().map(Enum::name).collect(Collectors.joining(", ", "[", "]"))
                    + " (case-insensitive) but was '" + s + "'");
        }
    }
}
