package org.networkacademy.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a translated YAML file with its English original: a translation must have exactly the
 * structure of the English file (the same keys in the same order, the same list lengths and ids)
 * and the same value for every key that is not learner-facing text. Only the values of the given
 * text keys may differ, and they must not be blank. Differences are reported on the translated
 * file's line, naming what differs, e.g. {@code question q2 has options a,b,c; the English has a,b,c,d}.
 */
final class TranslationStructure {

    /** Text keys of {@code module.yaml}. */
    static final Set<String> MODULE_TEXT = Set.of("title", "summary");
    /**
     * Keys of {@code module.yaml} whose values a translation need not repeat exactly: the English
     * file alone decides the version and the languages (a translation written before a language
     * was added, or before a new English version, still loads). The keys must still be there.
     */
    static final Set<String> MODULE_NOT_COMPARED = Set.of("version", "languages");
    /** Text keys of a lesson's front matter ({@code objectives} is a list of texts). */
    static final Set<String> LESSON_TEXT = Set.of("title", "objectives", "prompt");
    /** Text keys of a knowledge check or the final assessment. */
    static final Set<String> QUESTION_TEXT = Set.of("title", "prompt", "text", "feedback");
    /** Text keys of the self-assessment. */
    static final Set<String> SELF_TEXT = Set.of("title", "intro", "label", "text", "low", "medium", "high");
    /** Text keys of {@code plan-guidance.yaml}. */
    static final Set<String> PLAN_TEXT = Set.of("title", "guidance");

    private static final Map<String, String> SINGULAR = Map.of("questions", "question", "options", "option",
            "dimensions", "dimension", "items", "item", "sections", "section", "lessons", "lesson",
            "scale", "scale point", "objectives", "objective");

    private TranslationStructure() {
    }

    /**
     * Reports every structural difference between {@code english} and {@code translated} as a problem
     * of the translated file.
     *
     * @return true when the structures match (no problem was reported)
     */
    static boolean compare(YamlNode english, YamlNode translated, Set<String> textKeys, YamlNode.Problems problems) {
        return compare(english, translated, textKeys, Set.of(), problems);
    }

    /** As {@link #compare(YamlNode, YamlNode, Set, YamlNode.Problems)}; the values under {@code notCompared} keys are not compared. */
    static boolean compare(YamlNode english, YamlNode translated, Set<String> textKeys, Set<String> notCompared,
                           YamlNode.Problems problems) {
        int before = problems.list().size();
        compare(english, translated, "", null, textKeys, notCompared);
        return problems.list().size() == before;
    }

    private static void compare(YamlNode en, YamlNode tr, String where, String key, Set<String> textKeys, Set<String> notCompared) {
        if (key != null && notCompared.contains(key)) {
            return;
        }
        String at = where.isEmpty() ? "" : where + ": ";
        if (en.isMap()) {
            if (!tr.isMap()) {
                tr.problem(at + "'" + key + "' must be a mapping of keys to values, as in the English");
                return;
            }
            List<String> enKeys = en.keys();
            List<String> trKeys = tr.keys();
            if (!enKeys.equals(trKeys)) {
                tr.problem((where.isEmpty() ? "" : where + " ") + "has keys " + String.join(", ", trKeys)
                        + "; the English has " + String.join(", ", enKeys));
                return;
            }
            for (String k : enKeys) {
                compare(en.child(k).orElseThrow(), tr.child(k).orElseThrow(), where, k, textKeys, notCompared);
            }
        } else if (en.isList()) {
            if (!tr.isList()) {
                tr.problem(at + "'" + key + "' must be a list, as in the English");
                return;
            }
            List<YamlNode> enItems = en.items();
            List<YamlNode> trItems = tr.items();
            List<String> enIds = enItems.stream().map(TranslationStructure::idOf).toList();
            List<String> trIds = trItems.stream().map(TranslationStructure::idOf).toList();
            String prefix = where.isEmpty() ? "" : where + " ";
            if (enItems.size() != trItems.size() || !enIds.equals(trIds)) {
                boolean named = enItems.stream().anyMatch(i -> i.isMap() && (i.child("id").isPresent() || i.child("value").isPresent()));
                tr.problem(named
                        ? prefix + "has " + key + " " + String.join(",", trIds) + "; the English has " + String.join(",", enIds)
                        : prefix + "has " + trItems.size() + " " + key + "; the English has " + enItems.size());
                return;
            }
            String singular = SINGULAR.getOrDefault(key, key);
            for (int i = 0; i < enItems.size(); i++) {
                String id = enIds.get(i).equals("-") ? String.valueOf(i + 1) : enIds.get(i);
                String label = prefix + singular + " " + id;
                compare(enItems.get(i), trItems.get(i), label.strip(), key, textKeys, Set.of());
            }
        } else {
            String enValue = en.scalar();
            String trValue = tr.scalar();
            if (trValue == null) {
                tr.problem(at + "'" + key + "' must be a single value, as in the English");
            } else if (textKeys.contains(key)) {
                if (trValue.isBlank()) {
                    tr.problem(at + "'" + key + "' must be a non-empty text");
                }
            } else if (!enValue.strip().equals(trValue.strip())) {
                tr.problem(at + "'" + key + "' is '" + trValue.strip() + "'; the English has '" + enValue.strip()
                        + "' (only text is translated)");
            }
        }
    }

    /** @return the item's id (or scale value), or "-" when it has none */
    private static String idOf(YamlNode item) {
        if (item.isMap()) {
            var id = item.child("id").or(() -> item.child("value")).map(YamlNode::scalar);
            if (id.isPresent() && id.get() != null) {
                return id.get().strip();
            }
        }
        return "-";
    }
}
