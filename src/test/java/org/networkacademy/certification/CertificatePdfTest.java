package org.networkacademy.certification;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate PDF read back with PDFBox: names in logical order, fonts embedded, QR code decodes. */
class CertificatePdfTest {

    static final String URL = "https://academy.example.org/verify/AbCdEfGhIjKlMnOpQrStUvWxYz0";

    static byte[] pdf(String name) {
        return CertificatePdf.render(new CertificatePdf.Content("Certificate of Completion", "This certifies that", name,
                "has met every requirement of the module", "Establishing and managing networks of TSIs",
                "Cohort: Cohorte Fès 2026", "Issued on 29 November 2026 by Network Academy", "Verification code: AbCdEfGhIjKlMnOpQrStUvWxYz0", URL,
                "Scan the code."), Instant.parse("2026-11-29T12:00:00Z"));
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void arabicNameReadsBackInLogicalOrder() throws Exception {
        String name = "نور الهدى عبد الله";
        String text = text(pdf(name));
        assertThat(text).contains(name);
        assertThat(text).contains("Establishing and managing networks of TSIs").contains(URL).contains("Cohort: Cohorte Fès 2026");
    }

    @Test
    void accentedAndMixedNamesReadBack() throws Exception {
        assertThat(text(pdf("Zoë Ñúñez-Ðorđević"))).contains("Zoë Ñúñez-Ðorđević");
        assertThat(text(pdf("Amal لمياء Haddad"))).contains("لمياء");
    }

    @Test
    void arabicIsShapedAndReorderedForDrawing() {
        String visual = CertificatePdf.visual("سلام");
        // presentation forms (contextual shapes), drawn right to left: the final form comes first
        assertThat(visual.codePoints()).allMatch(c -> c >= 0xFE70 && c <= 0xFEFF);
        assertThat(visual.charAt(0)).isEqualTo('\uFEE1'); // meem after alef: isolated form
        assertThat(CertificatePdf.visual("Zoë")).isEqualTo("Zoë");
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf("نور"))) {
            var resources = doc.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (var n : resources.getFontNames()) {
                fonts.add(resources.getFont(n));
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
        }
    }

    @Test
    void qrCodeDecodesToTheVerificationUrl() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf("Zoë"))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
        }
    }
}
