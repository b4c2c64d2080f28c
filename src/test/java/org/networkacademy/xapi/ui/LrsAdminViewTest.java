package org.networkacademy.xapi.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.xapi.forwarding.ForwardingService;
import org.networkacademy.xapi.lrs.LrsClientService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin issues LRS credentials (secret shown once), revokes them, and adds a forwarding target. */
class LrsAdminViewTest extends AbstractAppTest {

    @Autowired
    LrsClientService clients;
    @Autowired
    ForwardingService forwarding;

    @Test
    void adminIssuesRevokesAndAddsATarget() {
        var admin = accounts.create(new Registration("LRS Admin", "lrs-admin-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "Network Academy", "CH"), Set.of(Role.TRAINEE, Role.ADMIN));
        login(admin);
        UI.getCurrent().navigate("admin/lrs");
        enter(_get(TextField.class, s -> s.withId("lrs-client-name")), "Analytics dashboard");
        _click(_get(Button.class, s -> s.withText("Issue credentials")));
        String text = _get(Pre.class, s -> s.withId("lrs-issued")).getText();
        String key = text.lines().filter(l -> l.startsWith("Key: ")).findFirst().orElseThrow().substring(5);
        String secret = text.lines().filter(l -> l.startsWith("Secret: ")).findFirst().orElseThrow().substring(8);
        assertThat(clients.authenticate(key, secret)).isPresent();
        assertThat(jdbc.queryForObject("SELECT secret_hash FROM lrs_client WHERE api_key = ?", String.class, key))
                .doesNotContain(secret).startsWith("$2");
        _click(_get(Button.class, s -> s.withText("Close")));
        assertThat(_find(Grid.class).getFirst().getGenericDataView().getItems().count()).isPositive();
        clients.revoke(clients.findByKey(key).orElseThrow().id());
        assertThat(clients.authenticate(key, secret)).isEmpty();

        enter(_get(TextField.class, s -> s.withId("lrs-target-name")), "Data team LRS");
        enter(_get(TextField.class, s -> s.withLabel("Endpoint")), "https://lrs.example.org/xapi");
        enter(_get(TextField.class, s -> s.withLabel("User name")), "academy");
        enter(_get(PasswordField.class, s -> s.withLabel("Password")), "s3cret-value");
        _click(_get(Button.class, s -> s.withText("Add target")));
        assertThat(forwarding.list()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("Data team LRS");
            assertThat(t.endpoint()).isEqualTo("https://lrs.example.org/xapi/");
        });
        assertThat(_get(PasswordField.class, s -> s.withLabel("Password")).getValue()).isEmpty();

        // a target whose LRS refused our credentials raises an alert at the top of the page
        var added = forwarding.list().stream().filter(t -> t.name().equals("Data team LRS")).findFirst().orElseThrow();
        // (other tests may leave refused targets behind in the shared test database: look at this one)
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withId("lrs-auth-alert")))
                .allSatisfy(d -> assertThat(d.getText()).doesNotContain("Data team LRS"));
        jdbc.update("UPDATE lrs_target SET status = 'AUTH_FAILED' WHERE id = ?", added.id());
        com.vaadin.flow.component.UI.getCurrent().navigate(LrsAdminView.class);
        var alert = _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("lrs-auth-alert"));
        assertThat(alert.isVisible()).isTrue();
        assertThat(alert.getText()).contains("Data team LRS").contains("401/403");
        forwarding.delete(added.id());
    }
}
