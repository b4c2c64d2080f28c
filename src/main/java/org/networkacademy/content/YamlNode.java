package org.networkacademy.content;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A read-only view of a YAML node that remembers its file and line, so that every content
 * problem can be reported as {@code file:line: message}. Problems are collected in a shared
 * {@link Problems} list instead of being thrown, so one start-up reports them all.
 */
final class YamlNode {

    /** Collects problems across files. */
    static final class Problems {
        private final List<ContentProblem> list = new ArrayList<>();

        void add(String file, int line, String message) {
            list.add(new ContentProblem(file, line, message));
        }

        List<ContentProblem> list() {
            return list;
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }

    private final Node node;
    private final String file;
    private final int lineOffset;
    private final Problems problems;

    private YamlNode(Node node, String file, int lineOffset, Problems problems) {
        this.node = node;
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /**
     * Parses YAML text.
     *
     * @param text       the YAML
     * @param file       file name used in problems
     * @param lineOffset lines before the YAML in the file (front matter starts after {@code ---})
     * @return the root mapping, or empty when the text is not a YAML mapping (a problem is added)
     */
    static Optional<YamlNode> parse(String text, String file, int lineOffset, Problems problems) {
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            Node root = new Yaml(options).compose(new StringReader(text));
            if (!(root instanceof MappingNode)) {
                problems.add(file, lineOffset + 1, "expected a YAML mapping of keys to values");
                return Optional.empty();
            }
            return Optional.of(new YamlNode(root, file, lineOffset, problems));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 + lineOffset : lineOffset + 1;
            problems.add(file, line, "YAML syntax: " + e.getProblem());
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(file, lineOffset + 1, "YAML syntax: " + e.getMessage());
            return Optional.empty();
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    String file() {
        return file;
    }

    void problem(String message) {
        problems.add(file, line(), message);
    }

    private Map<String, Node> entries() {
        var map = new LinkedHashMap<String, Node>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    map.put(k.getValue(), t.getValueNode());
                }
            }
        }
        return map;
    }

    /** Reports keys not in {@code allowed} (catches typos such as {@code pas-mark}). */
    void allowOnly(Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            return;
        }
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
            if (!allowed.contains(key)) {
                problems.add(file, t.getKeyNode().getStartMark().getLine() + 1 + lineOffset,
                        "unknown key '" + key + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    Optional<YamlNode> child(String key) {
        Node n = entries().get(key);
        return n == null ? Optional.empty() : Optional.of(new YamlNode(n, file, lineOffset, problems));
    }

    /** @return the mapping under {@code key}; reports a problem when missing or not a mapping */
    Optional<YamlNode> requireMap(String key) {
        var c = child(key);
        if (c.isEmpty()) {
            problem("missing required key '" + key + "'");
            return Optional.empty();
        }
        if (!(c.get().node instanceof MappingNode)) {
            c.get().problem("'" + key + "' must be a mapping of keys to values");
            return Optional.empty();
        }
        return c;
    }

    /** @return the scalar under {@code key}, trimmed; reports a problem when missing or blank */
    String requireString(String key) {
        var c = child(key);
        if (c.isEmpty()) {
            problem("missing required key '" + key + "'");
            return "";
        }
        String s = c.get().scalar();
        if (s == null || s.isBlank()) {
            c.get().problem("'" + key + "' must be a non-empty text");
            return "";
        }
        return s.strip();
    }

    Optional<String> optString(String key) {
        return child(key).map(YamlNode::scalar).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** @return the integer under {@code key} within [min, max]; reports a problem otherwise */
    int requireInt(String key, int min, int max) {
        var c = child(key);
        if (c.isEmpty()) {
            problem("missing required key '" + key + "'");
            return min;
        }
        return c.get().asInt(key, min, max);
    }

    int asInt(String what, int min, int max) {
        String s = scalar();
        try {
            int v = Integer.parseInt(s == null ? "" : s.strip());
            if (v < min || v > max) {
                problem("'" + what + "' must be between " + min + " and " + max + ", found " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            problem("'" + what + "' must be a whole number, found '" + s + "'");
            return min;
        }
    }

    Optional<Boolean> optBoolean(String key) {
        return child(key).map(c -> {
            String s = c.scalar();
            if ("true".equals(s)) return true;
            if ("false".equals(s)) return false;
            c.problem("'" + key + "' must be true or false, found '" + s + "'");
            return false;
        });
    }

    /** @return the items of the sequence under {@code key}; reports a problem when missing or empty */
    List<YamlNode> requireList(String key) {
        var c = child(key);
        if (c.isEmpty()) {
            problem("missing required key '" + key + "'");
            return List.of();
        }
        if (!(c.get().node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            c.get().problem("'" + key + "' must be a non-empty list");
            return List.of();
        }
        return seq.getValue().stream().map(n -> new YamlNode(n, file, lineOffset, problems)).toList();
    }

    /** @return the list of texts under {@code key}; reports blank or non-text items */
    List<String> requireStringList(String key) {
        var out = new ArrayList<String>();
        for (YamlNode item : requireList(key)) {
            String s = item.scalar();
            if (s == null || s.isBlank()) {
                item.problem("items of '" + key + "' must be non-empty texts");
            } else {
                out.add(s.strip());
            }
        }
        return out;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    /** @return the keys of this mapping in file order (empty when not a mapping) */
    List<String> keys() {
        return new ArrayList<>(entries().keySet());
    }

    /** @return the items of this sequence (empty when not a sequence) */
    List<YamlNode> items() {
        return node instanceof SequenceNode seq
                ? seq.getValue().stream().map(n -> new YamlNode(n, file, lineOffset, problems)).toList()
                : List.of();
    }

    /** @return the scalar value, or null when this node is a mapping or a sequence */
    String scalar() {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }
}
