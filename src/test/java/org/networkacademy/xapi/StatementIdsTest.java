package org.networkacademy.xapi;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StatementIdsTest {

    @Test
    void matchesTheRfc4122Version5ReferenceValue() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(StatementIds.nameUuidV5(dns, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    @Test
    void sameEventSameIdOtherAttemptOtherId() {
        UUID a = StatementIds.of("reg", XapiProfile.ANSWERED, "https://x/q1", "attempt-1");
        assertThat(StatementIds.of("reg", XapiProfile.ANSWERED, "https://x/q1", "attempt-1")).isEqualTo(a);
        assertThat(StatementIds.of("reg", XapiProfile.ANSWERED, "https://x/q1", "attempt-2")).isNotEqualTo(a);
        assertThat(a.version()).isEqualTo(5);
    }
}
