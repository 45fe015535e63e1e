package thema.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import thema.project.DocumentGroups;
import thema.project.Project;
import thema.search.WordFrequencies;

@Command(name = "words", mixinStandardHelpOptions = true,
        description = "The most frequent words of what was said (stop words of the project language left out), per group.")
final class WordsCommand extends ProjectCommand {
    WordsCommand() {
        super(Format.table, Format.csv, Format.json, Format.md);
    }

    @Option(names = "--by", paramLabel = "ATTRIBUTE", description = "A list per value of this attribute; repeat for a cross.")
    List<String> by = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Words per list (default ${DEFAULT-VALUE}).")
    int top;


    @Override
    public Integer call() {
        if (top < 1) throw usage("--top must be 1 or more");
        Project p = project();
        List<WordFrequencies.Word> words = WordFrequencies.of(p, DocumentGroups.of(p, by), top);
        if (output.get() == Format.table) {
            int max = words.stream().mapToInt(WordFrequencies.Word::count).max().orElse(0);
            TextTable t = by.isEmpty() ? new TextTable("word", "count", "documents", "").alignRight(1, 2)
                    : new TextTable(String.join(" × ", by), "word", "count", "documents", "").alignRight(2, 3);
            String last = null;
            for (WordFrequencies.Word w : words) {
                String bar = TextTable.bar(w.count(), max, CountsCommand.BAR);
                if (by.isEmpty()) t.row(w.word(), w.count(), w.documents(), bar);
                else t.row(w.value().equals(last) ? "" : w.value(), w.word(), w.count(), w.documents(), bar);
                last = w.value();
            }
            t.print(out());
            return 0;
        }
        RowPrinter.print(out(), output.get(), WordFrequencies.Word.COLUMNS, words, 3);
        return 0;
    }
}
