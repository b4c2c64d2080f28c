package org.networkacademy.plan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The RACI matrix of the networking protocol section, pivoted from its rows: activities (from
 * the activities table, then any named only in RACI rows) × partners, each cell R, A, C, I or a
 * combination ("R, A") when several rows name the same pair.
 */
public final class RaciMatrix {

    private RaciMatrix() {
    }

    /** @return the activities in order, without blanks or repeats */
    public static List<String> activities(SectionContent protocol) {
        var out = new LinkedHashSet<String>();
        protocol.rows(PlanSectionType.Tables.ACTIVITIES).forEach(r -> add(out, r.get("activity")));
        protocol.rows(PlanSectionType.Tables.RACI).forEach(r -> add(out, r.get("activity")));
        return List.copyOf(out);
    }

    /** @return "activity\0partnerId" → roles, e.g. "R, A" */
    public static Map<String, String> cells(SectionContent protocol) {
        var out = new LinkedHashMap<String, String>();
        for (var r : protocol.rows(PlanSectionType.Tables.RACI)) {
            String a = r.getOrDefault("activity", "").strip();
            String p = r.getOrDefault("partner", "");
            String role = r.getOrDefault("raci-role", "");
            if (a.isEmpty() || p.isEmpty() || role.isEmpty()) {
                continue;
            }
            out.merge(a + "\u0000" + p, role, (x, y) -> x.contains(y) ? x : x + ", " + y);
        }
        return out;
    }

    private static void add(LinkedHashSet<String> set, String v) {
        if (v != null && !v.isBlank()) {
            set.add(v.strip());
        }
    }
}
