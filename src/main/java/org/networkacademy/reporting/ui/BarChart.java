package org.networkacademy.reporting.ui;

import org.jsoup.nodes.Entities;

import java.util.List;

/** A horizontal bar chart as server-rendered SVG: two bars per row (e.g. enrolled and certified). */
final class BarChart {

    private static final int ROW = 34;
    private static final int LABEL = 200;
    private static final int BAR = 360;

    /** One row: a label, the first (larger) value and the second value drawn over it. */
    record Bar(String label, long first, long second) {
    }

    private BarChart() {
    }

    /**
     * @param title       accessible name of the chart
     * @param firstLabel  legend of the first value
     * @param secondLabel legend of the second value
     * @param bars        the rows
     * @return an SVG element as text; every text escaped; values written next to the bars so colour is not the only signal
     */
    static String svg(String title, String firstLabel, String secondLabel, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(b -> Math.max(b.first(), b.second())).max().orElse(1));
        int height = 30 + ROW * bars.size();
        int width = LABEL + BAR + 120;
        var sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"na-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
                .append("px\" aria-label=\"").append(esc(title)).append("\">");
        sb.append("<rect x=\"").append(LABEL).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"#9db4d6\"/>")
                .append("<text x=\"").append(LABEL + 18).append("\" y=\"15\" font-size=\"12\">").append(esc(firstLabel)).append("</text>");
        sb.append("<rect x=\"").append(LABEL + 170).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"#1b7f3b\"/>")
                .append("<text x=\"").append(LABEL + 188).append("\" y=\"15\" font-size=\"12\">").append(esc(secondLabel)).append("</text>");
        int y = 30;
        for (Bar b : bars) {
            int w1 = (int) Math.round((double) BAR * b.first() / max);
            int w2 = (int) Math.round((double) BAR * b.second() / max);
            sb.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(esc(shorten(b.label()))).append("</text>");
            sb.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(w1)
                    .append("\" height=\"22\" fill=\"#9db4d6\"/>");
            sb.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 9).append("\" width=\"").append(w2)
                    .append("\" height=\"10\" fill=\"#1b7f3b\"/>");
            sb.append("<text x=\"").append(LABEL + Math.max(w1, w2) + 6).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"12\">").append(b.first()).append(" / ").append(b.second()).append("</text>");
            y += ROW;
        }
        return sb.append("</svg>").toString();
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 29) + "…" : s;
    }

    private static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }
}
