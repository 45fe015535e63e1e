package thema.search;

/** Field names of the turn index: one Lucene document per speaker turn. */
final class TurnFields {
    static final String DOC = "doc";
    static final String TURN = "turn";
    /** Doc values to list hits by document id, then turn, without reading stored fields. */
    static final String DOC_ORDER = "doc_order";
    static final String TURN_ORDER = "turn_order";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_WORDS = "speaker_words";
    static final String TEXT = "text";
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
