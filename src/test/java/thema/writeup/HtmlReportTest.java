package thema.writeup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thema.cli.Main;
import thema.coding.Codings;
import thema.project.Code;
import thema.project.Codebook;
import thema.project.Coding;
import thema.project.Project;
import thema.project.TestProjects;

class HtmlReportTest {
    @TempDir
    Path dir;

    @Test
    void selfContainedEscapedAndHoldsTheNumbers() throws Exception {
        Code odd = new Code("<script>alert(1)<\\script> & \"more\"").withDescription("Teachers' <b>own</b> words");
        Code care = new Code("care");
        Project p = Project.init(dir.resolve("p"), "study <1>", "en", new Codebook(new ArrayList<>(List.of(odd, care)), "t"));
        TestProjects.addDocument(p, "d1", "T: one two three", Map.of("schooltype", "regular"));
        TestProjects.addDocument(p, "d2", "T: four five six", Map.of("schooltype", "special"));
        Codings.add(p, "anna", List.of(new Coding("d1", 3, 6, odd.name, "anna", "t"), new Coding("d1", 3, 10, "care", "anna", "t"),
                new Coding("d2", 3, 6, "care", "anna", "t")), "x");
        Path out = dir.resolve("report.html");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[]{"report", dir.resolve("p").toString(), out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        String html = Files.readString(out);
        assertFalse(html.contains("<script"), "code names are escaped, and there is no script");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;\\script&gt; &amp; &quot;more&quot;"));
        assertTrue(html.contains("Teachers&#39; &lt;b&gt;own&lt;/b&gt; words"));
        assertTrue(html.contains("<title>study &lt;1&gt; · thema report</title>"));
        // url(#id) fills the figures' bars with a pattern defined in the page: a reference, nothing loaded
        assertFalse(Pattern.compile("(src|href)\\s*=|url\\((?!#)|@import|https?://").matcher(html).find(), "nothing is loaded from elsewhere");
        // care: 2 segments in 2 of 2 documents; by school type 1 of 1 each; the odd code overlaps care once
        assertTrue(html.contains("<td class=\"n\">2</td><td class=\"n\">2</td><td class=\"n\">2 of 2</td>"), html);
        assertTrue(html.contains("Documents with each code, by schooltype"));
        assertTrue(html.contains(">1 of 1 (100%)<"), "the k of n table by attribute");
        assertTrue(Pattern.compile("rgba\\(74,127,181,0\\.93\\)\">1</td>").matcher(html).find(), "the heat map's largest cell is darkest");
    }
}
