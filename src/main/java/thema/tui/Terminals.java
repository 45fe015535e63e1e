package thema.tui;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** The terminal the workbench runs on. */
public final class Terminals {
    private Terminals() {
    }

    /** The user's terminal, reporting mouse clicks and drags where it can. */
    public static Terminal open() throws IOException {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        if (!windows && System.console() != null) {
            // System.out flushes every write (a system call per cell Lanterna draws); the screen
            // flushes once per refresh, so one buffered stream turns a redraw into one write
            OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
            Utf8UnixTerminal t = new Utf8UnixTerminal(System.in, out);
            t.setMouseCaptureMode(com.googlecode.lanterna.terminal.MouseCaptureMode.CLICK_RELEASE_DRAG);
            return t;
        }
        return new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setMouseCaptureMode(com.googlecode.lanterna.terminal.MouseCaptureMode.CLICK_RELEASE_DRAG).createTerminal();
    }

    /**
     * Lanterna 3.1.3 encodes a drawn string one UTF-16 unit at a time, so an emoji (a surrogate
     * pair) reaches the terminal as "??", and each character costs an encoder and a locked write.
     * This writes the string whole, in one encoding; Lanterna's screen already counts an emoji as
     * one double-width cell, so the layout is unchanged.
     */
    static final class Utf8UnixTerminal extends UnixTerminal {
        private static final byte[] REPORT_POSITION = {0x1b, '[', '6', 'n'};

        Utf8UnixTerminal(InputStream in, OutputStream out) throws IOException {
            super(in, out, StandardCharsets.UTF_8);
        }

        /**
         * The output is buffered and flushed once per refresh; a question to the terminal (the
         * cursor-position report Lanterna asks for to learn the window size) must go out at once, or
         * the answer never comes.
         */
        @Override
        protected void writeToTerminal(byte... bytes) throws IOException {
            super.writeToTerminal(bytes);
            if (Arrays.equals(bytes, REPORT_POSITION)) flush();
        }

        @Override
        public void putString(String s) throws IOException {
            writeToTerminal(encoded(s));
        }

        @Override
        public void putCharacter(char c) throws IOException {
            putString(String.valueOf(c));
        }
    }

    /** What the terminal is sent for a drawn string: its UTF-8, without the control characters Lanterna leaves out. */
    static byte[] encoded(String s) {
        return printable(s).getBytes(StandardCharsets.UTF_8);
    }

    /** The string without the control characters Lanterna leaves out (all but tab, line feed and backspace). */
    private static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (com.googlecode.lanterna.TerminalTextUtils.isPrintableCharacter(c)) {
                if (b != null) b.append(c);
            } else if (b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
        }
        return b == null ? s : b.toString();
    }
}
