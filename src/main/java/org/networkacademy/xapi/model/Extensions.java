package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable xAPI Extensions map (xAPI 1.0.3 Data §4.1): IRI keys kept as the original
 * {@code String} (so {@code urn:x:y} and {@code tag:...} keys work; never {@code java.net.URL}),
 * values kept as Jackson {@link JsonNode} exactly as sent (any JSON value, including {@code null}).
 */
public final class Extensions {

    private static final Extensions EMPTY = new Extensions(Map.of());

    private final Map<String, JsonNode> entries;

    private Extensions(Map<String, JsonNode> entries) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        entries.forEach((k, v) -> copy.put(k, v == null ? NullNode.getInstance() : v));
        this.entries = Collections.unmodifiableMap(copy);
    }

    /**
     * Creates an extensions map from the given entries, keeping their order.
     *
     * @param entries IRI key to JSON value; {@code null} gives an empty map; a {@code null} value becomes JSON null
     * @return the extensions
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Extensions of(Map<String, JsonNode> entries) {
        return entries == null || entries.isEmpty() ? EMPTY : new Extensions(entries);
    }

    /** @return an empty extensions map, a starting point for {@link #with(String, Object)} */
    public static Extensions empty() {
        return EMPTY;
    }

    /**
     * Returns a copy with one extension added or replaced.
     *
     * @param iri   extension key (an IRI such as {@code http://...}, {@code urn:x:y}; not checked here)
     * @param value any value Jackson can serialise (a {@link JsonNode} is used as is; numbers keep their precision)
     * @return a new extensions map
     * @throws NullPointerException if {@code iri} is null
     */
    public Extensions with(String iri, Object value) {
        Map<String, JsonNode> copy = new LinkedHashMap<>(entries);
        copy.put(Objects.requireNonNull(iri), value instanceof JsonNode node ? node : XapiJson.MAPPER.valueToTree(value));
        return new Extensions(copy);
    }

    /**
     * Looks up the value of one extension.
     *
     * @param iri the key exactly as sent
     * @return the JSON value, or {@code null} if the key is absent
     */
    public JsonNode get(String iri) {
        return entries.get(iri);
    }

    /** @return the extension keys in their original order */
    public Set<String> keys() {
        return entries.keySet();
    }

    /** @return an unmodifiable, ordered view of all entries (this is the JSON form) */
    @JsonValue
    public Map<String, JsonNode> asMap() {
        return entries;
    }

    /** @return {@code true} if there are no extensions */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extensions other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
