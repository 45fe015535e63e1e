package thema.cli;

import com.googlecode.lanterna.TerminalTextUtils;

/** Terminal column width of text: Lanterna's rules, the same the TUI draws with. */
final class Columns {
    private Columns() {
    }

    static int width(String s) {
        return TerminalTextUtils.getColumnWidth(s);
    }
}
