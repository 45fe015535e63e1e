package thema.cli;

import thema.project.ThemaException.Remedy;

/** The command line's words for a core {@link Remedy}: the flag that gets past the problem, appended to the core's message. */
final class Remedies {
    private Remedies() {
    }

    static String text(Remedy r) {
        return switch (r) {
            case OTHER_ID -> " (use --as ID to import it under another id)";
            case ENCODING -> " (or give --encoding NAME if the file is in another encoding)";
            case POSITIONS -> "; choose one with --positions codepoints, utf16, codepoints-crlf1 or utf16-crlf1";
            case SKIP_MISSING -> " (import the rest with --skip-missing)";
            case FINER_UNIT -> ", so compare with a finer --unit (sentence or character)";
            case RESAMPLED_UNIT -> ": use --unit turn or sentence";
        };
    }
}
