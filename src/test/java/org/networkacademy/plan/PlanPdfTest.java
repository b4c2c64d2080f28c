package org.networkacademy.plan;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PDF export read back with PDFBox: section titles, accented and Arabic text in logical
 * order, the RACI matrix; pages rendered to images are not blank and the map page has the
 * partner-type colours. The rendered pages are kept in {@code target/plan-pdf/} for a look.
 */
class PlanPdfTest extends AbstractAppTest {

    @Autowired
    PlanService plans;
    @Autowired
    PlanPdf pdf;
    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @Test
    void wholePlanAsPdf() throws IOException {
        var fx = new PlanFixtures(accounts, jdbc);
        AppUser trainer = fx.user("Trainer Tess", Role.TRAINER);
        AppUser amina = fx.user("أمينة الفاسي", Role.TRAINEE);
        long cohort = fx.cohort("Cohorte Fès 2026", trainer);
        fx.enrol(amina, cohort);
        login(amina);

        plans.save(cohort, PlanSectionType.VISION, 0, new SectionContent(Map.of(
                "function", "Une porte d’entrée unique pour les exportateurs agroalimentaires de la région Fès-Meknès.",
                "vision", "شبكة واحدة تخدم المصدرين الجدد في جهة فاس مكناس"), Map.of()));
        plans.addPartner(cohort, "Chambre de Commerce de Fès", "chamber", "MA");
        plans.addPartner(cohort, "المركز المغربي لإنعاش الصادرات", "tpo", "MA");
        plans.addPartner(cohort, "Université Sidi Mohamed Ben Abdellah", "university", "MA");
        var partners = plans.section(cohort, PlanSectionType.PARTNERS).content().rows(PlanSectionType.Tables.PARTNERS);
        String ch = partners.get(0).get("id");
        String tpo = partners.get(1).get("id");
        String uni = partners.get(2).get("id");
        plans.addLinkage(cohort, ch, tpo, "referral");
        plans.addLinkage(cohort, tpo, uni, "joint-programme");
        plans.save(cohort, PlanSectionType.PROTOCOL, 0, new SectionContent(Map.of("coordination", "Monthly meeting."), Map.of(
                "activities", List.of(Map.of("activity", "Export readiness diagnostics"), Map.of("activity", "Trade fair missions")),
                "raci", List.of(Map.of("activity", "Export readiness diagnostics", "partner", tpo, "raci-role", "A"),
                        Map.of("activity", "Export readiness diagnostics", "partner", ch, "raci-role", "R"),
                        Map.of("activity", "Trade fair missions", "partner", uni, "raci-role", "I")))));
        plans.save(cohort, PlanSectionType.MONITORING, 0, new SectionContent(Map.of(), Map.of("indicators", List.of(
                Map.of("indicator", "First-time exporters", "baseline", "12", "target", "40", "frequency", "Quarterly",
                        "source", "Partner records", "responsible", "المركز المغربي")))));

        Function<String, String> label = key -> i18n.getTranslation(key, Locale.ENGLISH);
        byte[] bytes = pdf.export(cohort, label);
        Path dir = Path.of("target/plan-pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve("plan.pdf"), bytes);

        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(10); // title page + nine sections
            String text = new PDFTextStripper().getText(doc);
            for (String title : List.of("Function and shared vision", "Partners and linkages", "Network map", "Governance",
                    "Networking protocol", "Monitoring and reporting", "RACI matrix")) {
                assertThat(text).contains(title);
            }
            assertThat(text).contains("Cohorte Fès 2026").contains("Chambre de Commerce de Fès")
                    .contains("Université Sidi Mohamed").contains("Une porte d’entrée unique")
                    .contains("Export readiness diagnostics");
            // Arabic comes back in logical order (PDFBox undoes the visual order and the presentation forms)
            assertThat(text).contains("المركز المغربي لإنعاش الصادرات").contains("شبكة واحدة تخدم المصدرين الجدد");

            var renderer = new PDFRenderer(doc);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60);
                ImageIO.write(image, "png", dir.resolve("page-" + (page + 1) + ".png").toFile());
                assertThat(nonWhite(image)).as("page %d has ink", page + 1).isGreaterThan(200);
            }
            // page 5 = section 4, the network map: the nodes' fills are there (chamber orange, TPO blue)
            BufferedImage map = renderer.renderImageWithDPI(4, 100);
            ImageIO.write(map, "png", dir.resolve("map-page.png").toFile());
            assertThat(count(map, 0xE69F00)).isGreaterThan(100);
            assertThat(count(map, 0x0072B2)).isGreaterThan(100);
        }

        // a trainee of another cohort cannot export it
        AppUser outsider = newTrainee("Outsider");
        login(outsider);
        assertThatThrownBy(() -> pdf.export(cohort, label)).isInstanceOf(AccessDeniedException.class);
    }

    private static int nonWhite(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) n++;
            }
        }
        return n;
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) < 12 && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 12
                        && Math.abs((p & 0xff) - (rgb & 0xff)) < 12) n++;
            }
        }
        return n;
    }
}
