package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One code of the codebook, as written in codebook.yaml. An immutable value: each {@code with...} gives a new one. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "description", "include", "exclude", "example", "color", "exclusive", "children"})
public final class Code {
    public final String name;
    public final String description;
    public final String include;
    public final String exclude;
    public final String example;
    public final String color;
    /** Written only when true: the documented shape has no default-valued keys. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public final boolean exclusive;
    public final List<Code> children;

    /** For reading only: the fields are set from the file as it is read, so an unknown key is named with its line. */
    private Code() {
        this(null, null, null, null, null, null, false, null);
    }

    public Code(String name) {
        this(name, List.of());
    }

    public Code(String name, List<Code> children) {
        this(name, null, null, null, null, null, false, children);
    }

    public Code(String name, String description, String include, String exclude, String example, String color, boolean exclusive, List<Code> children) {
        this.name = name;
        this.description = description;
        this.include = include;
        this.exclude = exclude;
        this.example = example;
        this.color = color;
        this.exclusive = exclusive;
        // a list as read may hold a null (an empty '-' line): the codebook names it, so it is kept
        this.children = children == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(children));
    }

    public Code withName(String n) {
        return new Code(n, description, include, exclude, example, color, exclusive, children);
    }

    public Code withDescription(String d) {
        return new Code(name, d, include, exclude, example, color, exclusive, children);
    }

    public Code withInclude(String i) {
        return new Code(name, description, i, exclude, example, color, exclusive, children);
    }

    public Code withExclude(String e) {
        return new Code(name, description, include, e, example, color, exclusive, children);
    }

    public Code withExample(String e) {
        return new Code(name, description, include, exclude, e, color, exclusive, children);
    }

    public Code withColor(String c) {
        return new Code(name, description, include, exclude, example, c, exclusive, children);
    }

    public Code withExclusive(boolean x) {
        return new Code(name, description, include, exclude, example, color, x, children);
    }

    public Code withChildren(List<Code> c) {
        return new Code(name, description, include, exclude, example, color, exclusive, c);
    }

    /** This code with {@code child} added after its children. */
    public Code withChild(Code child) {
        List<Code> c = new ArrayList<>(children);
        c.add(child);
        return withChildren(c);
    }
}
