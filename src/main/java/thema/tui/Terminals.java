package thema.tui;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The terminal the workbench runs on. */
public final class Terminals {
    private Terminals() {
    }

    /** The user's terminal, reporting mouse clicks and drags where it can. */
    public static Terminal open() throws IOException {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        if (!windows && System.console() != null) {
            Utf8UnixTerminal t = new Utf8UnixTerminal(System.in, System.out);
            t.setMouseCaptureMode(com.googlecode.lanterna.terminal.MouseCaptureMode.CLICK_RELEASE_DRAG);
            return t;
        }
        return new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setMouseCaptureMode(com.googlecode.lanterna.terminal.MouseCaptureMode.CLICK_RELEASE_DRAG).createTerminal();
    }

    /**
     * Lanterna 3.1.3 encodes a drawn string one UTF-16 unit at a time, so an emoji (a surrogate
     * pair) reaches the terminal as "??". This writes such a string whole; Lanterna's screen
     * already counts it as one double-width cell, so the layout is unchanged.
     */
    static final class Utf8UnixTerminal extends UnixTerminal {
        Utf8UnixTerminal(InputStream in, OutputStream out) throws IOException {
            super(in, out, StandardCharsets.UTF_8);
        }

        @Override
        public void putString(String s) throws IOException {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    writeToTerminal(s.getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            super.putString(s);
        }
    }
}
