package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Project files hold any text: an emoji may fall anywhere, also across the YAML reader's buffer. */
class YamlUnicodeTest {
    @Test
    void emojiAtEveryPositionAroundTheReadBufferEdges() {
        for (int pad = 1000; pad < 1040; pad++) {
            String value = "x".repeat(pad) + "😊 “quoted” é\u00A0ë";
            byte[] yaml = Yaml.write(Map.of("k", value));
            @SuppressWarnings("unchecked")
            Map<String, String> back = Yaml.parse("test.yaml", yaml, Map.class);
            assertEquals(value, back.get("k"), "pad " + pad);
            assertEquals(value, Yaml.parse("t", ("k: " + value + "\n").getBytes(StandardCharsets.UTF_8), Map.class).get("k"), "plain, pad " + pad);
        }
    }
}
