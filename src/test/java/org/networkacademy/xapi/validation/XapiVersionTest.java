package org.networkacademy.xapi.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Version header mapping (xAPI 1.0.3 Communication §3.3). */
class XapiVersionTest {

    @Test
    void mapsSupportedHeaderValues() {
        for (String header : new String[]{"1.0", "1.0.0", "1.0.1", "1.0.2", "1.0.3", " 1.0.3 "}) {
            assertThat(XapiVersion.fromHeader(header)).as(header).contains(XapiVersion.V1_0_3);
        }
        assertThat(XapiVersion.fromHeader("2.0")).contains(XapiVersion.V2_0_0);
        assertThat(XapiVersion.fromHeader("2.0.0")).contains(XapiVersion.V2_0_0);
    }

    @Test
    void rejectsEverythingElse() {
        for (String header : new String[]{null, "", "1", "1.1", "1.0.4", "0.95", "0.9", "2", "2.0.1", "2.1", "1.0.x", "abc"}) {
            assertThat(XapiVersion.fromHeader(header)).as(String.valueOf(header)).isEmpty();
        }
    }

    @Test
    void labels() {
        assertThat(XapiVersion.V1_0_3.label()).isEqualTo("1.0.3");
        assertThat(XapiVersion.V2_0_0).hasToString("xAPI 2.0.0");
    }
}
