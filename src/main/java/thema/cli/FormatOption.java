package thema.cli;

import picocli.CommandLine.Option;

/**
 * The --format option, mixed into the commands ({@code @Mixin}): one class per set of formats, so
 * picocli refuses any other as a usage error. {@link #get()} is the choice as the one
 * {@link Format} the printers take.
 */
abstract class FormatOption {
    abstract Enum<?> choice();

    /** The chosen format. */
    final Format get() {
        return Format.valueOf(choice().name());
    }

    static final class TableCsvJsonMd extends FormatOption {
        @Option(names = "--format", defaultValue = "table", description = "table, csv, json or md (default: ${DEFAULT-VALUE}).") TableCsvJsonMdChoice format;
        Enum<?> choice() { return format; }
    }

    static final class TableCsvJson extends FormatOption {
        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).") TableCsvJsonChoice format;
        Enum<?> choice() { return format; }
    }

    static final class TableJson extends FormatOption {
        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).") TableJsonChoice format;
        Enum<?> choice() { return format; }
    }

    static final class TreeJson extends FormatOption {
        @Option(names = "--format", defaultValue = "tree", description = "tree or json (default: ${DEFAULT-VALUE}).") TreeJsonChoice format;
        Enum<?> choice() { return format; }
    }

    static final class TreeMdJson extends FormatOption {
        @Option(names = "--format", defaultValue = "tree", description = "tree, md or json (default: ${DEFAULT-VALUE}).") TreeMdJsonChoice format;
        Enum<?> choice() { return format; }
    }

    static final class TextJson extends FormatOption {
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).") TextJsonChoice format;
        Enum<?> choice() { return format; }
    }

    static final class MdJson extends FormatOption {
        @Option(names = "--format", defaultValue = "md", description = "md or json (default: ${DEFAULT-VALUE}).") MdJsonChoice format;
        Enum<?> choice() { return format; }
    }

    static final class MdCsvJsonTxt extends FormatOption {
        @Option(names = "--format", defaultValue = "md", description = "md, csv, json or txt (default: ${DEFAULT-VALUE}).") MdCsvJsonTxtChoice format;
        Enum<?> choice() { return format; }
    }

    enum TableCsvJsonMdChoice { table, csv, json, md }
    enum TableCsvJsonChoice { table, csv, json }
    enum TableJsonChoice { table, json }
    enum TreeJsonChoice { tree, json }
    enum TreeMdJsonChoice { tree, md, json }
    enum TextJsonChoice { text, json }
    enum MdJsonChoice { md, json }
    enum MdCsvJsonTxtChoice { md, csv, json, txt }
}
