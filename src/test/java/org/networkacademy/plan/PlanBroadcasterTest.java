package org.networkacademy.plan;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is editing: counted per page of a member, announced on the first start and the last stop only. */
class PlanBroadcasterTest {

    @Test
    void aMemberEditingInTwoPagesStaysNamedUntilBothStop() {
        var broadcaster = new PlanBroadcaster();
        var heard = new ArrayList<PlanBroadcaster.PlanEvent>();
        broadcaster.register(7, heard::add);

        broadcaster.editing(7, "vision", 1, "Amina", true);
        broadcaster.editing(7, "vision", 1, "Amina", true); // her second tab
        broadcaster.editing(7, "vision", 2, "João", true);
        assertThat(broadcaster.editors(7)).containsEntry("vision", List.of("Amina", "João"));
        assertThat(broadcaster.editors(7, 2L)).as("the viewer is left out").containsEntry("vision", List.of("Amina"));

        broadcaster.editing(7, "vision", 1, "Amina", false);
        assertThat(broadcaster.editors(7, 2L)).containsEntry("vision", List.of("Amina"));
        broadcaster.editing(7, "vision", 1, "Amina", false);
        assertThat(broadcaster.editors(7, 2L)).doesNotContainKey("vision");
        broadcaster.editing(7, "vision", 1, "Amina", false); // a stop without a start: nothing
        assertThat(heard).extracting(PlanBroadcaster.PlanEvent::userName).containsExactly("Amina", "João", "Amina");
    }

    /** Trial: a page of hers that died without closing kept her named, even after she saved from another browser. */
    @Test
    void herSaveEndsHerEditingOnEveryPage() {
        var broadcaster = new PlanBroadcaster();
        var heard = new ArrayList<PlanBroadcaster.PlanEvent>();
        broadcaster.register(7, heard::add);
        broadcaster.editing(7, "vision", 1, "Amina", true); // a page whose browser crashed: never stops
        broadcaster.editing(7, "vision", 1, "Amina", true); // her new browser
        broadcaster.editing(7, "vision", 2, "João", true);

        broadcaster.publish(new PlanBroadcaster.PlanEvent(7, PlanBroadcaster.Kind.SAVED, "vision", 1, "Amina"));
        assertThat(broadcaster.editors(7)).containsEntry("vision", List.of("João"));
        assertThat(heard.subList(2, heard.size())).extracting(PlanBroadcaster.PlanEvent::kind)
                .containsExactly(PlanBroadcaster.Kind.EDITING, PlanBroadcaster.Kind.SAVED);
        broadcaster.editing(7, "vision", 1, "Amina", false); // her saving page stops: nothing more to say
        assertThat(heard).hasSize(4);
    }

    /** Trial: stopping the app logged ERROR stack traces from pages told, while it closed, that members stopped editing. */
    @Test
    void nothingIsDeliveredOnceTheApplicationIsShuttingDown() {
        var broadcaster = new PlanBroadcaster();
        var heard = new ArrayList<PlanBroadcaster.PlanEvent>();
        broadcaster.register(7, heard::add);
        broadcaster.editing(7, "vision", 1, "Amina", true);
        broadcaster.shuttingDown();
        broadcaster.editing(7, "vision", 1, "Amina", false); // her session is closed by the shutdown
        broadcaster.publish(new PlanBroadcaster.PlanEvent(7, PlanBroadcaster.Kind.COMMENT, "vision", 2, "João"));
        assertThat(heard).hasSize(1);
    }
}
