package org.networkacademy.xapi.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.xapi.forwarding.ForwardingService;
import org.networkacademy.xapi.forwarding.TargetStatus;
import org.networkacademy.xapi.lrs.LrsClientService;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin issues LRS credentials (secret shown once), revokes them, adds a forwarding target, edits
 * one (credentials kept when left blank, validation messages naming the field) and deletes one after
 * confirming.
 */
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

        // bad input: the fields say what is wrong (naming the field), nothing is stored, the button works again
        int targetsBefore = forwarding.list().size();
        enter(_get(TextField.class, s -> s.withLabel("Endpoint")), "not a url");
        _click(_get(Button.class, s -> s.withText("Add target")));
        var badEndpoint = _get(TextField.class, s -> s.withLabel("Endpoint"));
        assertThat(badEndpoint.isInvalid()).isTrue();
        assertThat(badEndpoint.getErrorMessage()).startsWith("Endpoint:");
        assertThat(_get(TextField.class, s -> s.withId("lrs-target-name")).getErrorMessage()).startsWith("Name:");
        assertThat(forwarding.list()).hasSize(targetsBefore);
        assertThat(_get(Button.class, s -> s.withText("Add target")).isEnabled()).isTrue();

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

    @Test
    void adminEditsATargetKeepingItsCredentialsAndDeletesItAfterConfirming() {
        var admin = accounts.create(new Registration("LRS Editor", "lrs-editor-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "Network Academy", "CH"), Set.of(Role.TRAINEE, Role.ADMIN));
        login(admin);
        String name = "Edit me " + UUID.randomUUID().toString().substring(0, 8);
        var target = forwarding.add(name, "https://old.example.org/xapi/", "1.0.3", "academy", "keep-this-secret", 50);
        forwarding.pause(target.id()); // nothing to send to example.org from a test
        String storedSecret = jdbc.queryForObject("SELECT password_enc FROM lrs_target WHERE id = ?", String.class, target.id());
        UI.getCurrent().navigate("admin/lrs");

        clickInRow(target.id(), "Edit");
        var editor = _get(LrsTargetEditor.class);
        assertThat(_get(TextField.class, s -> s.withId("lrs-edit-name")).getValue()).isEqualTo(name);
        assertThat(_get(TextField.class, s -> s.withId("lrs-edit-endpoint")).getValue()).isEqualTo("https://old.example.org/xapi/");
        assertThat(_get(TextField.class, s -> s.withId("lrs-edit-username")).getValue()).isEqualTo("academy");
        assertThat(_get(IntegerField.class, s -> s.withId("lrs-edit-batch")).getValue()).isEqualTo(50);
        assertThat(_get(PasswordField.class, s -> s.withId("lrs-edit-password")).getValue()).as("never shown").isEmpty();

        // a bad URL and a bad batch size: messages name the field, nothing is stored, the dialog stays open
        var endpoint = _get(TextField.class, s -> s.withId("lrs-edit-endpoint"));
        var batch = _get(IntegerField.class, s -> s.withId("lrs-edit-batch"));
        enter(endpoint, "not a url");
        enter(batch, 0);
        _click(_get(Button.class, s -> s.withId("lrs-edit-save")));
        assertThat(endpoint.isInvalid()).isTrue();
        assertThat(endpoint.getErrorMessage()).startsWith("Endpoint:");
        assertThat(batch.isInvalid()).isTrue();
        assertThat(batch.getErrorMessage()).startsWith("Batch size:");
        assertThat(forwarding.find(target.id()).orElseThrow().endpoint()).isEqualTo("https://old.example.org/xapi/");
        assertThat(editor.isOpened()).isTrue();

        // a new endpoint and batch size, the password left blank: the stored credentials are kept
        enter(endpoint, "https://new.example.org/lrs");
        enter(batch, 120);
        _click(_get(Button.class, s -> s.withId("lrs-edit-save")));
        assertThat(editor.isOpened()).isFalse();
        var stored = forwarding.find(target.id()).orElseThrow();
        assertThat(stored.endpoint()).isEqualTo("https://new.example.org/lrs/");
        assertThat(stored.batchSize()).isEqualTo(120);
        assertThat(stored.name()).isEqualTo(name);
        assertThat(stored.username()).isEqualTo("academy");
        assertThat(stored.xapiVersion()).isEqualTo("1.0.3");
        assertThat(stored.status()).isEqualTo(org.networkacademy.xapi.forwarding.LrsTarget.Status.PAUSED);
        assertThat(jdbc.queryForObject("SELECT password_enc FROM lrs_target WHERE id = ?", String.class, target.id()))
                .as("credentials kept").isEqualTo(storedSecret);

        // delete asks first; cancelling keeps the target, confirming deletes it
        clickInRow(target.id(), "Delete");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(forwarding.find(target.id())).isPresent();
        clickInRow(target.id(), "Delete");
        var confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).contains(name);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(forwarding.find(target.id())).isEmpty();
    }

    /** Clicks the button with this text in the actions cell of the target's row. */
    @SuppressWarnings("unchecked")
    private static void clickInRow(long targetId, String text) {
        Grid<TargetStatus> targets = (Grid<TargetStatus>) _find(Grid.class).stream()
                .filter(g -> g.getColumnByKey("actions") != null).findFirst().orElseThrow();
        var rows = targets.getGenericDataView().getItems().toList();
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).target().id() == targetId)
                .findFirst().orElseThrow();
        var cell = GridKt._getCellComponent(targets, row, "actions");
        _click(_get(cell, Button.class, s -> s.withText(text)));
    }
}
