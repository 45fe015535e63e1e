package thema.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compact cache of parsed files gives back exactly what it was given, every field of every type
 * (filled by reflection, so a field added to a type without its codec fails here), and refuses
 * damaged bytes.
 */
class BinaryCacheTest {
    @TempDir
    Path dir;

    static final Map<String, ParsedCache.Entry<CoderFile>> ENTRIES = Map.of("anna.yaml", new ParsedCache.Entry<>("abc shape", new CoderFile("anna", List.of("d2", "d1"), List.of(
            new Coding("d1", 0, 4, "care decisions/process", "memo “é” 😊", Boolean.TRUE, "anna", "2026-01-01T00:00:00Z"),
            new Coding("d1", 2, 9, "communication", null, null, "anna", "2026-01-01T00:00:00Z"),
            new Coding("d2", 5, 6, "communication", "", Boolean.FALSE, "bram", null))), null, "stamp 1"));

    @Test
    void everyFieldComesBackIncludingNullsAndUnicode() throws IOException {
        Path f = dir.resolve("c.bin");
        Files.write(f, BinaryCache.bytes(ENTRIES, BinaryCache.CODER));
        assertEquals(ENTRIES, BinaryCache.read(f, BinaryCache.CODER));
    }

    @Test
    void everyTruncationAndAFlippedByteIsAnIOException() throws IOException {
        byte[] b = BinaryCache.bytes(ENTRIES, BinaryCache.CODER);
        Path f = dir.resolve("c.bin");
        for (int n = 0; n < b.length; n++) {
            Files.write(f, Arrays.copyOf(b, n));
            assertThrows(IOException.class, () -> BinaryCache.read(f, BinaryCache.CODER), "cut at " + n);
        }
        byte[] bad = b.clone();
        bad[30] = (byte) 0x7f; // the first string's number, now out of sequence
        Files.write(f, bad);
        assertThrows(IOException.class, () -> BinaryCache.read(f, BinaryCache.CODER));
    }

    /** Every type the cache holds, each filled in every field with a value that is not its default, then with nulls where a field may be null. */
    @Test
    void everyFieldOfEveryCachedTypeComesBack() throws Exception {
        check(BinaryCache.CODER, (CoderFile) fill(CoderFile.class, 0));
        check(BinaryCache.DOCUMENT, (DocumentMeta) fill(DocumentMeta.class, 0));
        check(BinaryCache.CONFIG, (ProjectConfig) fill(ProjectConfig.class, 0));
        @SuppressWarnings("unchecked")
        List<Code> codes = (List<Code>) (List<?>) fillList(Code.class, 0);
        check(BinaryCache.CODES, codes);
        check(BinaryCache.DOCUMENT, new DocumentMeta());
        DocumentMeta nulls = new DocumentMeta();
        nulls.attributes = null;
        nulls.turns = null;
        check(BinaryCache.DOCUMENT, nulls);
        check(BinaryCache.CONFIG, new ProjectConfig());
        check(BinaryCache.CODES, java.util.Arrays.asList(new Code("a"), null, new Code("b", List.of(new Code("c")))));
        check(BinaryCache.CODES, null);
        check(BinaryCache.CODER, new CoderFile("anna", null, null));
    }

    private <T> void check(BinaryCache.Codec<T> codec, T value) throws Exception {
        Path f = dir.resolve(codec.name() + ".bin");
        Files.write(f, BinaryCache.bytes(Map.of("a.yaml", new ParsedCache.Entry<>("key shape", value, Boolean.TRUE, "stamp")), codec));
        ParsedCache.Entry<T> back = BinaryCache.read(f, codec).get("a.yaml");
        assertEquals("key shape stamp true", back.key() + " " + back.stamp() + " " + back.written());
        assertSame(value, back.value(), codec.name());
        byte[] b = Files.readAllBytes(f);
        for (int n = 0; n < b.length; n++) {
            Files.write(f, Arrays.copyOf(b, n));
            assertThrows(IOException.class, () -> BinaryCache.read(f, codec), codec.name() + " cut at " + n);
        }
        Files.write(f, codec == (Object) BinaryCache.CONFIG ? BinaryCache.bytes(Map.of(), BinaryCache.CODER) : BinaryCache.bytes(Map.of(), BinaryCache.CONFIG));
        assertThrows(IOException.class, () -> BinaryCache.read(f, codec), "a cache of another type is refused");
    }

