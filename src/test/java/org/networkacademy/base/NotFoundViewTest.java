package org.networkacademy.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.base.ui.NotFoundView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The router's "page not found" view for an address that is no route at all, as a logged-in user.
 * {@code UI.navigate(String)} hands unknown paths to the browser's router, which asks the server's
 * router again; here the server's router is called directly, as that second request does.
 */
class NotFoundViewTest extends AbstractAppTest {

    @Test
    void unknownAddressShowsTheFriendlyPageWithAWayHome() {
        login(newTrainee("Lost Trainee"));
        UI ui = UI.getCurrent();
        int status = ui.getInternals().getRouter().navigate(ui, new Location("foo/bar"), NavigationTrigger.PROGRAMMATIC);
        assertThat(status).isEqualTo(404);
        _assertOne(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_get(Anchor.class, spec -> spec.withText("Go to the course")).getHref()).isEmpty();
    }
}
