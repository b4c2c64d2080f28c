package org.networkacademy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.UUID;

/**
 * Base of tests that need the whole application on a real MariaDB (its own database for the test
 * run) and a mocked Vaadin UI (Karibu): log in as a user, navigate, click.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class AbstractAppTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.networkacademy");

    @Autowired
    protected ApplicationContext applicationContext;
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void setUpVaadin() {
        // Several Spring test contexts (e.g. the LRS's RANDOM_PORT tests) live in one JVM and each
        // installs its own static security-context strategy: use this context's one again.
        SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(
                org.springframework.security.core.context.SecurityContextHolderStrategy.class));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, applicationContext, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /**
     * Sets a field's value as a user would, after checking the user could (visible, enabled, not
     * read-only). Karibu's {@code _setValue} reaches into Vaadin internals that changed in 25.
     */
    protected static <V> void enter(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        var component = (com.vaadin.flow.component.Component) field;
        org.assertj.core.api.Assertions.assertThat(component.isVisible()).as("field visible").isTrue();
        if (component instanceof com.vaadin.flow.component.HasEnabled e) {
            org.assertj.core.api.Assertions.assertThat(e.isEnabled()).as("field enabled").isTrue();
        }
        org.assertj.core.api.Assertions.assertThat(field.isReadOnly()).as("field editable").isFalse();
        field.setValue(value);
    }

    /** Creates a trainee with a unique e-mail address and returns it. */
    protected AppUser newTrainee(String name) {
        return accounts.register(new Registration(name, "t-" + UUID.randomUUID() + "@example.org", "correct-horse-battery",
                "Chamber of Commerce", "KE"));
    }

    /** Logs in as {@code user}: Spring Security context plus the mocked request's principal and roles. */
    protected void login(AppUser user) {
        UserDetails details = accounts.loadUserByUsername(user.getEmail());
        var auth = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        if (VaadinServletRequest.getCurrent() != null) {
            var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> details.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        }
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
    }
}
