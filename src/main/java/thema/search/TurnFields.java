package thema.search;

/** Field names of the turn index: one Lucene document per speaker turn. */
final class TurnFields {
    static final String DOC = "doc";
    /** Doc values to list hits by document id, then turn, without reading stored fields. */
    static final String DOC_ORDER = "doc_order";
    static final String TURN_ORDER = "turn_order";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_WORDS = "speaker_words";
    /** The words of the turn: as written, and their stems behind {@link Analyzers#STEM_MARK}. */
    static final String TEXT = "text";
    /** The query language's field of words as written; in the index they are the unmarked terms of {@link #TEXT}. */
    static final String EXACT = "exact";
    static final String CODE = "code";
    static final String CODER = "coder";
    /** {@code code@anna}: the codes one coder applied, for searches limited to that coder. */
    static final String CODE_BY = "code@";
    /** {@code attr.schooltype}: attribute values, lower case. */
    static final String ATTRIBUTE = "attr.";

    private TurnFields() {
    }
}
