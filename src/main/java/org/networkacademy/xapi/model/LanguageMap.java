package org.networkacademy.xapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable xAPI Language Map: RFC 5646 language tag to display string (xAPI 1.0.3 Data §4.2).
 * Entries keep their insertion order and the tags keep their original case ({@code en-US} stays
 * {@code en-US}); nothing is normalised. Serialised as a plain JSON object.
 */
public final class LanguageMap {

    private static final LanguageMap EMPTY = new LanguageMap(Map.of());

    private final Map<String, String> entries;

    private LanguageMap(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * Creates a language map from the given entries, keeping their iteration order.
     *
     * @param entries tag to text; {@code null} gives an empty map
     * @return the language map
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LanguageMap of(Map<String, String> entries) {
        return entries == null || entries.isEmpty() ? EMPTY : new LanguageMap(entries);
    }

    /**
     * Creates a single-entry language map, e.g. {@code LanguageMap.of("en-US", "completed")}.
     *
     * @param languageTag RFC 5646 tag (not checked here; see the validator)
     * @param text        display text
     * @return the language map
     * @throws NullPointerException if an argument is null
     */
    public static LanguageMap of(String languageTag, String text) {
        return new LanguageMap(Map.of(Objects.requireNonNull(languageTag), Objects.requireNonNull(text)));
    }

    /**
     * Returns a copy with one entry added or replaced (an added tag goes last).
     *
     * @param languageTag RFC 5646 tag
     * @param text        display text
     * @return a new language map
     * @throws NullPointerException if an argument is null
     */
    public LanguageMap with(String languageTag, String text) {
        Map<String, String> copy = new LinkedHashMap<>(entries);
        copy.put(Objects.requireNonNull(languageTag), Objects.requireNonNull(text));
        return new LanguageMap(copy);
    }

    /**
     * Looks up the text for an exact (case-sensitive) tag.
     *
     * @param languageTag the tag as sent
     * @return the text, or {@code null} if absent
     */
    public String get(String languageTag) {
        return entries.get(languageTag);
    }

    /** @return the tags in their original order and case */
    public Set<String> languageTags() {
        return entries.keySet();
    }

    /** @return an unmodifiable, ordered view of all entries (this is the JSON form) */
    @JsonValue
    public Map<String, String> asMap() {
        return entries;
    }

    /** @return {@code true} if the map has no entries */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LanguageMap other && entries.equals(other.entries);
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