    private static int seed = 1;

    /** A value of {@code type} with every field set, not to its default (depth limits nested codes). */
    static Object fill(Class<?> type, int depth) throws Exception {
        if (type == String.class) return "s" + seed++ + " “é” 😊";
        if (type == int.class || type == Integer.class) return seed++;
        if (type == boolean.class || type == Boolean.class) return Boolean.TRUE;
        if (type.isRecord()) {
            java.lang.reflect.RecordComponent[] rc = type.getRecordComponents();
            Object[] args = new Object[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                args[i] = fillTyped(rc[i].getGenericType(), depth);
            }
            java.lang.reflect.Constructor<?> c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return c.newInstance(args);
        }
        java.lang.reflect.Constructor<?> widest = null;
        for (java.lang.reflect.Constructor<?> c : type.getConstructors()) if (widest == null || c.getParameterCount() > widest.getParameterCount()) widest = c;
        boolean fieldsAreFinal = java.util.Arrays.stream(type.getFields()).anyMatch(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers()) && java.lang.reflect.Modifier.isFinal(f.getModifiers()));
        if (fieldsAreFinal) { // an immutable class (Code): its widest constructor takes every field
            java.lang.reflect.Type[] ps = widest.getGenericParameterTypes();
            Object[] args = new Object[ps.length];
            for (int i = 0; i < ps.length; i++) args[i] = fillTyped(ps[i], depth);
            return widest.newInstance(args);
        }
        Object o = type.getDeclaredConstructor().newInstance();
        for (java.lang.reflect.Field f : type.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            f.set(o, fillTyped(f.getGenericType(), depth));
        }
        return o;
    }

    private static Object fillTyped(java.lang.reflect.Type t, int depth) throws Exception {
        if (t instanceof java.lang.reflect.ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            java.lang.reflect.Type[] a = p.getActualTypeArguments();
            if (raw == List.class) return depth > 1 && a[0] == Code.class ? List.of() : fillList((Class<?>) a[0], depth + 1);
            if (raw == Map.class) {
                Map<Object, Object> m = new java.util.LinkedHashMap<>();
                m.put(fill((Class<?>) a[0], depth), fill((Class<?>) a[1], depth));
                m.put(fill((Class<?>) a[0], depth), fill((Class<?>) a[1], depth));
                return m;
            }
            throw new AssertionError("no filler for " + t + ": teach this test and BinaryCache the new field's type");
        }
        return fill((Class<?>) t, depth);
    }

    static List<Object> fillList(Class<?> element, int depth) throws Exception {
        List<Object> out = new ArrayList<>();
        out.add(fill(element, depth));
        out.add(fill(element, depth));
        return out;
    }

    /** Every field of both, recursively, equal (the classes of the on-disk model have no equals of their own). */
    private static void assertSame(Object a, Object b, String where) throws Exception {
        if (a == null || b == null) {
            assertEquals(a, b, where);
            return;
        }
        if (!(a instanceof List<?>) && !(a instanceof Map<?, ?>)) assertEquals(a.getClass(), b.getClass(), where);
        if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            assertEquals(la.size(), lb.size(), where);
            for (int i = 0; i < la.size(); i++) assertSame(la.get(i), lb.get(i), where + "[" + i + "]");
            return;
        }
        if (a instanceof Map<?, ?> ma) {
            assertEquals(new ArrayList<>(ma.keySet()), new ArrayList<>(((Map<?, ?>) b).keySet()), where + " keys in order");
            for (Object k : ma.keySet()) assertSame(ma.get(k), ((Map<?, ?>) b).get(k), where + "." + k);
            return;
        }
        if (!a.getClass().getName().startsWith("thema.")) {
            assertEquals(a, b, where);
            return;
        }
        for (java.lang.reflect.Field f : a.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            assertSame(f.get(a), f.get(b), where + "." + f.getName());
        }
    }
}
