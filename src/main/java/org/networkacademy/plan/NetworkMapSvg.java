package org.networkacademy.plan;

import org.jsoup.nodes.Entities;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws a {@link NetworkMap} as an SVG element for the web page: numbered, coloured nodes with a
 * type code and the partner's name, edges dashed by linkage type, and a legend in words. Text is
 * escaped; names are shortened on the drawing (the full name is in the node's tooltip and table).
 */
public final class NetworkMapSvg {

    private static final double LEGEND_ROW = 22;
    /** Longest name drawn on the map, in characters (the full name is in the tooltip and the lists). */
    static final int LABEL_CHARS = 28;

    private NetworkMapSvg() {
    }

    /**
     * @param map    the layout
     * @param label  translation of keys {@code plan.choice.partner-type.<type>}, {@code plan.choice.linkage-type.<type>}
     *               and {@code plan.map.title}, {@code plan.map.empty}, {@code plan.map.legend-partners},
     *               {@code plan.map.legend-linkages}
     * @return the SVG text
     */
    public static String svg(NetworkMap map, Function<String, String> label) {
        var types = new LinkedHashSet<String>();
        PlanSectionType.Choices.PARTNER_TYPES.options().forEach(t -> {
            if (map.nodes().stream().anyMatch(n -> n.type().equals(t))) types.add(t);
        });
        var links = new LinkedHashSet<String>();
        PlanSectionType.Choices.LINKAGE_TYPES.options().forEach(t -> {
            if (map.edges().stream().anyMatch(e -> e.type().equals(t))) links.add(t);
        });
        int legendRows = Math.max(types.size(), links.size());
        double height = NetworkMap.HEIGHT + 40 + legendRows * LEGEND_ROW;
        var sb = new StringBuilder();
        String title = label.apply("plan.map.title");
        sb.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"na-network-map\" role=\"img\" viewBox=\"0 0 %.0f %.0f\" width=\"100%%\" style=\"max-width:%.0fpx\" aria-label=\"%s\">",
                NetworkMap.WIDTH, height, NetworkMap.WIDTH, esc(title)));
        sb.append("<title>").append(esc(title)).append("</title>");
        sb.append(f("<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\" stroke=\"#d0d5dd\"/>", NetworkMap.WIDTH, NetworkMap.HEIGHT));
        if (map.nodes().isEmpty()) {
            sb.append(f("<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" font-size=\"16\" fill=\"#5f6b7a\">%s</text>",
                    NetworkMap.WIDTH / 2, NetworkMap.HEIGHT / 2, esc(label.apply("plan.map.empty"))));
        }
        for (NetworkMap.Edge e : map.edges()) {
            sb.append(f("<line class=\"na-map-edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"%s><title>%s</title></line>",
                    e.from().x(), e.from().y(), e.to().x(), e.to().y(), NetworkMap.LINKAGE_COLOURS.getOrDefault(e.type(), "#6b7280"),
                    dash(e.type()), esc(e.from().name() + " – " + e.to().name() + ": " + linkLabel(label, e.type()))));
        }
        for (NetworkMap.Node n : map.nodes()) {
            String fill = NetworkMap.TYPE_COLOURS.get(n.type());
            sb.append(f("<g class=\"na-map-node\" data-partner=\"%s\"><title>%s</title>", esc(n.id()),
                    esc(n.number() + ". " + n.name() + " (" + label.apply("plan.choice.partner-type." + n.type()) + ")")));
            sb.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\" fill=\"%s\" stroke=\"#1f2937\" stroke-width=\"1.5\"/>",
                    n.x(), n.y(), NetworkMap.RADIUS, fill));
            sb.append(f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"700\" fill=\"%s\">%s</text>",
                    n.x(), n.y() + 4, textOn(fill), esc(NetworkMap.TYPE_CODES.get(n.type()))));
            sb.append(f("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" fill=\"#111827\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>",
                    n.x(), n.labelBelow() ? n.y() + NetworkMap.RADIUS + 16 : n.y() - NetworkMap.RADIUS - 8,
                    esc(n.number() + ". " + shorten(n.name(), LABEL_CHARS))));
            sb.append("</g>");
        }
        // legend: partner types (swatch + code + words) and linkage types (line sample + words)
        double y = NetworkMap.HEIGHT + 24;
        sb.append(f("<text x=\"0\" y=\"%.0f\" font-size=\"13\" font-weight=\"700\">%s</text>", y, esc(label.apply("plan.map.legend-partners"))));
        sb.append(f("<text x=\"%.0f\" y=\"%.0f\" font-size=\"13\" font-weight=\"700\">%s</text>", NetworkMap.WIDTH / 2, y,
                esc(label.apply("plan.map.legend-linkages"))));
        int i = 0;
        for (String t : types) {
            double ly = y + 8 + i++ * LEGEND_ROW;
            sb.append(f("<circle cx=\"9\" cy=\"%.0f\" r=\"8\" fill=\"%s\" stroke=\"#1f2937\"/>", ly + 8, NetworkMap.TYPE_COLOURS.get(t)));
            sb.append(f("<text x=\"24\" y=\"%.0f\" font-size=\"12\">%s</text>", ly + 12,
                    esc(NetworkMap.TYPE_CODES.get(t) + " – " + label.apply("plan.choice.partner-type." + t))));
        }
        i = 0;
        for (String t : links) {
            double ly = y + 8 + i++ * LEGEND_ROW;
            double x0 = NetworkMap.WIDTH / 2;
            sb.append(f("<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"%s\" stroke-width=\"3\"%s/>",
                    x0, ly + 8, x0 + 40, ly + 8, NetworkMap.LINKAGE_COLOURS.get(t), dash(t)));
            sb.append(f("<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\">%s</text>", x0 + 48, ly + 12, esc(linkLabel(label, t))));
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /**
     * The SVG wrapped in a {@code div.na-map-figure}, for Vaadin's {@code Html} component: the
     * component copies the root element's attributes through an HTML parser that lower-cases
     * {@code viewBox}, which SVG does not recognise; inside the wrapper the browser parses the SVG
     * itself and keeps the attribute (so the drawing scales to the page width).
     */
    public static String figure(NetworkMap map, Function<String, String> label) {
        return "<div class=\"na-map-figure\">" + svg(map, label) + "</div>";
    }

    private static String linkLabel(Function<String, String> label, String type) {
        return type.isEmpty() ? label.apply("plan.choice.none") : label.apply("plan.choice.linkage-type." + type);
    }

    private static String dash(String type) {
        double[] d = NetworkMap.LINKAGE_DASHES.getOrDefault(type, new double[0]);
        if (d.length == 0) {
            return "";
        }
        var sb = new StringBuilder(" stroke-dasharray=\"");
        for (int i = 0; i < d.length; i++) {
            sb.append(i == 0 ? "" : " ").append(f("%.0f", d[i]));
        }
        return sb.append('"').toString();
    }

    /** Black or white text, whichever reads better on the fill. */
    static String textOn(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return (0.299 * r + 0.587 * g + 0.114 * b) > 140 ? "#000000" : "#ffffff";
    }

    static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
