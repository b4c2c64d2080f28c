package org.networkacademy.plan;

import org.junit.jupiter.api.Test;
import org.networkacademy.content.PlanGuidance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain unit tests of the plan model: keys, translations, JSON, map layout, SVG, RACI, exercise parsing. */
class PlanModelTest {

    @Test
    void sectionKeysMatchTheGuidanceFileAndEveryLabelIsTranslated() throws IOException {
        assertThat(Arrays.stream(PlanSectionType.values()).map(PlanSectionType::key).toList())
                .containsExactlyElementsOf(PlanGuidance.SECTION_IDS);
        var bundle = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var keys = new ArrayList<String>();
        for (PlanSectionType t : PlanSectionType.values()) {
            keys.add("plan.section." + t.key());
            t.fields().forEach(f -> keys.add("plan.field." + f.key()));
            for (PlanSectionType.Table table : t.tables()) {
                keys.add("plan.table." + table.key());
                keys.add("plan.row.add." + table.key());
                table.columns().forEach(c -> keys.add("plan.field." + c.key()));
            }
        }
        for (PlanSectionType.Choices c : PlanSectionType.Choices.values()) {
            c.options().forEach(v -> keys.add("plan.choice." + c.key() + "." + v));
        }
        for (SectionStatus s : SectionStatus.values()) {
            keys.add("plan.status." + s.name());
            keys.add("plan.status.set." + s.name());
        }
        for (PlanRevision.Source s : PlanRevision.Source.values()) {
            keys.add("plan.source." + s.name());
        }
        for (String k : List.of("plan.error.conflict", "plan.error.unknown-key", "plan.error.partner-name", "plan.error.too-many-rows",
                "plan.error.too-long", "plan.error.choice", "plan.error.self-link", "plan.error.comment", "plan.error.no-exercise")) {
            keys.add(k);
        }
        assertThat(keys).allSatisfy(k -> assertThat(bundle).containsKey(k));
        assertThat(bundle.getProperty("plan.error.no-exercise")).doesNotContain("'");
    }

    @Test
    void contentSurvivesJson() {
        var c = new SectionContent(Map.of("vision", "رؤية — Fès"), Map.of("partners", List.of(Map.of("id", "a1", "name", "Chambre"))));
        var back = SectionContent.fromJson(c.toJson());
        assertThat(back).isEqualTo(c);
        assertThat(SectionContent.fromJson("")).isEqualTo(SectionContent.EMPTY);
    }

    static SectionContent partners() {
        return new SectionContent(Map.of(), Map.of(
                "partners", List.of(Map.of("id", "u", "name", "Université", "type", "university"),
                        Map.of("id", "c", "name", "Chambre & Co <Fès>", "type", "chamber"),
                        Map.of("id", "t", "name", "Maroc Export", "type", "tpo")),
                "linkages", List.of(Map.of("from", "c", "to", "t", "linkage-type", "referral"),
                        Map.of("from", "t", "to", "gone", "linkage-type", "referral"))));
    }

    @Test
    void mapLayoutIsDeterministicGroupedByTypeAndDropsDanglingLinks() {
        var map = NetworkMap.of(partners());
        assertThat(map).isEqualTo(NetworkMap.of(partners()));
        assertThat(map.nodes()).extracting(NetworkMap.Node::number).containsExactly(1, 2, 3);
        // type order tpo, chamber, …, university: the TPO is at the top of the circle
        var tpo = map.nodes().get(2);
        assertThat(tpo.x()).isEqualTo(NetworkMap.WIDTH / 2);
        assertThat(tpo.y()).isLessThan(NetworkMap.HEIGHT / 2);
        assertThat(map.edges()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("referral"));
    }

    @Test
    void svgEscapesNamesAndExplainsColoursInWords() {
        String svg = NetworkMapSvg.svg(NetworkMap.of(partners()), k -> k);
        assertThat(svg).contains("Chambre &amp; Co &lt;Fès&gt;").doesNotContain("<Fès>");
        assertThat(svg).contains(">CH<").contains("plan.choice.partner-type.chamber").contains("plan.choice.linkage-type.referral")
                .contains("stroke-dasharray=\"9 5\"").contains("role=\"img\"");
    }

    @Test
    void raciPivot() {
        var protocol = new SectionContent(Map.of(), Map.of(
                "activities", List.of(Map.of("activity", "Diagnostics")),
                "raci", List.of(Map.of("activity", "Diagnostics", "partner", "t", "raci-role", "R"),
                        Map.of("activity", "Diagnostics", "partner", "t", "raci-role", "A"),
                        Map.of("activity", "Fairs", "partner", "c", "raci-role", "I"))));
        assertThat(RaciMatrix.activities(protocol)).containsExactly("Diagnostics", "Fairs");
        assertThat(RaciMatrix.cells(protocol)).containsEntry("Diagnostics\u0000t", "R, A").containsEntry("Fairs\u0000c", "I");
    }

    @Test
    void exerciseAnswerLinesBecomePartners() {
        var rows = ExercisePartners.parse("""
                My map:
                - Kenya Export Promotion and Branding Agency (trade promotion, KE): market intelligence
                * Kenya Association of Manufacturers
                1. Kenya Bureau of Standards (standards body, KE)
                Strathmore University; university; KE
                Just a sentence about priorities.""");
        assertThat(rows).extracting(r -> r.get("name") + "|" + r.get("type") + "|" + r.getOrDefault("country", ""))
                .containsExactly("Kenya Export Promotion and Branding Agency|tpo|KE",
                        "Kenya Association of Manufacturers|sector-association|",
                        "Kenya Bureau of Standards|standards-body|KE",
                        "Strathmore University|university|KE");
    }
}
