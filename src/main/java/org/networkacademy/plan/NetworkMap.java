package org.networkacademy.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The network map's layout, computed from the partners section: partners as nodes on a circle,
 * grouped by type (so that partners of one type sit together), linkages as edges. Deterministic
 * (the same content always gives the same picture), so the web page and the PDF show the same map.
 * Coordinates are in a {@link #WIDTH} × {@link #HEIGHT} box, y downwards.
 *
 * @param nodes the partners, numbered from 1 in table order
 * @param edges the linkages between them
 */
public record NetworkMap(List<Node> nodes, List<Edge> edges) {

    /** Width of the drawing area (without legend). */
    public static final double WIDTH = 720;
    /** Height of the drawing area (without legend). */
    public static final double HEIGHT = 520;
    /** Node radius. */
    public static final double RADIUS = 22;

    /**
     * A partner on the map.
     *
     * @param id     partner id
     * @param number position in the partners table, from 1
     * @param name   its name
     * @param type   one of the partner types ("other" when blank)
     * @param x      centre
     * @param y      centre
     */
    public record Node(String id, int number, String name, String type, double x, double y) {
        /** @return true when the name goes under the node (lower half), false when above (upper half): labels point outwards */
        public boolean labelBelow() {
            return y >= HEIGHT / 2 - 1;
        }
    }

    /**
     * A linkage.
     *
     * @param from one end
     * @param to   the other end
     * @param type one of the linkage types ("" when not chosen)
     */
    public record Edge(Node from, Node to, String type) {
    }

    /** Colour per partner type (Okabe–Ito palette, distinguishable with common colour-vision deficiencies). */
    public static final Map<String, String> TYPE_COLOURS = Map.of(
            "tpo", "#0072B2", "chamber", "#E69F00", "sector-association", "#009E73", "standards-body", "#CC79A7",
            "export-credit-agency", "#D55E00", "university", "#56B4E9", "development-partner", "#F0E442", "other", "#999999");

    /** Short code written inside each node, so that type is never shown by colour alone. */
    public static final Map<String, String> TYPE_CODES = Map.of(
            "tpo", "TPO", "chamber", "CH", "sector-association", "SA", "standards-body", "SB",
            "export-credit-agency", "ECA", "university", "UNI", "development-partner", "DP", "other", "?");

    /** Dash pattern per linkage type (lengths in map units; empty = solid), so that type is not colour alone. */
    public static final Map<String, double[]> LINKAGE_DASHES = Map.of(
            "joint-programme", new double[0], "referral", new double[]{9, 5}, "resource-sharing", new double[]{2, 4},
            "joint-advocacy", new double[]{12, 4, 2, 4}, "practice-sharing", new double[]{18, 6}, "", new double[]{1, 6});

    /** Stroke colour per linkage type. */
    public static final Map<String, String> LINKAGE_COLOURS = Map.of(
            "joint-programme", "#1f2937", "referral", "#0072B2", "resource-sharing", "#009E73",
            "joint-advocacy", "#D55E00", "practice-sharing", "#7a4b94", "", "#6b7280");

    /** @return the map of the partners section's partners and linkages */
    public static NetworkMap of(SectionContent partners) {
        List<Map<String, String>> rows = partners.rows(PlanSectionType.Tables.PARTNERS);
        var typeOrder = PlanSectionType.Choices.PARTNER_TYPES.options();
        var indexed = new ArrayList<Node>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            String type = r.getOrDefault("type", "");
            indexed.add(new Node(r.get(SectionContent.ID), i + 1, r.getOrDefault("name", ""),
                    typeOrder.contains(type) ? type : "other", 0, 0));
        }
        var ordered = new ArrayList<>(indexed);
        ordered.sort(Comparator.comparingInt((Node n) -> typeOrder.indexOf(n.type())).thenComparingInt(Node::number));
        int n = ordered.size();
        double cx = WIDTH / 2;
        double cy = HEIGHT / 2;
        // an ellipse that uses the width: neighbours (and their names) stay apart
        double rx = WIDTH / 2 - 120;
        double ry = HEIGHT / 2 - 70;
        var placed = new HashMap<String, Node>();
        for (int i = 0; i < n; i++) {
            Node node = ordered.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double x = n == 1 ? cx : cx + rx * Math.cos(angle);
            double y = n == 1 ? cy : cy + ry * Math.sin(angle);
            placed.put(node.id(), new Node(node.id(), node.number(), node.name(), node.type(), round(x), round(y)));
        }
        var nodes = indexed.stream().map(x -> placed.get(x.id())).toList();
        var edges = new ArrayList<Edge>();
        for (var l : partners.rows(PlanSectionType.Tables.LINKAGES)) {
            Node a = placed.get(l.get("from"));
            Node b = placed.get(l.get("to"));
            if (a != null && b != null) {
                edges.add(new Edge(a, b, l.getOrDefault("linkage-type", "")));
            }
        }
        return new NetworkMap(nodes, List.copyOf(edges));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
