package org.networkacademy.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** plan-guidance.yaml: the real file loads; broken files are reported with file and line. */
class PlanGuidanceLoaderTest {

    @TempDir
    Path root;

    @Test
    void theRealModuleHasGuidanceForAllNineSections() {
        Path content = Path.of("content/modules");
        CourseModule module = ContentLoader.load(content).get("tsi-networks");
        PlanGuidance g = PlanGuidanceLoader.load(content, module).orElseThrow();
        assertThat(g.sections()).extracting(PlanGuidance.Section::id).containsExactlyElementsOf(PlanGuidance.SECTION_IDS);
        assertThat(g.section("partners").orElseThrow().lessonId()).isEqualTo("finding-opportunities");
        assertThat(g.sections()).allSatisfy(s -> assertThat(s.guidance()).hasSizeGreaterThan(80));
    }

    @Test
    void brokenGuidanceNamesFileAndLine() throws IOException {
        Path content = Path.of("content/modules");
        CourseModule module = ContentLoader.load(content).get("tsi-networks");
        Files.createDirectories(root.resolve("tsi-networks"));
        Files.writeString(root.resolve("tsi-networks/plan-guidance.yaml"), """
                title: Plan
                sections:
                  - id: vision
                    guidance: Say what the network is for.
                  - id: visions
                    guidance: Typo in the id.
                  - id: objectives
                    guidance: ""
                    lesson: no-such-lesson
                  - id: vision
                    guidance: Twice.
                    colour: red
                """);
        assertThatThrownBy(() -> PlanGuidanceLoader.load(root, module))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> {
                    List<String> messages = e.problems().stream().map(ContentProblem::toString).toList();
                    assertThat(messages).contains(
                            "tsi-networks/plan-guidance.yaml:5: unknown plan section 'visions' (allowed: vision, objectives, partners, network-map, governance, protocol, resources, communication, monitoring)",
                            "tsi-networks/plan-guidance.yaml:8: 'guidance' must be a non-empty text",
                            "tsi-networks/plan-guidance.yaml:9: unknown lesson 'no-such-lesson'",
                            "tsi-networks/plan-guidance.yaml:10: duplicate plan section 'vision'",
                            "tsi-networks/plan-guidance.yaml:12: unknown key 'colour' (allowed: guidance, id, lesson)",
                            "tsi-networks/plan-guidance.yaml:3: missing plan section 'partners'");
                });
    }

    @Test
    void aModuleWithoutGuidanceHasNone() {
        CourseModule module = ContentLoader.load(Path.of("content/modules")).get("tsi-networks");
        assertThat(PlanGuidanceLoader.load(root, module)).isEmpty();
    }
}
