package thema.interchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable GUIDs for exports: name-based (RFC 4122 version 3) UUIDs of what a thing is, so
 * exporting the same project twice gives the same GUIDs and other tools can match them up.
 */
final class Guids {
    private Guids() {
    }

    static String of(String kind, String... parts) {
        StringBuilder b = new StringBuilder("thema:").append(kind);
        for (String p : parts) b.append('\u0000').append(p);
        return UUID.nameUUIDFromBytes(b.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
