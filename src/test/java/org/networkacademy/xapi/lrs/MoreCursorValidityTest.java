package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 3: "`more` paging that works for at least a day" (xAPI 1.0.3 Communication §2.1.3: the IRL
 * of the next page stays usable for at least 24 hours). A token issued now is read a day and a
 * half later by a fresh instance (a restart, or another app instance: the key is in the database),
 * and is refused with 400 once {@link MoreCursor#VALIDITY} has passed.
 */
class MoreCursorValidityTest extends AbstractLrsHttpTest {

    private static final Instant ISSUED = Instant.parse("2026-11-29T08:00:00Z");

    private MoreCursor at(Instant instant) {
        return new MoreCursor(jdbc, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aTokenStillWorksADayAndAHalfLaterOnAnotherInstance() {
        Map<String, String> query = Map.of("verb", "http://adlnet.gov/expapi/verbs/completed", "limit", "10");
        String token = at(ISSUED).encode(query, 4242L, 7L);

        MoreCursor.Position position = at(ISSUED.plus(Duration.ofHours(36))).decode(token, 7L);
        assertThat(position.params()).containsExactlyInAnyOrderEntriesOf(query);
        assertThat(position.afterSeq()).isEqualTo(4242L);

        assertThat(at(ISSUED.plus(MoreCursor.VALIDITY).minusSeconds(1)).decode(token, 7L).afterSeq()).isEqualTo(4242L);
        assertThatThrownBy(() -> at(ISSUED.plus(MoreCursor.VALIDITY).plusSeconds(1)).decode(token, 7L))
                .isInstanceOfSatisfying(LrsRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("expired");
                });
        assertThat(MoreCursor.VALIDITY).isGreaterThanOrEqualTo(Duration.ofHours(24));
    }

    @Test
    void aTokenIsRefusedToOtherCredentials() {
        String token = at(ISSUED).encode(Map.of("limit", "5"), 1L, 7L);
        assertThatThrownBy(() -> at(ISSUED.plusSeconds(60)).decode(token, 8L))
                .isInstanceOfSatisfying(LrsRequestException.class, e -> assertThat(e.getMessage()).contains("other credentials"));
    }
}
