package org.networkacademy.learning.ui;

import org.jsoup.nodes.Entities;
import org.networkacademy.content.SelfAssessment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Server-rendered SVG bar chart of readiness per dimension: one bar for "before", one for
 * "after" when taken, each labelled with its value (colour is never the only signal).
 */
public final class ReadinessChart {

    private static final int ROW = 46;
    private static final int LABEL = 250;
    private static final int BAR = 300;

    private ReadinessChart() {
    }

    /**
     * @param instrument the self-assessment (dimensions, scale)
     * @param pre        dimension id → average before the module, or null
     * @param post       dimension id → average after the module, or null
     * @param labels     translated texts: title, before, after
     * @return a {@code div} holding the SVG, as text; all text content is escaped
     */
    public static String svg(SelfAssessment instrument, Map<String, BigDecimal> pre, Map<String, BigDecimal> post,
                      String title, String beforeLabel, String afterLabel) {
        int max = instrument.maxValue();
        int height = 40 + instrument.dimensions().size() * ROW;
        int width = LABEL + BAR + 60;
        var sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"na-chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"100%%\" style=\"max-width:%dpx\" aria-label=\"%s\">",
                width, height, width, esc(title)));
        sb.append("<title>").append(esc(title)).append("</title>");
        // legend
        sb.append(legend(LABEL, 14, "na-bar-pre", beforeLabel));
        if (post != null) {
            sb.append(legend(LABEL + 170, 14, "na-bar-post", afterLabel));
        }
        int y = 34;
        for (SelfAssessment.Dimension d : instrument.dimensions()) {
            sb.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" class=\"na-chart-label\">%s</text>", y + 16, esc(d.title())));
            if (pre != null) {
                sb.append(bar(y, pre.get(d.id()), max, "na-bar-pre"));
            }
            if (post != null) {
                sb.append(bar(y + 18, post.get(d.id()), max, "na-bar-post"));
            }
            y += ROW;
        }
        sb.append("</svg>");
        // Vaadin's Html component lower-cases attribute names of its root element (viewBox!): wrap it
        return "<div class=\"na-chart-box\">" + sb + "</div>";
    }

    private static String legend(int x, int y, String cls, String text) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" class=\"%s\"/><text x=\"%d\" y=\"%d\" class=\"na-chart-legend\">%s</text>",
                x, y - 10, cls, x + 18, y, esc(text));
    }

    private static String bar(int y, BigDecimal value, int max, String cls) {
        if (value == null) {
            return "";
        }
        double w = BAR * value.doubleValue() / max;
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" rx=\"2\" class=\"%s\"/><text x=\"%.1f\" y=\"%d\" class=\"na-chart-value\">%s</text>",
                LABEL, y + 4, w, cls, LABEL + w + 6, y + 16, value.toPlainString());
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
