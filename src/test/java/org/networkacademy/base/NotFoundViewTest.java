package org.networkacademy.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.ui.LoginView;
import org.networkacademy.base.ui.MainLayout;
import org.networkacademy.base.ui.NotFoundView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The router's "page not found" view for an address that is no route at all.
 * {@code UI.navigate(String)} hands unknown paths to the browser's router, which asks the server's
 * router again; here the server's router is called directly, as that second request does.
 */
class NotFoundViewTest extends AbstractAppTest {

    private static int navigateTo(String path) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PROGRAMMATIC);
    }

    @Test
    void unknownAddressShowsTheFriendlyPageInTheAppFrameWithAWayHome() {
        login(newTrainee("Lost Trainee"));
        assertThat(navigateTo("foo/bar")).isEqualTo(404);
        _assertOne(NotFoundView.class);
        // inside the app's frame: header with the app name, the menu
        assertThat(_get(NotFoundView.class).getParent().orElseThrow()).isInstanceOf(MainLayout.class);
        _assertOne(MainLayout.class);
        _assertOne(SideNav.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_get(Anchor.class, spec -> spec.withId("not-found-home")).getText()).isEqualTo("Go to the course");
        assertThat(_get(Anchor.class, spec -> spec.withId("not-found-home")).getHref()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found | Network Academy");
    }

    @Test
    void theFrameAndPageSpeakTheUsersLanguage() {
        var user = newTrainee("Perdu");
        jdbc.update("UPDATE app_user SET locale = 'fr' WHERE id = ?", user.getId());
        login(user);
        assertThat(navigateTo("nope")).isEqualTo(404);
        _assertOne(NotFoundView.class);
        _assertOne(MainLayout.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
        assertThat(_get(Anchor.class, spec -> spec.withId("not-found-home")).getText()).isEqualTo("Aller au cours");
    }

    @Test
    void anAnonymousVisitorIsSentToLogIn() {
        navigateTo("foo/bar");
        _assertNone(NotFoundView.class);
        _assertNone(MainLayout.class);
        _assertOne(LoginView.class);
    }
}
