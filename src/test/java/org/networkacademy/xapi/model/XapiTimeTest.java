package org.networkacademy.xapi.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** ISO 8601 timestamp parsing (xAPI 1.0.3 Data §4.5). */
class XapiTimeTest {

    @ParameterizedTest
    @CsvSource({
            "2013-05-18T05:32:34.804Z, 2013-05-18T05:32:34.804Z",
            "2013-05-18T05:32:34.804+00:00, 2013-05-18T05:32:34.804Z",
            "2013-05-18T07:32:34+02:00, 2013-05-18T05:32:34Z",
            "2013-05-18T00:32:34-05, 2013-05-18T05:32:34Z",
            "2013-05-18T05:32:34.123456789Z, 2013-05-18T05:32:34.123456789Z",
            "'2013-05-18T05:32:34,5Z', 2013-05-18T05:32:34.500Z",
            "2013-05-18T05:32Z, 2013-05-18T05:32:00Z",
            "2013-05-18T05:32:34, 2013-05-18T05:32:34Z",
            "20130518T053234Z, 2013-05-18T05:32:34Z",
            "20130518T073234+0200, 2013-05-18T05:32:34Z",
            "2024-02-29T12:00:00Z, 2024-02-29T12:00:00Z",
            "2008-09-15 15:53:00.601+00:00, 2008-09-15T15:53:00.601Z"})
    void parsesIso8601DateTimes(String text, String expected) {
        assertThat(XapiTime.parse(text)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01/011/2015", "should fail", "2013-05-18", "2013-05-18  05:32:34Z", "20130518 053234Z",
            "2013-02-30T00:00:00Z", "2013-05-18T24:00:00Z", "2013-05-18T05:60:00Z", "2013-13-01T00:00:00Z",
            "2013-05-18T05:32:34+0200", "20130518T05:32:34Z", "2013-05-18t05:32:34z", "2013-05-18T05:32:34.Z",
            "2013-05-18T05:32:34+25:00", "July 04, 1776 16:00:45"})
    void rejectsOtherText(String text) {
        assertThat(XapiTime.parse(text)).isEmpty();
    }

    @Test
    void zonesAndNegativeZeroOffsets() {
        assertThat(XapiTime.hasZone("2013-05-18T05:32:34Z")).isTrue();
        assertThat(XapiTime.hasZone("2013-05-18T05:32:34+01:00")).isTrue();
        assertThat(XapiTime.hasZone("2013-05-18T05:32:34")).isFalse();
        assertThat(XapiTime.hasZone(null)).isFalse();
        assertThat(XapiTime.hasNegativeZeroOffset("2008-09-15T15:53:00.601-00:00")).isTrue();
        assertThat(XapiTime.hasNegativeZeroOffset("2008-09-15T15:53:00.601-0000")).isTrue();
        assertThat(XapiTime.hasNegativeZeroOffset("2008-09-15T15:53:00.601-00")).isTrue();
        assertThat(XapiTime.hasNegativeZeroOffset("2008-09-15T15:53:00.601+00:00")).isFalse();
        assertThat(XapiTime.hasNegativeZeroOffset("2008-09-15T15:53:00.601-05:00")).isFalse();
        assertThat(XapiTime.hasNegativeZeroOffset("2008-09-15 15:53:00.601-00:00")).isTrue();
    }

    @Test
    void spaceSeparator() {
        assertThat(XapiTime.hasSpaceSeparator("2008-09-15 15:53:00.601+00:00")).isTrue();
        assertThat(XapiTime.hasSpaceSeparator("2008-09-15T15:53:00.601+00:00")).isFalse();
        assertThat(XapiTime.hasSpaceSeparator("2008-09-15 nonsense")).isFalse();
        assertThat(XapiTime.hasSpaceSeparator(null)).isFalse();
    }

    @Test
    void formatsAsUtcRfc3339() {
        assertThat(XapiTime.format(Instant.parse("2024-05-18T05:32:34.804Z"))).isEqualTo("2024-05-18T05:32:34.804Z");
        // always to the millisecond: a whole second keeps its ".000" (a CI run had "2026-11-30T03:01:44Z" in a
        // platform statement), and finer digits are cut, not rounded into the next millisecond
        assertThat(XapiTime.format(Instant.parse("2026-11-30T03:01:44Z"))).isEqualTo("2026-11-30T03:01:44.000Z");
        assertThat(XapiTime.format(Instant.parse("2026-11-30T03:01:44.100Z"))).isEqualTo("2026-11-30T03:01:44.100Z");
        assertThat(XapiTime.format(Instant.parse("2026-11-30T23:59:59.999999Z"))).isEqualTo("2026-11-30T23:59:59.999Z");
    }
}
