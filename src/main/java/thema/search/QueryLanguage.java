package thema.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import thema.coding.reliability.Blind;
import thema.project.Project;
import thema.project.ThemaException;

/**
 * thema's query language: Lucene's classic syntax (words, "phrases", AND/OR/NOT, -word, word*,
 * word~, "two words"~5) with the words searched stemmed (default, {@code text:}) or as written
 * ({@code exact:}); both are terms of the one {@code text} field, the stems behind
 * {@link Analyzers#STEM_MARK}. Filters on turns: speaker:, doc:, code: (with descendants), coder:, and
 * any document attribute (schooltype:special, interviewed:[2026-03-01 TO 2026-03-31]).
 * Several words mean all of them (AND), as in web search.
 */
final class QueryLanguage extends QueryParser {
    /** Brackets inside brackets; Lucene's parser recurses per level, so thousands would overflow the stack. */
    static final int MAX_NESTING = 100;
    private static final Set<String> WORD_FIELDS = Set.of(TurnFields.TEXT, TurnFields.EXACT);
    private final Project project;
    private final String coder;
    /** Blind mode: code: and coder: see only {@code coder}'s codings (see thema.coding.reliability.Blind). */
    private final boolean blind;
    /** The attribute names of the project's documents (Attributes.names once per index open, not per query). */
    private final Set<String> attributes;
    /** Gives the words as written, for {@code exact:}. */
    private final Analyzer exact;

    private QueryLanguage(Project project, QueryAnalyzers analyzers, Set<String> attributes, String coder, boolean blind) {
        super(TurnFields.TEXT, analyzers.stems());
        this.exact = analyzers.exact();
        this.project = project;
        this.attributes = attributes;
        this.coder = coder;
        this.blind = blind;
        setDefaultOperator(AND_OPERATOR);
        setAllowLeadingWildcard(false);
        // prefixes and wildcards become plain terms, so passages can be counted from the postings
        setMultiTermRewriteMethod(org.apache.lucene.search.MultiTermQuery.SCORING_BOOLEAN_REWRITE);
    }

    /** The query analyzers of one language: stems for {@code text:}, marked words for {@code exact:}. */
    record QueryAnalyzers(Analyzer stems, Analyzer exact) {
        static QueryAnalyzers of(String language) {
            return new QueryAnalyzers(Analyzers.query(language, false), Analyzers.query(language, true));
        }
    }

    /** Parses a query; {@code coder} (or null) limits code: filters to that coder's codings, {@code blind} coder: too. */
    static Query parse(Project project, QueryAnalyzers analyzers, Set<String> attributes, String query, String coder, boolean blind) {
        if (blind && coder == null) throw new ThemaException("blind mode needs the coder whose work may be searched");
        if (query == null || query.isBlank()) throw new ThemaException("query: empty; give words to search for");
        checkNesting(query);
        // a '/' would start a Lucene regular expression; in thema it separates code path parts
        String escaped = query.replaceAll("(?<!\\\\)/", "\\\\/");
        try {
            Query q = new QueryLanguage(project, analyzers, attributes, coder, blind).parse(escaped);
            if (q == null || (q instanceof BooleanQuery b && b.clauses().isEmpty())) {
                throw new ParseException("no words to search for (only punctuation)");
            }
            return q;
        } catch (ParseException e) {
            throw new ThemaException(oneLine("query '" + query + "': " + describe(e, query, escaped)));
        } catch (ThemaException e) {
            throw new ThemaException(oneLine("query '" + query + "': " + e.getMessage()));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new ThemaException("query '" + oneLine(query) + "': a wildcard or fuzzy word matches too many words; make it longer");
        }
    }

