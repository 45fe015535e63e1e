package thema.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thema.project.Code;
import thema.project.Codebook;

class CodeTreeTest {
    @Test
    void atlasDoubleColonNamesBecomeAHierarchyAndTheirGuidsFollow() {
        List<Code> roots = new ArrayList<>(List.of(new Code("Coke"), new Code("Coke::diet Coke"), new Code("Pepsi::light"), new Code("plain")));
        Map<String, String> byGuid = new HashMap<>(Map.of("g1", "Coke", "g2", "Coke::diet Coke", "g3", "Pepsi::light", "g4", "plain"));
        Codebook cb = new Codebook(CodeTree.nestDoubleColonNames(roots, "", byGuid), "t");
        assertEquals(List.of("Coke", "Coke/diet Coke", "Pepsi", "Pepsi/light", "plain"), cb.paths());
        assertEquals(Map.of("g1", "Coke", "g2", "Coke/diet Coke", "g3", "Pepsi/light", "g4", "plain"), byGuid);
    }
}
