package thema.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import thema.project.Json;
import thema.search.Hit;
import thema.search.Search;
import thema.search.SearchResult;
import thema.search.TurnIndex;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the transcripts: words (stemmed), \"phrases\", AND/OR/NOT, -word, word*, word~, \"two words\"~5,",
                "and filters speaker:, doc:, code:, coder: and any attribute (schooltype:special). See README, 'Searching'."})
final class SearchCommand extends ProjectCommand {
    SearchCommand() {
        super(Format.table, Format.json);
    }

    @Parameters(index = "1", paramLabel = "QUERY")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "Show at most N hits (all are counted; default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--rank", description = "Sort by relevance instead of by document and position.")
    boolean rank;

    @Mixin
    CoderOption.Only coder;

    @Option(names = "--blind", description = "With --coder: search nothing of the other coders' work (code: and coder: see only this coder's codings).")
    boolean blind;



    @Override
    public Integer call() {
        if (limit < 0) throw usage("--limit must be 0 or more");
        if (blind && coder.name == null) throw usage("--blind needs --coder NAME (whose own codings may be searched)");
        SearchResult r;
        try (TurnIndex index = TurnIndex.open(project())) {
            r = Search.run(index, query, new Search.Options(limit, rank, coder.name, blind));
        }
        if (output.get() == Format.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total", r.total());
            m.put("turns", r.turns());
            m.put("hits", r.hits().stream().map(Hit::toRow).toList());
            out().println(Json.write(m));
            return 0;
        }
        out().println(r.total() + (r.total() == 1 ? " hit" : " hits") + " in " + r.turns() + (r.turns() == 1 ? " turn" : " turns")
                + (r.hits().size() < r.total() ? " (showing " + r.hits().size() + "; --limit N for more)" : ""));
        if (r.hits().isEmpty()) return 0;
        TextTable t = new TextTable("doc", "turn", "speaker", "at", "in context").alignRight(1);
        for (Hit h : r.hits()) t.row(h.doc(), h.turn(), h.speaker() == null ? "" : h.speaker(), h.start() + "-" + h.end(), h.kwic("[[", "]]"));
        t.print(out());
        return 0;
    }
}
