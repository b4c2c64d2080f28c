package org.networkacademy.xapi.lrs;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code agent} filter and Groups (xAPI 1.0.3 Communication §2.1.3 {@code agent}; 2.0.0 §4.1.6.1): "Groups
 * that have members which match the specified Agent ... are considered a match" — as actor or object, identified
 * or anonymous, without {@code related_agents}; members of other groups (instructor, team, authority) only with
 * {@code related_agents=true}.
 */
class AgentFilterGroupHttpTest extends AbstractLrsHttpTest {

    private final String run = UUID.randomUUID().toString();

    private String mbox(String who) {
        return "{\"mbox\":\"mailto:" + who + "-" + run + "@example.org\"}";
    }

    private List<String> ids(String agent, boolean related) {
        var r = get("?agent=" + q(agent) + (related ? "&related_agents=true" : ""));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(r).path("statements").forEach(s -> ids.add(s.path("id").asString()));
        return ids;
    }

    private String store(String actor, String object, String context) {
        String id = UUID.randomUUID().toString();
        var r = post("{\"id\":\"" + id + "\",\"actor\":" + actor + ",\"verb\":{\"id\":\"http://example.org/verbs/met\"},\"object\":"
                + object + (context == null ? "" : ",\"context\":" + context) + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return id;
    }

    @Test
    void agentMatchesMembersOfActorAndObjectGroups() {
        String activity = "{\"id\":\"http://example.org/groups/" + run + "\"}";
        String anonymous = store("{\"objectType\":\"Group\",\"member\":[" + mbox("ann") + "," + mbox("bob") + "]}", activity, null);
        String identified = store("{\"objectType\":\"Group\",\"account\":{\"homePage\":\"https://example.org\",\"name\":\"team-" + run
                + "\"},\"member\":[{\"account\":{\"homePage\":\"https://example.org\",\"name\":\"cy-" + run + "\"}}]}", activity, null);
        String objectGroup = store(mbox("teacher"), "{\"objectType\":\"Group\",\"member\":[" + mbox("dee") + "]}", null);
        String instructed = store(mbox("other"), activity, "{\"instructor\":{\"objectType\":\"Group\",\"member\":[" + mbox("eve") + "]}}");
        String subStatement = store(mbox("other"), "{\"objectType\":\"SubStatement\",\"actor\":{\"objectType\":\"Group\",\"member\":["
                + mbox("fay") + "]},\"verb\":{\"id\":\"http://example.org/verbs/will\"},\"object\":" + activity + "}", null);

        assertThat(ids(mbox("ann"), false)).containsExactly(anonymous);
        assertThat(ids(mbox("bob"), false)).containsExactly(anonymous);
        assertThat(ids("{\"account\":{\"homePage\":\"https://example.org\",\"name\":\"cy-" + run + "\"}}", false)).containsExactly(identified);
        assertThat(ids("{\"objectType\":\"Group\",\"account\":{\"homePage\":\"https://example.org\",\"name\":\"team-" + run + "\"}}", false))
                .containsExactly(identified);
        assertThat(ids(mbox("dee"), false)).containsExactly(objectGroup);
        // Group members elsewhere (instructor, a SubStatement's actor) are related agents, not the agent filter's.
        assertThat(ids(mbox("eve"), false)).isEmpty();
        assertThat(ids(mbox("eve"), true)).containsExactly(instructed);
        assertThat(ids(mbox("fay"), false)).isEmpty();
        assertThat(ids(mbox("fay"), true)).containsExactly(subStatement);
    }
}
