package org.networkacademy.xapi.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Format checks of the xAPI special data types (xAPI 1.0.3 Data §4). */
class XapiFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "EN-us", "de", "tlh", "ine", "cmn", "zh-Hant", "sr-Latn", "zh-cmn-Hans-CN",
            "sr-Latn-RS", "sl-rozaj-biske", "de-CH-1901", "hy-Latn-IT-arevela", "de-DE", "es-419",
            "az-Arab-x-AZE-derbend", "x-whatever", "i-enochian", "en-GB-oed", "zh-min-nan", "en-a-bbb-x-a-ccc",
            "de-Latn-DE-u-co-phonebk", "qaa-Qaaa-QM-x-southern", "abcde", "sgn-BE-FR"})
    void wellFormedLanguageTags(String tag) {
        assertThat(XapiFormats.isLanguageTag(tag)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a12345", "a12345678", "something", "de-419-DE", "a-DE", "ar-a-aaa-b-bbb-a-ccc",
            "zh-z-aaa-z-bbb-c-ccc", "en-", "-en", "en--US", "en_US", "en-US-", "x", "en-x", "en-a", "en-a-x-y",
            "de-1901-1901", "supercalifragilisticexpialidociouswhatabouthhhhhhh", "en US", "ünï"})
    void illFormedLanguageTags(String tag) {
        assertThat(XapiFormats.isLanguageTag(tag)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://www.youtube.com/watch?v=xh4kIiH3Sm8", "urn:x:y",
            "tag:adlnet.gov,2013:expapi:0.9:activities:x", "mailto:a@example.com", "http://example.com/فعل/خواندن",
            "http://example.com/xapi/verbs#defenestrated", "http://example.com/a%20b", "file:///tmp/x", "x-y+z.w:1"})
    void iris(String iri) {
        assertThat(XapiFormats.isIri(iri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "should fail", "id", "example.com/x", "/relative/path", "#fragment", "ab=c://should.fail.com",
            "1http://x", "http:", "http://", "http://example.com/a b", "http://example.com/<x>", "http://example.com/%zz",
            "http://example.com/%2", ":nothing", "http://example.com/\u0007"})
    void notIris(String iri) {
        assertThat(XapiFormats.isIri(iri)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:user@example.com", "mailto:first.last+tag@sub.example.co.uk", "mailto:root@localhost",
            "mailto:Learner@Example.COM"})
    void mailtoIris(String mbox) {
        assertThat(XapiFormats.isMailtoIri(mbox)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@example.com", "mailto:should.fail.com", "http://should.fail.com", "mailto:", "mailto:@x.com",
            "mailto:a@", "mailto:a b@example.com", "mailto:a@b@example.com", "MAILTO:a@example.com", "mailto:a@example.com?subject=x"})
    void notMailtoIris(String mbox) {
        assertThat(XapiFormats.isMailtoIri(mbox)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1H0.5S", "PT1234S", "PT1H0M0S", "PT1H30M", "P4W", "P3Y", "P3Y1M29DT4H35M59.14S",
            "PT4H35M59.14S", "PT16559.14S", "P1M", "PT1M", "P0D", "PT0,5S", "P1DT1H"})
    void durations(String duration) {
        assertThat(XapiFormats.isDuration(duration)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "PT", "PA1H0M0S", "P4W1D", "P1W2D", "P16559.14S", "PT1.5H30M", "P1.5Y2M", "-PT1H",
            "pt1h", "P0003-01-29T04:35:59", "PT1H ", "1H", "P1H", "PT1D", "P1Y1Y", "PT.5S", "PT1.S"})
    void notDurations(String duration) {
        assertThat(XapiFormats.isDuration(duration)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/plain; charset=ascii", "application/octet-stream", "image/svg+xml",
            "multipart/mixed; boundary=\"abcABC0123'()+_,-./:=?\"", "application/json;charset=UTF-8"})
    void mediaTypes(String type) {
        assertThat(XapiFormats.isMediaType(type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "should fail", "text", "text/", "/plain", "text/plain; charset", "text plain"})
    void notMediaTypes(String type) {
        assertThat(XapiFormats.isMediaType(type)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "AA97B177-9383-4934-8543-0F91A7A02836",
            "00000000-0000-0000-0000-000000000000"})
    void uuids(String uuid) {
        assertThat(XapiFormats.isUuid(uuid)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "AA97B177-9383-4934-8543-0F91A7A028368", "MA97B177-9383-4934-8543-0F91A7A02836",
            "fd41c918b88b4b20a0a5a4c32391aaa0", "{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}", "urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0"})
    void notUuids(String uuid) {
        assertThat(XapiFormats.isUuid(uuid)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-05-18T05:32:34.804Z", "2015-11-18T12:17:00+00:00", "2008-09-15T15:53:00.601+05:00",
            "2013-05-18T05:32:34.804-05:00", "20130518T053234Z"})
    void timestampsForBothVersions(String ts) {
        assertThat(XapiFormats.isTimestamp(ts, XapiVersion.V1_0_3)).isTrue();
        assertThat(XapiFormats.isTimestamp(ts, XapiVersion.V2_0_0)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2008-09-15T15:53:00.601-00:00", "2008-09-15T15:53:00.601-0000", "2008-09-15T15:53:00.601-00",
            "01/011/2015", "should fail", "2013-05-18", "2013-05-18T25:00:00Z"})
    void notTimestamps(String ts) {
        assertThat(XapiFormats.isTimestamp(ts, XapiVersion.V1_0_3)).isFalse();
        assertThat(XapiFormats.isTimestamp(ts, XapiVersion.V2_0_0)).isFalse();
    }

    /** xAPI 2.0.0 timestamps follow RFC 3339, whose §5.6 allows a space between date and time (ADL 2.0.0 suite, Data 4.0). */
    @ParameterizedTest
    @ValueSource(strings = {"2008-09-15 15:53:00.601+00:00", "2013-05-18 05:32:34Z"})
    void spaceSeparatedTimestampsOnlyForXapi2(String ts) {
        assertThat(XapiFormats.isTimestamp(ts, XapiVersion.V1_0_3)).isFalse();
        assertThat(XapiFormats.isTimestamp(ts, XapiVersion.V2_0_0)).isTrue();
        assertThat(XapiFormats.isTimestamp(ts.replace("+00:00", "-00:00"), XapiVersion.V2_0_0)).isEqualTo(ts.endsWith("Z"));
        assertThat(XapiFormats.isTimestamp(ts.replace("+00:00", "").replace("Z", ""), XapiVersion.V2_0_0)).as("no zone").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-05-18T05:32:34.804", "2013-05-18T05:32"})
    void timestampsWithoutZoneOnlyForXapi1(String ts) {
        assertThat(XapiFormats.isTimestamp(ts, XapiVersion.V1_0_3)).isTrue();
        assertThat(XapiFormats.isTimestamp(ts, XapiVersion.V2_0_0)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ebd31e95054c018b10727ccffd2ef2ec3a016ee9", "EBD31E95054C018B10727CCFFD2EF2EC3A016EE9"})
    void sha1(String hex) {
        assertThat(XapiFormats.isSha1Hex(hex)).isTrue();
        assertThat(XapiFormats.isSha1Hex(hex + "0")).isFalse();
        assertThat(XapiFormats.isSha1Hex(hex.replaceAll("[eE]", "g"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.0.0", "1.0.3", "1.0.9", "1.0.10"})
    void acceptedStatementVersions(String v) {
        assertThat(XapiFormats.isAcceptedStatementVersion(v, XapiVersion.V1_0_3)).isTrue();
        assertThat(XapiFormats.isAcceptedStatementVersion(v, XapiVersion.V2_0_0)).isTrue();
        assertThat(XapiFormats.isAcceptedStatementVersion(v.replaceFirst("1", "2"), XapiVersion.V1_0_3)).isFalse();
        assertThat(XapiFormats.isAcceptedStatementVersion(v.replaceFirst("1", "2"), XapiVersion.V2_0_0)).isTrue();
    }
}
