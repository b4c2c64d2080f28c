package org.networkacademy.certification;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The certificate as a one-page A4 landscape PDF (PDFBox): the recipient's name as registered,
 * module, date, issuer, verification code and a QR code linking to the verification page.
 *
 * <p>PDFBox lays glyphs out as given, so Arabic (and any right-to-left) text is prepared first with
 * ICU4J: letters are shaped into their contextual forms, then the line is reordered from logical
 * to visual order (Unicode Bidirectional Algorithm, UAX #9). The DejaVu Sans font, which covers
 * Latin with accents and Arabic, is embedded as a subset; its ToUnicode map lets text extraction
 * and screen readers get the logical text back.
 */
final class CertificatePdf {

    /** What the certificate says. Texts of the template are passed in already translated. */
    record Content(String heading, String intro, String name, String completed, String moduleTitle,
                   String cohortLine, String issuedLine, String codeLine, String verificationUrl, String scanHint) {
    }

    private CertificatePdf() {
    }

    /**
     * @param content the texts
     * @param issuedAt for the document's creation date
     * @return the PDF bytes
     */
    static byte[] render(Content content, java.time.Instant issuedAt) {
        try (var doc = new PDDocument()) {
            var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            PDType0Font regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(3);
                cs.setStrokingColor(0.11f, 0.33f, 0.55f);
                cs.addRect(24, 24, w - 48, h - 48);
                cs.stroke();
                cs.setLineWidth(0.8f);
                cs.addRect(32, 32, w - 64, h - 64);
                cs.stroke();

                centred(cs, bold, 30, content.heading(), w, h - 110);
                centred(cs, regular, 14, content.intro(), w, h - 160);
                centred(cs, bold, 28, content.name(), w, h - 205);
                centred(cs, regular, 14, content.completed(), w, h - 250);
                centred(cs, bold, 18, content.moduleTitle(), w, h - 285);
                if (content.cohortLine() != null) {
                    centred(cs, regular, 12, content.cohortLine(), w, h - 310);
                }
                centred(cs, regular, 12, content.issuedLine(), w, h - 335);

                var qr = LosslessFactory.createFromImage(doc, QrCodes.image(content.verificationUrl(), 300));
                float size = 110;
                cs.drawImage(qr, 60, 60, size, size);
                text(cs, regular, 10, content.codeLine(), 60 + size + 16, 130);
                text(cs, regular, 10, content.verificationUrl(), 60 + size + 16, 114);
                text(cs, regular, 9, content.scanHint(), 60 + size + 16, 98);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.heading() + " – " + content.name());
            info.setSubject(content.moduleTitle());
            info.setCreator("Network Academy");
            var calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
            calendar.setTimeInMillis(issuedAt.toEpochMilli());
            info.setCreationDate(calendar);
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the date as written on certificates, e.g. {@code 29 November 2026} (UTC) */
    static String date(java.time.Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(ZoneOffset.UTC).format(instant);
    }

    /**
     * Prepares logical-order text for drawing glyph by glyph: Arabic letters shaped into their
     * presentation forms, then the line reordered to visual order with mirrored brackets. Text
     * without right-to-left characters is returned unchanged.
     *
     * @param logical text in logical (typing) order
     * @return the same text in visual order, left to right
     */
    static String visual(String logical) {
        var bidi = new Bidi(logical, Bidi.LEVEL_DEFAULT_LTR);
        if (bidi.isLeftToRight()) {
            return logical;
        }
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
            return new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR).writeReordered(Bidi.DO_MIRRORING);
        } catch (ArabicShapingException e) {
            throw new IllegalArgumentException("cannot shape text", e);
        }
    }

    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " missing from the classpath");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static void centred(PDPageContentStream cs, PDType0Font font, float size, String text, float pageWidth, float y)
            throws IOException {
        String v = visual(text);
        float width = font.getStringWidth(v) / 1000 * size;
        float fitted = width > pageWidth - 120 ? size * (pageWidth - 120) / width : size;
        float x = (pageWidth - font.getStringWidth(v) / 1000 * fitted) / 2;
        cs.beginText();
        cs.setFont(font, fitted);
        cs.newLineAtOffset(x, y);
        cs.showText(v);
        cs.endText();
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, String text, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(visual(text));
        cs.endText();
    }
}
