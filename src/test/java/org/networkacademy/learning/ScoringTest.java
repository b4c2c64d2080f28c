package org.networkacademy.learning;

import org.junit.jupiter.api.Test;
import org.networkacademy.content.SelfAssessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringTest {

    @Test
    void percentRoundsHalfUpAndPassMarkIsInclusive() {
        assertThat(Scoring.percent(1, 8)).isEqualTo(13);
        assertThat(Scoring.percent(17, 24)).isEqualTo(71);
        assertThat(Scoring.percent(0, 5)).isZero();
        assertThat(Scoring.passes(70, 70)).isTrue();
        assertThat(Scoring.passes(69, 70)).isFalse();
        assertThatThrownBy(() -> Scoring.percent(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void responsesUseTheXapiChoiceFormatAndRoundTrip() {
        assertThat(Scoring.response(Set.of("c", "a"))).isEqualTo("a[,]c");
        assertThat(Scoring.optionIds("a[,]c")).containsExactlyInAnyOrder("a", "c");
        assertThat(Scoring.optionIds("")).isEmpty();
    }

    @Test
    void dimensionAveragesPerDimensionAndRejectsGaps() {
        var instrument = new SelfAssessment("r", "R", "i",
                List.of(new SelfAssessment.ScalePoint(1, "low"), new SelfAssessment.ScalePoint(5, "high")),
                List.of(new SelfAssessment.Dimension("vision", "Vision", Map.of(), List.of(
                                new SelfAssessment.Item("v1", "a"), new SelfAssessment.Item("v2", "b"), new SelfAssessment.Item("v3", "c"))),
                        new SelfAssessment.Dimension("roles", "Roles", Map.of(), List.of(new SelfAssessment.Item("r1", "d")))));
        var averages = Scoring.dimensionAverages(instrument, Map.of("v1", 4, "v2", 5, "v3", 4, "r1", 2));
        assertThat(averages).containsExactly(Map.entry("vision", new BigDecimal("4.33")), Map.entry("roles", new BigDecimal("2.00")));
        assertThat(instrument.dimensions().getFirst().band(4.33)).isEqualTo("high");
        assertThat(instrument.dimensions().getFirst().band(2.0)).isEqualTo("low");
        assertThatThrownBy(() -> Scoring.dimensionAverages(instrument, Map.of("v1", 4, "v2", 5, "v3", 4)))
                .hasMessageContaining("item 'r1' is not answered");
        assertThatThrownBy(() -> Scoring.dimensionAverages(instrument, Map.of("v1", 9, "v2", 5, "v3", 4, "r1", 1)))
                .hasMessageContaining("outside the scale");
    }
}
