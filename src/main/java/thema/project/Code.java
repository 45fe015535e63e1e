package thema.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.List;

/** One code of the codebook, as written in codebook.yaml. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "description", "include", "exclude", "example", "color", "exclusive", "children"})
public final class Code {
    public String name;
    public String description;
    public String include;
    public String exclude;
    public String example;
    public String color;
    /** Written only when true: the documented shape has no default-valued keys. */
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean exclusive;
    public List<Code> children = new ArrayList<>();

    public Code() {
    }

    public Code(String name) {
        this.name = name;
    }

    public Code copy() {
        Code c = new Code(name);
        c.description = description;
        c.include = include;
        c.exclude = exclude;
        c.example = example;
        c.color = color;
        c.exclusive = exclusive;
        for (Code child : children) c.children.add(child.copy());
        return c;
    }
}
