package org.networkacademy.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads partner rows out of a partner-mapping exercise answer (the "send to plan" hook). Only
 * lines that look like a list entry are taken: {@code - Name (type, country)} or
 * {@code Name; type; country}. The type is guessed from known words, else "other".
 */
final class ExercisePartners {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+([^(:;–—]+?)\\s*(?:\\(([^)]*)\\))?\\s*(?:[:–—].*)?$");
    private static final Pattern SEMICOLON = Pattern.compile("^\\s*([^;]+);\\s*([^;]*)(?:;\\s*([^;]*))?.*$");
    private static final Map<String, String> TYPE_WORDS = new LinkedHashMap<>();

    static {
        TYPE_WORDS.put("chamber", "chamber");
        TYPE_WORDS.put("association", "sector-association");
        TYPE_WORDS.put("standard", "standards-body");
        TYPE_WORDS.put("export credit", "export-credit-agency");
        TYPE_WORDS.put("credit", "export-credit-agency");
        TYPE_WORDS.put("universit", "university");
        TYPE_WORDS.put("development", "development-partner");
        TYPE_WORDS.put("donor", "development-partner");
        TYPE_WORDS.put("trade promotion", "tpo");
        TYPE_WORDS.put("tpo", "tpo");
        TYPE_WORDS.put("export promotion", "tpo");
    }

    private ExercisePartners() {
    }

    /** @return new partner rows (no ids yet), at most 50 */
    static List<Map<String, String>> parse(String answer) {
        var rows = new ArrayList<Map<String, String>>();
        for (String line : answer.split("\\R")) {
            String name = null;
            String detail = "";
            String country = "";
            Matcher semi = SEMICOLON.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            if (semi.matches()) {
                name = semi.group(1).replaceFirst("^\\s*(?:[-*•]|\\d+[.)])\\s+", "").strip();
                detail = semi.group(2);
                country = semi.group(3) == null ? "" : semi.group(3).strip();
            } else if (bullet.matches()) {
                name = bullet.group(1).strip();
                detail = bullet.group(2) == null ? "" : bullet.group(2);
                if (detail.contains(",")) {
                    country = detail.substring(detail.lastIndexOf(',') + 1).strip();
                }
            }
            if (name == null || name.isEmpty() || name.length() > PlanSectionType.MAX_TEXT) {
                continue;
            }
            var row = new LinkedHashMap<String, String>();
            row.put("name", name);
            row.put("type", guessType(name + " " + detail));
            if (!country.isEmpty() && country.length() <= 100) {
                row.put("country", country);
            }
            rows.add(row);
            if (rows.size() == 50) {
                break;
            }
        }
        return rows;
    }

    static String guessType(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return TYPE_WORDS.entrySet().stream().filter(e -> t.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other");
    }
}
