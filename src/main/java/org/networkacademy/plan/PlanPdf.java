package org.networkacademy.plan;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * The whole plan as a PDF a partner institution could receive (A4): a title page, every section
 * with its fields and tables, the network map drawn from the same layout as the web page, and the
 * RACI matrix. Text is set in DejaVu Sans (embedded, subset), which covers Latin accents and
 * Arabic; Arabic is shaped (ICU {@link ArabicShaping}) and put in visual order ({@link Bidi})
 * line by line, and right-aligned when a paragraph is right-to-left. Characters the font lacks
 * are replaced by "?" instead of failing the export.
 */
@Component
public class PlanPdf {

    private static final float MARGIN = 50;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PlanService plans;
    private final Clock clock;

    PlanPdf(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * @param cohortId the cohort (the current user must be allowed to read its plan)
     * @param label    translations of the plan's keys ({@code plan.*}) in the user's language
     * @return the PDF bytes
     * @throws org.springframework.security.access.AccessDeniedException when the user may not read the plan
     */
    public byte[] export(long cohortId, Function<String, String> label) {
        PlanService.PlanView plan = plans.plan(cohortId);
        try (PDDocument doc = new PDDocument()) {
            var w = new Writer(doc, label);
            w.titlePage(plan, clock);
            int n = 1;
            Map<String, String> partners = plan.partnerNames();
            for (PlanService.SectionView s : plan.sections()) {
                w.section(n++, s, partners, plan);
            }
            w.finish();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(plan.title() + " — " + plan.cohortName());
            info.setCreator("Network Academy");
            var cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            cal.setTimeInMillis(clock.millis());
            info.setCreationDate(cal);
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays out pages top to bottom. */
    private static final class Writer {
        private final PDDocument doc;
        private final Function<String, String> label;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final Map<Integer, Boolean> regularHas = new HashMap<>();
        private final Map<Integer, Boolean> boldHas = new HashMap<>();
        private PDPageContentStream out;
        private float y;
        private int pageNumber;

        Writer(PDDocument doc, Function<String, String> label) throws IOException {
            this.doc = doc;
            this.label = label;
            this.regular = load(doc, "/fonts/DejaVuSans.ttf");
            this.bold = load(doc, "/fonts/DejaVuSans-Bold.ttf");
        }

        private static PDType0Font load(PDDocument doc, String path) throws IOException {
            try (InputStream in = PlanPdf.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("font missing from the classpath: " + path);
                }
                return PDType0Font.load(doc, in, true);
            }
        }

        void newPage() throws IOException {
            if (out != null) {
                footer();
                out.close();
            }
            var page = new PDPage(PAGE);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            pageNumber++;
            y = PAGE.getHeight() - MARGIN;
        }

        void finish() throws IOException {
            if (out != null) {
                footer();
                out.close();
            }
        }

        private void footer() throws IOException {
            text(String.valueOf(pageNumber), PAGE.getWidth() / 2, MARGIN / 2, regular, 9, Color.GRAY);
        }

        void need(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        // ---------------------------------------------------------------- pages

        void titlePage(PlanService.PlanView plan, Clock clock) throws IOException {
            newPage();
            y = PAGE.getHeight() - 200;
            paragraph(plan.title().isBlank() ? label.apply("plan.page-title") : plan.title(), bold, 28, Color.BLACK);
            y -= 10;
            paragraph(plan.cohortName(), regular, 18, new Color(0x33, 0x41, 0x55));
            y -= 20;
            paragraph(label.apply("plan.pdf.prepared") + " " + DATE.format(clock.instant()), regular, 11, Color.DARK_GRAY);
            y -= 30;
            paragraph(label.apply("plan.contents"), bold, 13, Color.BLACK);
            int n = 1;
            for (PlanService.SectionView s : plan.sections()) {
                paragraph(n++ + ". " + label.apply("plan.section." + s.type().key()) + " — "
                        + label.apply("plan.status." + s.status().name()), regular, 11, Color.BLACK);
            }
        }

        void section(int number, PlanService.SectionView s, Map<String, String> partners, PlanService.PlanView plan)
                throws IOException {
            newPage();
            paragraph(number + ". " + label.apply("plan.section." + s.type().key()), bold, 18, Color.BLACK);
            String meta = label.apply("plan.status." + s.status().name())
                    + (s.updatedBy() == null ? "" : " · " + isolate(s.updatedBy()) + ", " + DATE.format(s.updatedAt()));
            paragraph(meta, regular, 9, Color.DARK_GRAY);
            y -= 6;
            SectionContent c = s.content();
            for (PlanSectionType.Field f : s.type().fields()) {
                String v = c.field(f.key());
                if (v.isBlank()) {
                    continue;
                }
                need(30);
                paragraph(label.apply("plan.field." + f.key()), bold, 11, Color.BLACK);
                paragraph(value(f, v, partners), regular, 10, Color.BLACK);
                y -= 6;
            }
            for (PlanSectionType.Table t : s.type().tables()) {
                var rows = c.rows(t.key());
                if (rows.isEmpty() || t.key().equals(PlanSectionType.Tables.RACI)) {
                    continue;
                }
                need(40);
                paragraph(label.apply("plan.table." + t.key()), bold, 12, Color.BLACK);
                var headers = t.columns().stream().map(col -> label.apply("plan.field." + col.key())).toList();
                var cells = rows.stream().map(r -> t.columns().stream()
                        .map(col -> value(col, r.getOrDefault(col.key(), ""), partners)).toList()).toList();
                table(headers, cells, 8.5f);
                y -= 8;
            }
            if (s.type() == PlanSectionType.NETWORK_MAP) {
                map(NetworkMap.of(plan.section(PlanSectionType.PARTNERS).content()));
            }
            if (s.type() == PlanSectionType.PROTOCOL) {
                raci(c, partners);
            }
            if (!s.comments().isEmpty()) {
                need(30);
                paragraph(label.apply("plan.comments"), bold, 11, Color.BLACK);
                for (PlanService.CommentView cv : s.comments()) {
                    paragraph(isolate(cv.author()) + ", " + DATE.format(cv.at()) + ": " + cv.body(), regular, 9, Color.DARK_GRAY);
                }
            }
        }

        private String value(PlanSectionType.Field f, String v, Map<String, String> partners) {
            if (v.isEmpty()) {
                return "";
            }
            return switch (f.kind()) {
                case CHOICE -> label.apply("plan.choice." + f.choicesKey() + "." + v);
                case PARTNER -> partners.getOrDefault(v, label.apply("plan.partner.removed"));
                default -> v;
            };
        }

        private void raci(SectionContent protocol, Map<String, String> partners) throws IOException {
            List<String> activities = RaciMatrix.activities(protocol);
            if (activities.isEmpty() || partners.isEmpty()) {
                return;
            }
            need(60);
            paragraph(label.apply("plan.raci.title"), bold, 12, Color.BLACK);
            var headers = new ArrayList<String>();
            headers.add(label.apply("plan.field.activity"));
            headers.addAll(partners.values());
            var cells = RaciMatrix.cells(protocol);
            var rows = activities.stream().map(a -> {
                var row = new ArrayList<String>();
                row.add(a);
                partners.keySet().forEach(p -> row.add(cells.getOrDefault(a + "\u0000" + p, "")));
                return (List<String>) row;
            }).toList();
            table(headers, rows, partners.size() > 6 ? 7f : 8.5f);
            paragraph(label.apply("plan.raci.legend"), regular, 8, Color.DARK_GRAY);
        }

        // ---------------------------------------------------------------- the map

        private void map(NetworkMap map) throws IOException {
            float scale = WIDTH / (float) NetworkMap.WIDTH;
            float h = (float) NetworkMap.HEIGHT * scale;
            need(h + 20);
            float top = y;
            float left = MARGIN;
            out.setStrokingColor(new Color(0xd0, 0xd5, 0xdd));
            out.setLineWidth(0.8f);
            out.addRect(left, top - h, WIDTH, h);
            out.stroke();
            if (map.nodes().isEmpty()) {
                text(label.apply("plan.map.empty"), left + WIDTH / 2, top - h / 2, regular, 11, Color.GRAY);
            }
            for (NetworkMap.Edge e : map.edges()) {
                out.setStrokingColor(Color.decode(NetworkMap.LINKAGE_COLOURS.getOrDefault(e.type(), "#6b7280")));
                out.setLineWidth(2f);
                dash(e.type(), scale);
                out.moveTo(left + (float) e.from().x() * scale, top - (float) e.from().y() * scale);
                out.lineTo(left + (float) e.to().x() * scale, top - (float) e.to().y() * scale);
                out.stroke();
            }
            out.setLineDashPattern(new float[0], 0);
            float r = (float) NetworkMap.RADIUS * scale;
            for (NetworkMap.Node n : map.nodes()) {
                float cx = left + (float) n.x() * scale;
                float cy = top - (float) n.y() * scale;
                Color fill = Color.decode(NetworkMap.TYPE_COLOURS.get(n.type()));
                out.setNonStrokingColor(fill);
                out.setStrokingColor(new Color(0x1f, 0x29, 0x37));
                out.setLineWidth(1f);
                circle(cx, cy, r);
                out.fillAndStroke();
                Color codeColour = NetworkMapSvg.textOn(NetworkMap.TYPE_COLOURS.get(n.type())).equals("#000000") ? Color.BLACK : Color.WHITE;
                text(NetworkMap.TYPE_CODES.get(n.type()), cx, cy - 3, bold, 7.5f, codeColour);
                haloText(n.number() + ". " + NetworkMapSvg.shorten(n.name(), NetworkMapSvg.LABEL_CHARS), cx,
                        n.labelBelow() ? cy - r - 10 : cy + r + 4, 8);
            }
            y = top - h - 16;
            // legend in words: partner types and linkage types present on the map
            var types = new LinkedHashSet<String>();
            PlanSectionType.Choices.PARTNER_TYPES.options().forEach(t -> {
                if (map.nodes().stream().anyMatch(n -> n.type().equals(t))) types.add(t);
            });
            var links = new LinkedHashSet<String>();
            PlanSectionType.Choices.LINKAGE_TYPES.options().forEach(t -> {
                if (map.edges().stream().anyMatch(e -> e.type().equals(t))) links.add(t);
            });
            int rows = Math.max(types.size(), links.size());
            need(rows * 14 + 20);
            float ly = y;
            leftText(label.apply("plan.map.legend-partners"), MARGIN, ly, bold, 9);
            leftText(label.apply("plan.map.legend-linkages"), MARGIN + WIDTH / 2, ly, bold, 9);
            int i = 0;
            for (String t : types) {
                float yy = ly - 14 - i++ * 14;
                out.setNonStrokingColor(Color.decode(NetworkMap.TYPE_COLOURS.get(t)));
                out.setStrokingColor(Color.DARK_GRAY);
                circle(MARGIN + 5, yy + 3, 5);
                out.fillAndStroke();
                leftText(NetworkMap.TYPE_CODES.get(t) + " – " + label.apply("plan.choice.partner-type." + t), MARGIN + 14, yy, regular, 8.5f);
            }
            i = 0;
            for (String t : links) {
                float yy = ly - 14 - i++ * 14;
                out.setStrokingColor(Color.decode(NetworkMap.LINKAGE_COLOURS.get(t)));
                out.setLineWidth(2f);
                dash(t, 0.8f);
                out.moveTo(MARGIN + WIDTH / 2, yy + 3);
                out.lineTo(MARGIN + WIDTH / 2 + 30, yy + 3);
                out.stroke();
                out.setLineDashPattern(new float[0], 0);
                leftText(label.apply("plan.choice.linkage-type." + t), MARGIN + WIDTH / 2 + 36, yy, regular, 8.5f);
            }
            y = ly - 14 - rows * 14 - 6;
        }

        private void dash(String type, float scale) throws IOException {
            double[] d = NetworkMap.LINKAGE_DASHES.getOrDefault(type, new double[0]);
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) d[i] * scale;
            }
            out.setLineDashPattern(f, 0);
        }

        /** A circle from four Bézier curves (PDF has no circle operator). */
        private void circle(float cx, float cy, float r) throws IOException {
            float k = 0.552284749831f * r;
            out.moveTo(cx + r, cy);
            out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            out.closePath();
        }

        // ---------------------------------------------------------------- text and tables

        /** A wrapped paragraph at the cursor; right-aligned when its base direction is right-to-left. */
        void paragraph(String text, PDType0Font font, float size, Color colour) throws IOException {
            float leading = size * 1.35f;
            for (String hard : text.split("\\R", -1)) {
                boolean rtl = isRtl(hard);
                for (String line : wrap(hard, font, size, WIDTH)) {
                    need(leading);
                    y -= leading;
                    String shown = visual(line, font);
                    float x = rtl ? MARGIN + WIDTH - width(shown, font, size) : MARGIN;
                    draw(shown, x, y, font, size, colour);
                }
            }
        }

        private void table(List<String> headers, List<List<String>> rows, float size) throws IOException {
            int cols = headers.size();
            float colWidth = WIDTH / cols;
            float pad = 3;
            float leading = size * 1.3f;
            y -= 5; // clear of the heading's descenders
            var all = new ArrayList<List<String>>();
            all.add(headers);
            all.addAll(rows);
            for (int r = 0; r < all.size(); r++) {
                List<String> row = all.get(r);
                PDType0Font font = r == 0 ? bold : regular;
                var wrapped = new ArrayList<List<String>>();
                int lines = 1;
                for (int c = 0; c < cols; c++) {
                    String cell = c < row.size() ? row.get(c) : "";
                    var w = new ArrayList<String>();
                    for (String hard : cell.split("\\R")) {
                        w.addAll(wrap(hard, font, size, colWidth - 2 * pad));
                    }
                    wrapped.add(w);
                    lines = Math.max(lines, w.size());
                }
                float h = lines * leading + 2 * pad;
                if (y - h < MARGIN) {
                    newPage();
                }
                if (r == 0) {
                    out.setNonStrokingColor(new Color(0xee, 0xf1, 0xf5));
                    out.addRect(MARGIN, y - h, WIDTH, h);
                    out.fill();
                }
                out.setStrokingColor(new Color(0x9c, 0xa3, 0xaf));
                out.setLineWidth(0.5f);
                for (int c = 0; c < cols; c++) {
                    float x = MARGIN + c * colWidth;
                    out.addRect(x, y - h, colWidth, h);
                    out.stroke();
                    float ty = y - pad;
                    for (String line : wrapped.get(c)) {
                        ty -= leading;
                        String shown = visual(line, font);
                        float tx = isRtl(line) ? x + colWidth - pad - width(shown, font, size) : x + pad;
                        draw(shown, tx, ty + size * 0.25f, font, size, Color.BLACK);
                    }
                }
                y -= h;
            }
        }

        private List<String> wrap(String text, PDType0Font font, float size, float max) throws IOException {
            var lines = new ArrayList<String>();
            if (text.isEmpty()) {
                lines.add("");
                return lines;
            }
            var line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(visual(candidate, font), font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // a word longer than the line is cut where it no longer fits
                String rest = word;
                while (width(visual(rest, font), font, size) > max && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(visual(rest.substring(0, cut), font), font, size) > max) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
            return lines;
        }

        /** A name inside a sentence, isolated (FSI…PDI) so that its direction does not pull in the numbers next to it. */
        private static String isolate(String name) {
            return "\u2068" + name + "\u2069";
        }

        private static boolean isRtl(String text) {
            return Bidi.getBaseDirection(text) == Bidi.RTL;
        }

        /** Logical text → what to draw left to right: Arabic shaped, runs reordered, missing glyphs replaced. */
        private String visual(String logical, PDType0Font font) {
            String s = logical;
            if (Bidi.requiresBidi(s.toCharArray(), 0, s.length())) {
                try {
                    s = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                            | ArabicShaping.LENGTH_GROW_SHRINK).shape(s);
                } catch (ArabicShapingException e) {
                    // unshaped Arabic is still legible; keep going
                }
                var bidi = new Bidi(s, isRtl(logical) ? Bidi.RTL : Bidi.LTR);
                s = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
            }
            var sb = new StringBuilder(s.length());
            Map<Integer, Boolean> has = font == bold ? boldHas : regularHas;
            s.codePoints().forEach(cp -> {
                boolean ok = has.computeIfAbsent(cp, c -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        return false;
                    }
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                boolean invisible = Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT;
                sb.append(ok ? new String(Character.toChars(cp)) : invisible ? "" : "?");
            });
            return sb.toString();
        }

        private float width(String shown, PDType0Font font, float size) throws IOException {
            return font.getStringWidth(shown) / 1000f * size;
        }

        private void draw(String shown, float x, float y, PDType0Font font, float size, Color colour) throws IOException {
            if (shown.isEmpty()) {
                return;
            }
            out.beginText();
            out.setFont(font, size);
            out.setNonStrokingColor(colour);
            out.newLineAtOffset(x, y);
            out.showText(shown);
            out.endText();
        }

        /** Centred text. */
        private void text(String logical, float cx, float y, PDType0Font font, float size, Color colour) throws IOException {
            String shown = visual(logical, font);
            draw(shown, cx - width(shown, font, size) / 2, y, font, size, colour);
        }

        /** Centred text on a white box, so that edges passing behind a label do not cross its letters. */
        private void haloText(String logical, float cx, float y, float size) throws IOException {
            String shown = visual(logical, regular);
            float w = width(shown, regular, size);
            out.setNonStrokingColor(Color.WHITE);
            out.addRect(cx - w / 2 - 2, y - size * 0.3f, w + 4, size * 1.25f);
            out.fill();
            draw(shown, cx - w / 2, y, regular, size, Color.BLACK);
        }

        private void leftText(String logical, float x, float y, PDType0Font font, float size) throws IOException {
            draw(visual(logical, font), x, y, font, size, Color.BLACK);
        }
    }
}