    /**
     * The query without the terms of stemmed words that no turn has: a stemmed word is the marked
     * stem or the word itself (Analyzers), and most often only one of them occurs, so a synonym
     * or multi-phrase query becomes the plain term or phrase query, which is faster. What matches
     * does not change; a word none of whose terms occurs keeps one, and matches nothing as before.
     */
    static Query withoutAbsentTerms(Query q, IndexReader reader) throws IOException {
        if (q instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) out.add(withoutAbsentTerms(c.getQuery(), reader), c.getOccur());
            return out.build();
        }
        if (q instanceof BoostQuery bq) return new BoostQuery(withoutAbsentTerms(bq.getQuery(), reader), bq.getBoost());
        if (q instanceof SynonymQuery sq) {
            List<Term> present = present(sq.getTerms().toArray(new Term[0]), reader);
            if (present.size() == sq.getTerms().size()) return q;
            if (present.size() <= 1) return new TermQuery(present.isEmpty() ? sq.getTerms().get(0) : present.get(0));
            SynonymQuery.Builder out = new SynonymQuery.Builder(sq.getField());
            for (Term t : present) out.addTerm(t);
            return out.build();
        }
        if (q instanceof MultiPhraseQuery mq) {
            Term[][] at = mq.getTermArrays();
            int[] positions = mq.getPositions();
            List<List<Term>> kept = new ArrayList<>();
            boolean single = true;
            for (Term[] terms : at) {
                List<Term> p = present(terms, reader);
                if (p.isEmpty()) return q; // no turn has this word: the phrase matches nothing either way
                kept.add(p);
                single &= p.size() == 1;
            }
            if (single) {
                PhraseQuery.Builder out = new PhraseQuery.Builder().setSlop(mq.getSlop());
                for (int k = 0; k < at.length; k++) out.add(kept.get(k).get(0), positions[k]);
                return out.build();
            }
            MultiPhraseQuery.Builder out = new MultiPhraseQuery.Builder().setSlop(mq.getSlop());
            for (int k = 0; k < at.length; k++) out.add(kept.get(k).toArray(new Term[0]), positions[k]);
            return out.build();
        }
        return q;
    }

    private static List<Term> present(Term[] terms, IndexReader reader) throws IOException {
        List<Term> out = new ArrayList<>();
        for (Term t : terms) if (reader.docFreq(t) > 0) out.add(t);
        return out;
    }

    /** A one-line message quoting the query: control characters (a pasted line break) shown as spaces, so columns still count. */
    private static String oneLine(String query) {
        StringBuilder b = new StringBuilder(query.length());
        for (int i = 0; i < query.length(); i++) b.append(query.charAt(i) < ' ' ? ' ' : query.charAt(i));
        return b.toString();
    }

    /** Refuses brackets nested deeper than {@link #MAX_NESTING}, before Lucene's recursive parser sees them. */
    private static void checkNesting(String query) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
                throw new ThemaException("query: brackets nested more than " + MAX_NESTING + " deep (column " + (i + 1) + ")");
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            }
        }
    }

    private static final Pattern LEXICAL = Pattern.compile("column (\\d+)");

    /** Where and what: Lucene's messages list grammar tokens a researcher need not read. */
    static String describe(ParseException e, String query, String escaped) {
        Throwable cause = e.getCause();
        if (cause instanceof TokenMgrError t) {
            Matcher m = LEXICAL.matcher(t.getMessage());
            String col = m.find() ? " at column " + column(Integer.parseInt(m.group(1)), query, escaped) : "";
            return query.chars().filter(c -> c == '"').count() % 2 == 1 ? "a quote is not closed" + col : "unexpected character" + col;
        }
        ParseException p = cause instanceof ParseException pe ? pe : e;
        if (p.currentToken != null && p.currentToken.next != null) {
            Token bad = p.currentToken.next;
            int col = column(bad.beginColumn, query, escaped);
            if (bad.kind == 0) return "the query ends too soon (after '" + p.currentToken.image + "', column " + col + ")";
            return "unexpected '" + bad.image + "' at column " + col;
        }
        String msg = p.getMessage() == null ? "cannot parse" : p.getMessage().replaceAll("\\s+", " ");
        return msg.replaceFirst("^Cannot parse '.*?': ", "");
    }

    /** A column in the escaped query, mapped back to the query as typed (1-based). */
    private static int column(int escapedColumn, String query, String escaped) {
        int extra = 0;
        for (int i = 0; i < Math.min(escapedColumn, escaped.length()); i++) {
            if (escaped.charAt(i) == '\\' && i + 1 < escaped.length() && escaped.charAt(i + 1) == '/' && (i == 0 || escaped.charAt(i - 1) != '\\')) extra++;
        }
        return Math.max(1, escapedColumn - extra);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        if (TurnFields.EXACT.equals(field)) return newFieldQuery(exact, TurnFields.TEXT, text, quoted);
        if (WORD_FIELDS.contains(field)) return super.getFieldQuery(field, text, quoted);
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (field) {
            case TurnFields.SPEAKER -> {
                Query words = super.getFieldQuery(TurnFields.SPEAKER_WORDS, text, true);
                BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(TurnFields.SPEAKER, lower)), BooleanClause.Occur.SHOULD);
                if (words != null) b.add(words, BooleanClause.Occur.SHOULD);
                yield b.build();
            }
            case TurnFields.DOC -> new TermQuery(new Term(TurnFields.DOC, text));
            case TurnFields.CODE -> new TermQuery(new Term(coder == null ? TurnFields.CODE : TurnFields.CODE_BY + coder, project.codebook().resolve(text)));
            case TurnFields.CODER -> {
                Blind.check(coder == null ? "" : coder, text, blind);
                yield new TermQuery(new Term(TurnFields.CODER, lower));
            }
            default -> new TermQuery(new Term(attribute(field), lower));
        };
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        if (slop < 0) throw new ParseException("a proximity \"...\"~N takes a distance of 0 or more, not " + slop);
        if (WORD_FIELDS.contains(field)) return super.getFieldQuery(field, text, slop);
        return getFieldQuery(field, text, true);
    }

    // word*, wo?d and word~ compare against words as written: stems are cut short ("information"
    // is stored as "inform"), so informat* would miss it among the stems. The words as written are
    // the unmarked terms of text, and the marked stems are out of reach of a prefix, a wildcard
    // that cannot start with * or ?, and a fuzzy word (see Analyzers.STEM_MARK).

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
        if (WORD_FIELDS.contains(field)) return super.getPrefixQuery(TurnFields.TEXT, text);
        return new PrefixQuery(new Term(filterField(field, "*"), filterValue(field, text)));
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
        if (WORD_FIELDS.contains(field)) return super.getWildcardQuery(TurnFields.TEXT, text);
        return new WildcardQuery(new Term(filterField(field, "*"), filterValue(field, text)));
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
        if (WORD_FIELDS.contains(field)) return super.getFuzzyQuery(TurnFields.TEXT, text, similarity);
        throw new ParseException(field + ": takes no fuzzy ~ (only words do)");
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
        throw new ParseException("regular expressions are not part of the query language");
    }

    @Override
    protected Query getRangeQuery(String field, String a, String b, boolean startInclusive, boolean endInclusive) throws ParseException {
        if (WORD_FIELDS.contains(field) || field.equals(TurnFields.CODE) || field.equals(TurnFields.SPEAKER) || field.equals(TurnFields.CODER)) {
            throw new ParseException(field + ": takes no range [a TO b] (attributes and doc: do)");
        }
        String f = filterField(field, "[a TO b]");
        return TermRangeQuery.newStringRange(f, a == null ? null : filterValue(field, a), b == null ? null : filterValue(field, b), startInclusive, endInclusive);
    }

    private String filterField(String field, String what) throws ParseException {
        return switch (field) {
            case TurnFields.DOC -> TurnFields.DOC;
            case TurnFields.SPEAKER -> TurnFields.SPEAKER;
            case TurnFields.CODER -> {
                if (blind) throw new ParseException("coder: takes only your own name in blind mode, not a pattern like " + what);
                yield TurnFields.CODER;
            }
            case TurnFields.CODE -> throw new ParseException("code: takes a code path, not a pattern like " + what);
            default -> attribute(field);
        };
    }

    private static String filterValue(String field, String text) {
        return field.equals(TurnFields.DOC) ? text : text.toLowerCase(Locale.ROOT);
    }

    private String attribute(String field) {
        if (!attributes.contains(field)) {
            throw new ThemaException("unknown field '" + field + ":' (fields: text, exact, speaker, doc, code, coder"
                    + (attributes.isEmpty() ? "" : ", and the attributes " + String.join(", ", attributes)) + ")");
        }
        return TurnFields.ATTRIBUTE + field;
    }

}
