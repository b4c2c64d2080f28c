package org.networkacademy.xapi.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
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

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin issues LRS credentials (secret shown once), revokes them, adds a forwarding target, edits
 * one (credentials kept when left blank, validation messages naming the field and, for texts longer than
 * their column, the maximum) and deletes one after confirming; reads and replays dead letters, backfills
 * after a confirmation; a double click does one thing.
 */
class LrsAdminViewTest extends AbstractAppTest {

    @Autowired
    LrsClientService clients;
    @Autowired
    ForwardingService forwarding;
    @Autowired
    org.networkacademy.xapi.forwarding.ForwardingProperties forwardingProperties;
    @Autowired
    java.time.Clock clock;

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
        // after issuing, the form is clear and the button waits for a new name rather than answering a second click
        // with "Give a name and at least one scope." (browser trial finding)
        var name = _get(TextField.class, s -> s.withId("lrs-client-name"));
        var issue = _get(Button.class, s -> s.withId("lrs-client-issue"));
        assertThat(name.getValue()).isEmpty();
        assertThat(name.isInvalid()).isFalse();
        assertThat(issue.isEnabled()).isFalse();
        enter(name, "Second client");
        assertThat(issue.isEnabled()).isTrue();
        enter(name, " ");
        assertThat(issue.isEnabled()).isFalse();
        clients.revoke(clients.findByKey(key).orElseThrow().id());
        assertThat(clients.authenticate(key, secret)).isEmpty();

        // bad input: the fields say what is wrong (naming the field), nothing is stored, the button works again
        int targetsBefore = forwarding.list().size();
        enter(_get(TextField.class, s -> s.withLabel("Endpoint")), "not a url");
        _click(_get(Button.class, s -> s.withText("Add target")));
        var badEndpoint = _get(TextField.class, s -> s.withLabel("Endpoint"));
        assertThat(badEndpoint.isInvalid()).isTrue();
        assertThat(badEndpoint.getErrorMessage()).isEqualTo("Enter an http(s) URL such as https://lrs.example.org/xapi/.");
        assertThat(_get(TextField.class, s -> s.withId("lrs-target-name")).getErrorMessage()).isEqualTo("Give the target a name.");
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

    /** Revoking is irreversible: it asks first, naming the client; cancelling keeps it active, confirming revokes it and says so. */
    @Test
    void revokingAClientAsksFirstNamingIt() {
        login(admin("revoke"));
        String name = "Revoke me " + UUID.randomUUID().toString().substring(0, 8);
        var issued = clients.issue(name, Set.of("statements/write"));
        try {
            UI.getCurrent().navigate("admin/lrs");
            _click(revokeInRow(issued.client().id()));
            var confirm = _get(ConfirmDialog.class, s -> s.withId("lrs-revoke-confirm"));
            assertThat(confirm.getElement().getProperty("header")).isEqualTo("Revoke client " + name + "?");
            assertThat(confirm.getElement().getProperty("message")).contains(issued.client().key()).contains("cannot be undone");
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(confirm);
            assertThat(clients.findByKey(issued.client().key()).orElseThrow().active()).as("cancelled: still active").isTrue();
            assertThat(clients.authenticate(issued.client().key(), issued.secret())).isPresent();
            assertThat(revokeInRow(issued.client().id()).isEnabled()).as("the button works again").isTrue();

            _click(revokeInRow(issued.client().id()));
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("lrs-revoke-confirm")));
            assertThat(clients.findByKey(issued.client().key()).orElseThrow().active()).isFalse();
            assertThat(clients.authenticate(issued.client().key(), issued.secret())).isEmpty();
            com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Client " + name + " revoked.");
            assertThat(revokeInRow(issued.client().id()).isEnabled()).as("nothing left to revoke").isFalse();
        } finally {
            jdbc.update("DELETE FROM lrs_client WHERE id = ?", issued.client().id());
        }
    }

    /** Trial: revoking from an out-of-date tab a client already revoked elsewhere said "Client … revoked." again. */
    @Test
    void revokingAnAlreadyRevokedClientSaysSo() {
        login(admin("stale-revoke"));
        String name = "Stale " + UUID.randomUUID().toString().substring(0, 8);
        var issued = clients.issue(name, Set.of("statements/write"));
        try {
            UI.getCurrent().navigate("admin/lrs");
            _click(revokeInRow(issued.client().id()));
            assertThat(clients.revoke(issued.client().id())).as("revoked meanwhile, in another tab").isTrue();
            var revokedAt = jdbc.queryForObject("SELECT revoked_at FROM lrs_client WHERE id = ?", java.sql.Timestamp.class, issued.client().id());
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, s -> s.withId("lrs-revoke-confirm")));
            com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Client " + name + " was already revoked.");
            assertThat(clients.revoke(issued.client().id())).isFalse();
            assertThat(jdbc.queryForObject("SELECT revoked_at FROM lrs_client WHERE id = ?", java.sql.Timestamp.class, issued.client().id()))
                    .as("the first revocation's time is kept").isEqualTo(revokedAt);
            assertThat(revokeInRow(issued.client().id()).isEnabled()).isFalse();
        } finally {
            jdbc.update("DELETE FROM lrs_client WHERE id = ?", issued.client().id());
        }
    }

    /** Trial: in Arabic the example URL's trailing "/." jumped to its left; a left-to-right mark keeps the slash with the URL. */
    @Test
    void arabicEndpointErrorKeepsTheUrlsSlashWithIt() {
        var i18n = com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator().getI18NProvider();
        assertThat(i18n.getTranslation("lrs.target.error.endpoint", java.util.Locale.forLanguageTag("ar")))
                .endsWith("https://lrs.example.org/xapi/\u200E.");
    }

    /**
     * Trial: on a phone (390 px) the grids showed a few characters of each column and Revoke off-screen. Narrow, each
     * grid shows one summary cell (name, status, the rest as short lines) beside its buttons; at 1280 px its columns.
     */
    @Test
    void onAPhoneEachGridShowsASummaryCellBesideItsButtons() {
        login(admin("phone"));
        String name = "Phone " + UUID.randomUUID().toString().substring(0, 8);
        var issued = clients.issue(name, Set.of("statements/write"));
        var target = pausedTarget("Phone");
        jdbc.update("UPDATE lrs_target SET last_error = 'HTTP 503' WHERE id = ?", target.id());
        try {
            UI.getCurrent().navigate("admin/lrs");
            var view = _get(LrsAdminView.class);
            @SuppressWarnings("unchecked")
            Grid<org.networkacademy.xapi.lrs.LrsClient> clientGrid = (Grid<org.networkacademy.xapi.lrs.LrsClient>) _find(Grid.class).stream()
                    .filter(g -> g.getColumnByKey("revoke") != null).findFirst().orElseThrow();
            view.fitTo(390);
            assertThat(visibleKeys(clientGrid)).containsExactly("summary", "revoke");
            assertThat(visibleKeys(targetGrid())).containsExactly("summary", "actions");
            var rows = clientGrid.getGenericDataView().getItems().toList();
            int clientRow = rows.indexOf(rows.stream().filter(c -> c.id() == issued.client().id()).findFirst().orElseThrow());
            var clientCell = GridKt._getCellComponent(clientGrid, clientRow, "summary");
            assertThat(_find(clientCell, Span.class).stream().map(Span::getText))
                    .contains(name, issued.client().key(), "active", "statements/write");
            assertThat(revokeInRow(issued.client().id()).isEnabled()).isTrue();
            var targetRows = targetGrid().getGenericDataView().getItems().toList();
            var targetCell = GridKt._getCellComponent(targetGrid(), targetRows.indexOf(row(target.id())), "summary");
            assertThat(_find(targetCell, Span.class).stream().map(Span::getText))
                    .contains(target.name(), target.endpoint(), "paused", "HTTP 503")
                    .anySatisfy(t -> assertThat(t).contains("Pending: 0").contains("Lag: 0\u00A0s"));

            view.fitTo(1280);
            assertThat(visibleKeys(clientGrid)).containsExactly("key", "name", "scopes", "status", "revoke");
            assertThat(visibleKeys(targetGrid()))
                    .containsExactly("name", "endpoint", "status", "pending", "sent", "dead", "lag", "error", "actions");
        } finally {
            jdbc.update("DELETE FROM lrs_client WHERE id = ?", issued.client().id());
            forwarding.delete(target.id());
        }
    }

    private static List<String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    /** Trial: in Arabic, Latin names and keys were cut at their start ("…t tool A"); each keeps its own direction. */
    @Test
    void clientCellTextsKeepTheirOwnDirection() {
        login(admin("dir"));
        var issued = clients.issue("Assessment tool A", Set.of("statements/read"));
        try {
            UI.getCurrent().navigate("admin/lrs");
            @SuppressWarnings("unchecked")
            Grid<org.networkacademy.xapi.lrs.LrsClient> clientGrid = (Grid<org.networkacademy.xapi.lrs.LrsClient>) _find(Grid.class).stream()
                    .filter(g -> g.getColumnByKey("revoke") != null).findFirst().orElseThrow();
            var rows = clientGrid.getGenericDataView().getItems().toList();
            int row = rows.indexOf(rows.stream().filter(c -> c.id() == issued.client().id()).findFirst().orElseThrow());
            for (String key : List.of("key", "name", "scopes")) {
                var cell = (Span) GridKt._getCellComponent(clientGrid, row, key);
                assertThat(cell.getElement().getAttribute("dir")).as(key).isEqualTo("auto");
                assertThat(cell.getClassNames()).as(key).contains(LrsAdminView.CELL_TEXT);
            }
            assertThat(((Span) GridKt._getCellComponent(clientGrid, row, "name")).getText()).isEqualTo("Assessment tool A");
        } finally {
            jdbc.update("DELETE FROM lrs_client WHERE id = ?", issued.client().id());
        }
    }

    /** Trial: a batch size of 99999 also flagged the catch-up size (two errors for one mistake). */
    @Test
    void anInvalidBatchSizeDoesNotAlsoFlagTheCatchUpSize() {
        login(admin("batch-99999"));
        UI.getCurrent().navigate("admin/lrs");
        var batch = _get(IntegerField.class, s -> s.withLabel("Batch size"));
        var catchUp = _get(IntegerField.class, s -> s.withId("lrs-target-catch-up"));
        enter(batch, 99999);
        _click(_get(Button.class, s -> s.withText("Add target")));
        assertThat(batch.isInvalid()).isTrue();
        assertThat(catchUp.isInvalid()).as("catch-up %s is checked against a valid batch size only", catchUp.getValue()).isFalse();
        // a valid batch size above the catch-up size flags the catch-up size
        enter(batch, 400);
        enter(catchUp, 300);
        _click(_get(Button.class, s -> s.withText("Add target")));
        assertThat(batch.isInvalid()).isFalse();
        assertThat(catchUp.isInvalid()).isTrue();
    }

    /**
     * Trial: a target could be added with a user name and no password; the admin learnt of it only when the target
     * answered 401 and was paused. The password is required in the add form (a message on the field)
     * and by the service; nothing is stored.
     */
    @Test
    void aTargetNeedsAPassword() {
        login(admin("no-password"));
        UI.getCurrent().navigate("admin/lrs");
        var password = _get(PasswordField.class, s -> s.withLabel("Password"));
        enter(_get(TextField.class, s -> s.withId("lrs-target-name")), "no password");
        enter(_get(TextField.class, s -> s.withLabel("Endpoint")), "http://127.0.0.1:9/xapi/");
        enter(_get(TextField.class, s -> s.withLabel("User name")), "u");
        _click(_get(Button.class, s -> s.withText("Add target")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Enter the Basic password the LRS gave you.");
        assertThat(forwarding.list()).noneMatch(t -> t.name().equals("no password"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> forwarding.add("no password", "http://127.0.0.1:9/xapi/", "1.0.3", "u", "", 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("password is required");
        assertThat(forwarding.list()).noneMatch(t -> t.name().equals("no password"));
    }

    /** Trial: at 1100 px a client key was cut ("47cKl7JI6VYKuL…"): a cut cell text shows its whole text on hover. */
    @Test
    void aCutCellTextHasTheWholeTextAsItsTitle() {
        var key = LrsAdminView.cellText("47cKl7JI6VYKuLq2xw");
        assertThat(key.getElement().getAttribute("title")).isEqualTo("47cKl7JI6VYKuLq2xw");
        assertThat(key.getElement().getAttribute("dir")).isEqualTo("auto");
    }

    /** The next attempt's time is in the UI language with the browser's region: en-GB reads a 24-hour clock, with seconds. */
    @Test
    void nextAttemptTimeUsesTheBrowsersRegionOfTheUiLanguage() {
        login(admin("locale"));
        UI ui = UI.getCurrent();
        ui.setLocale(java.util.Locale.ENGLISH);
        assertThat(org.networkacademy.base.ui.ClientTime.formatLocale(ui, "en-GB,en;q=0.9")).isEqualTo(java.util.Locale.UK);
        assertThat(org.networkacademy.base.ui.ClientTime.formatLocale(ui, "fr-FR,en;q=0.5")).as("no English with a region").isEqualTo(java.util.Locale.ENGLISH);
        assertThat(org.networkacademy.base.ui.ClientTime.formatLocale(ui, null)).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(org.networkacademy.base.ui.ClientTime.formatLocale(ui, ";;;")).isEqualTo(java.util.Locale.ENGLISH);
        var gb = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.MEDIUM)
                .withLocale(org.networkacademy.base.ui.ClientTime.formatLocale(ui, "en-GB")).withZone(java.time.ZoneOffset.UTC);
        assertThat(gb.format(java.time.Instant.parse("2026-11-30T14:05:07Z"))).isEqualTo("30 Nov 2026, 14:05:07");
    }

    /**
     * Tester: Issue credentials was disabled with no reason given. A hint next to it names what is missing, the field
     * at fault says so too; nothing is issued with a blank name or no scope, by the service either.
     */
    @Test
    void issueSaysWhatIsMissingAndNothingIsIssuedWithoutNameOrScope() {
        login(admin("missing"));
        UI.getCurrent().navigate("admin/lrs");
        var name = _get(TextField.class, s -> s.withId("lrs-client-name"));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> scopes = _get(CheckboxGroup.class, s -> s.withLabel("Scopes"));
        var issue = _get(Button.class, s -> s.withId("lrs-client-issue"));
        var missing = _get(Span.class, s -> s.withId("lrs-client-missing"));
        assertThat(issue.getElement().getAttribute("aria-describedby")).isEqualTo("lrs-client-missing");

        // a fresh form: no name yet, the hint says so; the empty field is not flagged before anything was typed
        assertThat(issue.isEnabled()).isFalse();
        assertThat(missing.isVisible()).isTrue();
        assertThat(missing.getText()).isEqualTo("To issue credentials, give the client a name.");
        assertThat(name.isInvalid()).isFalse();

        enter(name, "Dashboard");
        assertThat(issue.isEnabled()).isTrue();
        assertThat(missing.isVisible()).isFalse();

        // no scope ticked: the hint and the scopes say so
        enter(scopes, Set.of());
        assertThat(issue.isEnabled()).isFalse();
        assertThat(missing.getText()).isEqualTo("To issue credentials, tick at least one scope.");
        assertThat(scopes.isInvalid()).isTrue();
        assertThat(scopes.getErrorMessage()).isEqualTo("Tick at least one scope.");

        // a name of blanks once one was typed: the field is flagged too
        enter(name, "   ");
        assertThat(issue.isEnabled()).isFalse();
        assertThat(missing.getText()).isEqualTo("To issue credentials, give the client a name and tick at least one scope.");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the client a name.");

        enter(scopes, Set.of("statements/read"));
        enter(name, "Dashboard");
        assertThat(List.of(name.isInvalid(), scopes.isInvalid(), missing.isVisible())).containsOnly(false);
        assertThat(issue.isEnabled()).isTrue();

        // the service refuses them too: nothing is stored
        int before = clients.list().size();
        for (String blank : List.of("", "   ", "\t")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> clients.issue(blank, Set.of("statements/write")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clients.issue("No scope", Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scopes");
        assertThat(clients.list()).hasSize(before);
    }

    /**
     * Tester: field errors repeated the field's label ("Batch size" above "Batch size: enter a whole number…"). Shown
     * under their field, they say only what to enter, in every language.
     */
    @Test
    void fieldErrorsDoNotRepeatTheFieldLabel() throws java.io.IOException {
        login(admin("labels"));
        UI.getCurrent().navigate("admin/lrs");
        enter(_get(TextField.class, s -> s.withLabel("Endpoint")), "not a url");
        enter(_get(IntegerField.class, s -> s.withLabel("Batch size")), 0);
        enter(_get(IntegerField.class, s -> s.withId("lrs-target-catch-up")), 5000);
        _click(_get(Button.class, s -> s.withText("Add target")));
        List<com.vaadin.flow.component.textfield.TextFieldBase<?, ?>> fields = List.of(
                _get(TextField.class, s -> s.withId("lrs-target-name")), _get(TextField.class, s -> s.withLabel("Endpoint")),
                _get(TextField.class, s -> s.withLabel("User name")), _get(IntegerField.class, s -> s.withLabel("Batch size")),
                _get(IntegerField.class, s -> s.withId("lrs-target-catch-up")));
        assertThat(fields).allSatisfy(f -> {
            assertThat(f.isInvalid()).as(f.getLabel()).isTrue();
            assertThat(f.getErrorMessage()).as(f.getLabel()).doesNotContain(f.getLabel() + ":").matches("[A-Z].*\\.");
        });

        // every language: no field error starts with its field's label
        var labels = java.util.Map.of("name", "lrs.target.name", "endpoint", "lrs.target.endpoint", "version", "lrs.target.version",
                "username", "lrs.target.username", "batch", "lrs.target.batch", "catch-up", "lrs.target.catch-up");
        for (String bundle : List.of("", "_fr", "_es", "_ar")) {
            var texts = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations" + bundle + ".properties")) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            labels.forEach((error, label) -> assertThat(texts.getProperty("lrs.target.error." + error)).as(bundle + " " + error)
                    .doesNotStartWith(texts.getProperty(label)));
            assertThat(texts.getProperty("lrs.target.error.too-long")).as(bundle).doesNotStartWith("{0}").contains("{0,number,integer}");
        }
    }

    /** Trial: only Edit had the catch-up batch size. Add has it too, with Edit's default, limits and message. */
    @Test
    void theAddFormHasTheCatchUpBatchSizeWithTheDefaultAndCheckOfEdit() {
        login(admin("catchup"));
        UI.getCurrent().navigate("admin/lrs");
        var catchUp = _get(IntegerField.class, s -> s.withId("lrs-target-catch-up"));
        assertThat(catchUp.getLabel()).isEqualTo("Catch-up batch size");
        assertThat(catchUp.getValue()).as("the default of a target added without one").isEqualTo(ForwardingService.defaultCatchUp(50));
        // the default follows a new batch size (250 → 300), a value the admin chose does not
        var batch = _get(IntegerField.class, s -> s.withLabel("Batch size"));
        enter(batch, 300);
        assertThat(catchUp.getValue()).isEqualTo(300);
        enter(batch, 50);
        assertThat(catchUp.getValue()).isEqualTo(250);

        String name = "Catch-up " + UUID.randomUUID().toString().substring(0, 8);
        enter(_get(TextField.class, s -> s.withId("lrs-target-name")), name);
        enter(_get(TextField.class, s -> s.withLabel("Endpoint")), "https://lrs.example.org/xapi/");
        enter(_get(TextField.class, s -> s.withLabel("User name")), "academy");
        enter(_get(PasswordField.class, s -> s.withLabel("Password")), "secret");
        int targetsBefore = forwarding.list().size();
        enter(catchUp, 40); // below the batch size
        _click(_get(Button.class, s -> s.withText("Add target")));
        assertThat(catchUp.isInvalid()).isTrue();
        assertThat(catchUp.getErrorMessage()).isEqualTo("Enter a whole number from the batch size to 1000.");
        assertThat(forwarding.list()).hasSize(targetsBefore);
        enter(catchUp, 1001);
        _click(_get(Button.class, s -> s.withText("Add target")));
        assertThat(catchUp.isInvalid()).isTrue();
        assertThat(forwarding.list()).hasSize(targetsBefore);

        enter(catchUp, 600);
        _click(_get(Button.class, s -> s.withText("Add target")));
        var added = forwarding.list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        try {
            assertThat(added.catchUpBatchSize()).isEqualTo(600);
            assertThat(catchUp.getValue()).as("the form is ready for the next target").isEqualTo(250);
        } finally {
            forwarding.delete(added.id());
        }
    }

    /** Trial: the page was only reachable by its address. */
    @Test
    void theAdminMenuLeadsToThePage() {
        login(admin("menu"));
        UI.getCurrent().navigate("");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class))
                .filteredOn(i -> "LRS and forwarding".equals(i.getLabel()))
                .singleElement().satisfies(i -> assertThat(i.getPath()).isEqualTo("admin/lrs"));
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
        assertThat(_get(IntegerField.class, s -> s.withId("lrs-edit-catch-up")).getValue()).as("the default").isEqualTo(250);
        assertThat(_get(PasswordField.class, s -> s.withId("lrs-edit-password")).getValue()).as("never shown").isEmpty();

        // a bad URL and a bad batch size: messages under the fields, nothing is stored, the dialog stays open
        var endpoint = _get(TextField.class, s -> s.withId("lrs-edit-endpoint"));
        var batch = _get(IntegerField.class, s -> s.withId("lrs-edit-batch"));
        var catchUp = _get(IntegerField.class, s -> s.withId("lrs-edit-catch-up"));
        enter(endpoint, "not a url");
        enter(batch, 0);
        enter(catchUp, 5000);
        _click(_get(Button.class, s -> s.withId("lrs-edit-save")));
        assertThat(endpoint.isInvalid()).isTrue();
        assertThat(endpoint.getErrorMessage()).isEqualTo("Enter an http(s) URL such as https://lrs.example.org/xapi/.");
        assertThat(batch.isInvalid()).isTrue();
        assertThat(batch.getErrorMessage()).isEqualTo("Enter a whole number from 1 to 500.");
        assertThat(catchUp.isInvalid()).isTrue();
        assertThat(catchUp.getErrorMessage()).isEqualTo("Enter a whole number from the batch size to 1000.");
        // a catch-up size below the batch size is refused too
        enter(batch, 120);
        enter(catchUp, 100);
        _click(_get(Button.class, s -> s.withId("lrs-edit-save")));
        assertThat(catchUp.isInvalid()).isTrue();
        assertThat(editor.isOpened()).isTrue();
        assertThat(forwarding.find(target.id()).orElseThrow().endpoint()).isEqualTo("https://old.example.org/xapi/");
        assertThat(editor.isOpened()).isTrue();

        // a new endpoint and batch size, the password left blank: the stored credentials are kept
        enter(endpoint, "https://new.example.org/lrs");
        enter(batch, 120);
        enter(catchUp, 800);
        _click(_get(Button.class, s -> s.withId("lrs-edit-save")));
        assertThat(editor.isOpened()).isFalse();
        var stored = forwarding.find(target.id()).orElseThrow();
        assertThat(stored.endpoint()).isEqualTo("https://new.example.org/lrs/");
        assertThat(stored.batchSize()).isEqualTo(120);
        assertThat(stored.catchUpBatchSize()).isEqualTo(800);
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

    /**
     * A long endpoint and a long last error stay readable: the endpoint wraps anywhere (a URL), the error between
     * words, at most three lines on screen with its whole text in the cell (screen readers) and in its own tooltip.
     * The last error takes the room the short columns leave (flex-grow); no column has a grid tooltip, which
     * closed the action buttons' tooltips.
     */
    @Test
    @SuppressWarnings("unchecked")
    void longEndpointAndErrorStayReadable() {
        var admin = accounts.create(new Registration("LRS Reader", "lrs-reader-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "Network Academy", "CH"), Set.of(Role.TRAINEE, Role.ADMIN));
        login(admin);
        String endpoint = "https://learning-record-store.regional-trade-support-network.example.org/tenants/"
                + UUID.randomUUID() + "/xapi/";
        var target = forwarding.add("Long " + UUID.randomUUID().toString().substring(0, 8), endpoint, "1.0.3", "academy", "secret", 50);
        forwarding.pause(target.id()); // nothing to send to example.org from a test
        String error = "HTTP 502 from upstream: <html><body>Bad gateway: the proxy could not reach "
                + "learning-record-store.regional-trade-support-network.example.org:443 (connection reset by peer)</body></html>";
        jdbc.update("UPDATE lrs_target SET last_error = ? WHERE id = ?", error, target.id());
        try {
            UI.getCurrent().navigate("admin/lrs");
            Grid<TargetStatus> targets = (Grid<TargetStatus>) _find(Grid.class).stream()
                    .filter(g -> g.getColumnByKey("actions") != null).findFirst().orElseThrow();
            assertThat(targets.getThemeNames()).contains("wrap-cell-content");
            var row = targets.getGenericDataView().getItems().filter(t -> t.target().id() == target.id()).findFirst().orElseThrow();
            var endpointColumn = targets.getColumnByKey("endpoint");
            var errorColumn = targets.getColumnByKey("error");
            for (var column : targets.getColumns()) {
                assertThat(column.getTooltipGenerator().apply(row)).as("grid tooltip on %s", column.getKey()).isNull();
            }
            assertThat(targets.getElement().getChildren().map(com.vaadin.flow.dom.Element::getTag))
                    .as("the grid has no tooltip of its own").doesNotContain("vaadin-tooltip");
            assertThat(endpointColumn.getPartNameGenerator().apply(row)).contains(LrsAdminView.BREAK_ANYWHERE);
            assertThat(errorColumn.getPartNameGenerator().apply(row)).isEqualTo(LrsAdminView.WRAP_WORDS);
            assertThat(targets.getColumnByKey("name").getPartNameGenerator().apply(row)).isEqualTo(LrsAdminView.WRAP_WORDS);
            assertThat(GridKt._getFormatted(endpointColumn, row)).isEqualTo(endpoint);
            var errorCell = (com.vaadin.flow.component.html.Span) GridKt._getCellComponent(targets,
                    targets.getGenericDataView().getItems().toList().indexOf(row), "error");
            assertThat(errorCell.getText()).isEqualTo(error);
            assertThat(errorCell.getClassNames()).contains(LrsAdminView.ERROR_TEXT);
            assertThat(errorCell.getElement().getAttribute("dir")).as("a Latin error in Arabic is clamped at its end").isEqualTo("auto");
            assertThat(errorCell.getElement().getAttribute("tabindex")).as("keyboard users reach its tooltip").isEqualTo("0");
            assertThat(com.vaadin.flow.component.shared.Tooltip.forComponent(errorCell).getText()).isEqualTo(error);
            // the error takes the room left by the others; the short figures only what they need
            assertThat(errorColumn.getFlexGrow()).isGreaterThan(endpointColumn.getFlexGrow());
            assertThat(errorColumn.getWidth()).isNotBlank();
            for (String key : List.of("status", "lag", "actions")) {
                assertThat(targets.getColumnByKey(key).getFlexGrow()).as(key).isZero();
            }
        } finally {
            forwarding.delete(target.id());
        }
    }

    /** Longer than its column: refused by the service (naming the field and the maximum) and by the form and the dialog. */
    @Test
    void tooLongNameEndpointAndUserNameAreRefusedNamingTheFieldAndTheMaximum() {
        String longName = "n".repeat(ForwardingService.MAX_NAME_LENGTH + 1);
        String longEndpoint = "https://lrs.example.org/" + "p".repeat(ForwardingService.MAX_ENDPOINT_LENGTH);
        String longUser = "u".repeat(ForwardingService.MAX_USERNAME_LENGTH + 1);
        login(admin("long"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> forwarding.add(longName, "https://lrs.example.org/xapi/", "1.0.3", "a", "s", 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name").hasMessageContaining("200");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> forwarding.add("n", longEndpoint, "1.0.3", "a", "s", 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint").hasMessageContaining("1000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> forwarding.add("n", "https://lrs.example.org/xapi/", "1.0.3", longUser, "s", 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username").hasMessageContaining("200");

        UI.getCurrent().navigate("admin/lrs");
        int targetsBefore = forwarding.list().size();
        var name = _get(TextField.class, s -> s.withId("lrs-target-name"));
        var endpoint = _get(TextField.class, s -> s.withLabel("Endpoint"));
        var user = _get(TextField.class, s -> s.withLabel("User name"));
        assertThat(name.getMaxLength()).as("no browser maxlength: it would cut a pasted name silently").isZero();
        enter(name, longName);
        enter(endpoint, longEndpoint);
        enter(user, longUser);
        assertThat(name.getValue()).as("kept as entered").hasSize(201);
        assertThat(name.isInvalid()).as("flagged as soon as it is entered").isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter at most 200 characters.");
        enter(_get(PasswordField.class, s -> s.withLabel("Password")), "secret");
        _click(_get(Button.class, s -> s.withText("Add target")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter at most 200 characters.");
        assertThat(endpoint.isInvalid()).isTrue();
        assertThat(endpoint.getErrorMessage()).isEqualTo("Enter at most 1,000 characters.");
        assertThat(user.isInvalid()).isTrue();
        assertThat(user.getErrorMessage()).isEqualTo("Enter at most 200 characters.");
        assertThat(forwarding.list()).hasSize(targetsBefore);

        var target = pausedTarget("Short");
        try {
            UI.getCurrent().navigate("admin/lrs");
            clickInRow(target.id(), "Edit");
            var editor = _get(LrsTargetEditor.class);
            var editName = _get(TextField.class, s -> s.withId("lrs-edit-name"));
            var editEndpoint = _get(TextField.class, s -> s.withId("lrs-edit-endpoint"));
            var editUser = _get(TextField.class, s -> s.withId("lrs-edit-username"));
            enter(editName, longName);
            enter(editEndpoint, longEndpoint);
            enter(editUser, longUser);
            _click(_get(Button.class, s -> s.withId("lrs-edit-save")));
            assertThat(editor.isOpened()).isTrue();
            assertThat(editName.getErrorMessage()).isEqualTo("Enter at most 200 characters.");
            assertThat(editEndpoint.getErrorMessage()).isEqualTo("Enter at most 1,000 characters.");
            assertThat(editUser.getErrorMessage()).isEqualTo("Enter at most 200 characters.");
            assertThat(forwarding.find(target.id()).orElseThrow().name()).isEqualTo(target.name());
        } finally {
            forwarding.delete(target.id());
        }
    }

    /** Every action of a row is a small icon button with a tooltip and an aria-label, in a column frozen to the end. */
    @Test
    void actionsAreCompactIconButtonsInAColumnFrozenToTheEnd() {
        login(admin("actions"));
        var target = pausedTarget("Actions");
        try {
            UI.getCurrent().navigate("admin/lrs");
            var column = targetGrid().getColumnByKey("actions");
            assertThat(column.isFrozenToEnd()).isTrue();
            for (String label : List.of("Edit", "Resume", "Backfill", "Show dead letters", "Replay dead letters", "Delete")) {
                var b = actionInRow(target.id(), label);
                assertThat(b.getText()).as(label).isEmpty();
                assertThat(b.getIcon()).as(label).isNotNull();
                assertThat(b.getTooltip().getText()).isEqualTo(label);
                assertThat(b.isDisableOnClick()).as(label).isTrue();
            }
            assertThat(actionInRow(target.id(), "Show dead letters").isEnabled()).as("no dead letters").isFalse();
            // a disabled button keeps its tooltip (hoverable and focusable, still not clickable): the feature flag is on
            assertThat(com.vaadin.experimental.FeatureFlags.get(com.vaadin.flow.server.VaadinService.getCurrent().getContext())
                    .isEnabled(com.vaadin.experimental.CoreFeatureFlagProvider.ACCESSIBLE_DISABLED_BUTTONS)).isTrue();
            assertThat(column.getWidth()).isEqualTo(LrsAdminView.ACTIONS_WIDTH);
        } finally {
            forwarding.delete(target.id());
        }
    }

    /** A double click does one thing: the button is disabled by the first click (the second is dropped). */
    @Test
    void aDoubleClickPausesOnceAndOpensOneConfirmDialog() {
        login(admin("double"));
        var target = forwarding.add("Double " + UUID.randomUUID().toString().substring(0, 8), "https://lrs.example.org/xapi/",
                "1.0.3", "academy", "secret", 50);
        try {
            UI.getCurrent().navigate("admin/lrs");
            var pause = actionInRow(target.id(), "Pause");
            _click(pause);
            assertThat(pause.isEnabled()).as("disabled by its click").isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> _click(pause)).as("the second click is refused")
                    .isInstanceOf(IllegalStateException.class);
            assertThat(forwarding.find(target.id()).orElseThrow().status()).isEqualTo(org.networkacademy.xapi.forwarding.LrsTarget.Status.PAUSED);
            assertThat(actionInRow(target.id(), "Resume").isEnabled()).as("the refreshed row works again").isTrue();

            var delete = actionInRow(target.id(), "Delete");
            _click(delete);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> _click(delete)).isInstanceOf(IllegalStateException.class);
            assertThat(_find(ConfirmDialog.class)).hasSize(1);
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
            assertThat(delete.isEnabled()).as("enabled again after cancelling").isTrue();
            assertThat(forwarding.find(target.id())).isPresent();
        } finally {
            forwarding.delete(target.id());
        }
    }

    /**
     * Dead letters are listed with the target's whole answer (wrapped) and the time as in every table, ISO in UTC
     * ("2026-11-29 16:05 UTC", not "Nov 29, 2026, 5:05 PM"); Replay is there too.
     */
    @Test
    void deadLettersAreListedAndReplayedFromTheirDialog() {
        login(admin("dead"));
        var target = pausedTarget("Dead");
        String answer = "{\"error\":\"statement refused\",\"detail\":\"" + "x".repeat(300) + "\"}";
        String statementId = deadLetter(target.id(), 400, answer);
        try {
            UI.getCurrent().navigate("admin/lrs");
            var show = actionInRow(target.id(), "Show dead letters");
            assertThat(show.isEnabled()).isTrue();
            _click(show);
            var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class, s -> s.withId("lrs-dead-letters"));
            assertThat(dialog.getHeaderTitle()).contains(target.name());
            @SuppressWarnings("unchecked")
            Grid<ForwardingService.DeadLetter> letters = _get(dialog, Grid.class);
            assertThat(letters.getThemeNames()).contains("wrap-cell-content");
            var letter = letters.getGenericDataView().getItems().findFirst().orElseThrow();
            assertThat(GridKt._getFormatted(letters.getColumnByKey("statement"), letter)).isEqualTo(statementId);
            assertThat(GridKt._getFormatted(letters.getColumnByKey("status"), letter)).isEqualTo("400");
            assertThat(GridKt._getFormatted(letters.getColumnByKey("response"), letter)).isEqualTo(answer);
            assertThat(letters.getColumnByKey("response").getPartNameGenerator().apply(letter)).isEqualTo(LrsAdminView.BREAK_ANYWHERE);
            assertThat(GridKt._getFormatted(letters.getColumnByKey("failed"), letter))
                    .isEqualTo("2026-11-29 16:05 UTC");

            com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
            _click(_get(Button.class, s -> s.withId("lrs-dead-letters-replay")));
            assertThat(dialog.isOpened()).isFalse();
            com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("1 statement queued again.");
            assertThat(forwarding.deadLetters(target.id())).isEmpty();
            assertThat(forwarding.status(target.id()).pending()).isEqualTo(1);
        } finally {
            forwarding.delete(target.id());
            deleteStatement(statementId);
        }
    }

    /** Backfill says how many statements it will queue and queues nothing when cancelled. */
    @Test
    void backfillAsksFirstSayingHowManyStatements() {
        login(admin("backfill"));
        var target = pausedTarget("Backfill");
        String statementId = deadLetter(target.id(), 400, "refused"); // at least one stored statement
        jdbc.update("DELETE FROM lrs_dead_letter WHERE target_id = ?", target.id());
        try {
            long stored = jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement", Long.class);
            assertThat(forwarding.backfillCount(target.id())).isEqualTo(stored);
            UI.getCurrent().navigate("admin/lrs");
            _click(actionInRow(target.id(), "Backfill"));
            var confirm = _get(ConfirmDialog.class);
            String count = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(stored);
            assertThat(confirm.getElement().getProperty("message"))
                    .startsWith(stored == 1 ? "1 stored statement will be queued" : count + " stored statements will be queued");
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(confirm);
            assertThat(forwarding.status(target.id()).pending()).as("nothing queued").isZero();

            com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
            _click(actionInRow(target.id(), "Backfill"));
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(forwarding.status(target.id()).pending()).isEqualTo(stored);
            com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                    (stored == 1 ? "1 statement" : count + " statements") + " queued.");
        } finally {
            forwarding.delete(target.id());
            deleteStatement(statementId);
        }
    }

    /** A target whose LRS refused the credentials shows an error badge with what to do. */
    @Test
    void authFailedTargetShowsAnErrorBadgeAndAHint() {
        login(admin("auth"));
        var target = pausedTarget("Refused");
        jdbc.update("UPDATE lrs_target SET status = 'AUTH_FAILED' WHERE id = ?", target.id());
        var other = pausedTarget("Paused");
        try {
            UI.getCurrent().navigate("admin/lrs");
            var statusColumn = targetGrid().getColumnByKey("status");
            var rows = targetGrid().getGenericDataView().getItems().toList();
            var refusedCell = GridKt._getCellComponent(targetGrid(), rows.indexOf(row(target.id())), "status");
            var badge = _get(refusedCell, com.vaadin.flow.component.html.Span.class, s -> s.withText("paused: the LRS refused the credentials"));
            assertThat(badge.getElement().getThemeList()).contains("badge", "error");
            assertThat(_get(refusedCell, com.vaadin.flow.component.html.Span.class, s -> s.withText("Correct the user name or password with Edit, then Resume.")))
                    .isNotNull();
            var pausedCell = GridKt._getCellComponent(targetGrid(), rows.indexOf(row(other.id())), "status");
            assertThat(pausedCell.getElement().getThemeList()).contains("badge").doesNotContain("error");
            assertThat(statusColumn).isNotNull();

            // an active target whose last attempts failed says it is retrying, not just "active"
            jdbc.update("UPDATE lrs_target SET status = 'ACTIVE', consecutive_failures = 3, last_error = 'ConnectException' WHERE id = ?",
                    other.id());
            UI.getCurrent().navigate("admin");
            UI.getCurrent().navigate("admin/lrs");
            rows = targetGrid().getGenericDataView().getItems().toList();
            var retryingCell = GridKt._getCellComponent(targetGrid(), rows.indexOf(row(other.id())), "status");
            var retryingBadge = _get(retryingCell, Span.class, s -> s.withText("retrying: the last attempt failed"));
            assertThat(retryingBadge.getElement().getThemeList()).contains("badge", "warning");
            jdbc.update("UPDATE lrs_target SET consecutive_failures = 0 WHERE id = ?", other.id());
            UI.getCurrent().navigate("admin");
            UI.getCurrent().navigate("admin/lrs");
            rows = targetGrid().getGenericDataView().getItems().toList();
            assertThat(GridKt._getCellComponent(targetGrid(), rows.indexOf(row(other.id())), "status").getElement().getText()).isEqualTo("active");
        } finally {
            forwarding.delete(target.id());
            forwarding.delete(other.id());
        }
    }

    /**
     * Tester: a retrying target never said when its next attempt is. Its status says "Next attempt in 42 s" (in
     * minutes from two minutes on, "due now" once the time has come), with the time in the user's zone in a tooltip;
     * translated with its unit, as the lag.
     */
    @Test
    void aRetryingTargetSaysWhenItsNextAttemptIs() {
        login(admin("next-attempt"));
        var target = pausedTarget("Retrying");
        try {
            // active, two failures, not due for a while: the sender leaves it alone (nothing is sent to example.org)
            retryIn(target.id(), java.time.Duration.ofSeconds(90));
            UI.getCurrent().navigate("admin/lrs");
            assertThat(nextAttemptText(target.id())).matches("Next attempt in (8[0-9]|90)\u00A0s");
            var next = _get(statusCell(target.id()), Span.class, s -> s.withClasses("na-next-attempt"));
            assertThat(next.getElement().getAttribute("tabindex")).as("its tooltip opens on keyboard focus too").isEqualTo("0");
            var when = ((java.time.Instant) jdbc.queryForObject("SELECT next_attempt_at FROM lrs_target WHERE id = ?",
                    java.sql.Timestamp.class, target.id()).toInstant());
            assertThat(com.vaadin.flow.component.shared.Tooltip.forComponent(next).getText())
                    .isEqualTo("Next attempt at " + org.networkacademy.base.ui.ClientTime.dateTimeSeconds(UI.getCurrent(), null).format(when))
                    .as("to the second").containsPattern("\\d:\\d\\d:\\d\\d");

            retryIn(target.id(), java.time.Duration.ofMinutes(10));
            _click(_get(Button.class, s -> s.withText("Refresh")));
            assertThat(nextAttemptText(target.id())).matches("Next attempt in (9|10)\u00A0min");

            retryIn(target.id(), java.time.Duration.ofSeconds(-5));
            _click(_get(Button.class, s -> s.withText("Refresh")));
            assertThat(nextAttemptText(target.id())).isEqualTo("Next attempt: due now");

            // in Arabic: the Arabic unit, no Latin "s"
            retryIn(target.id(), java.time.Duration.ofSeconds(90));
            UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ar"));
            var arabic = new LrsAdminView(clients, forwarding, forwardingProperties, clock);
            assertThat(arabic.nextAttempt(clock.instant().plusSeconds(42))).isEqualTo("المحاولة التالية بعد 42\u00A0ث")
                    .doesNotContain("s");
        } finally {
            jdbc.update("UPDATE lrs_target SET status = 'PAUSED' WHERE id = ?", target.id());
            forwarding.delete(target.id());
        }
    }

    /** Makes the target active and retrying, its next attempt {@code in} from now. */
    private void retryIn(long targetId, java.time.Duration in) {
        jdbc.update("UPDATE lrs_target SET status = 'ACTIVE', consecutive_failures = 2, last_error = 'ConnectException', "
                + "next_attempt_at = ? WHERE id = ?", java.sql.Timestamp.from(clock.instant().plus(in)), targetId);
    }

    private com.vaadin.flow.component.Component statusCell(long targetId) {
        var rows = targetGrid().getGenericDataView().getItems().toList();
        return GridKt._getCellComponent(targetGrid(), rows.indexOf(row(targetId)), "status");
    }

    private String nextAttemptText(long targetId) {
        return _get(statusCell(targetId), Span.class, s -> s.withClasses("na-next-attempt")).getText();
    }

    /** The lag's unit is translated with its value: no Latin "s" on the wrong side of the number in Arabic. */
    @Test
    void lagIsShownWithATranslatedUnit() {
        login(admin("lag"));
        var target = pausedTarget("Lag");
        try {
            UI.getCurrent().navigate("admin/lrs");
            assertThat(GridKt._getFormatted(targetGrid().getColumnByKey("lag"), row(target.id()))).isEqualTo("0\u00A0s");
            UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ar"));
            var arabic = new LrsAdminView(clients, forwarding, forwardingProperties, clock);
            @SuppressWarnings("unchecked")
            Grid<TargetStatus> grid = (Grid<TargetStatus>) _find(arabic, Grid.class).stream()
                    .filter(g -> g.getColumnByKey("actions") != null).findFirst().orElseThrow();
            var item = grid.getGenericDataView().getItems().filter(t -> t.target().id() == target.id()).findFirst().orElseThrow();
            var lag = GridKt._getFormatted(grid.getColumnByKey("lag"), item);
            assertThat(lag).endsWith("\u00A0ث").as("number and unit on one line").doesNotContain("s");
        } finally {
            forwarding.delete(target.id());
        }
    }

    /** The page takes the window's width (the grid has many columns) and URLs read left to right in the Arabic UI. */
    @Test
    void urlsStayLeftToRightAndThePageIsWide() {
        login(admin("wide"));
        var target = pausedTarget("Wide");
        try {
            UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("ar"));
            UI.getCurrent().navigate("admin/lrs");
            var view = _get(LrsAdminView.class);
            assertThat(view.getClassNames()).contains("na-wide-page");
            assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withPlaceholder("https://lrs.example.org/xapi/"))
                    .getElement().getAttribute("dir")).isEqualTo("ltr");
            var endpointColumn = targetGrid().getColumnByKey("endpoint");
            assertThat(endpointColumn.getPartNameGenerator().apply(row(target.id()))).contains(LrsAdminView.LTR);

            // the edit dialog's endpoint too (it showed "/http://localhost:8095/xapi" in Arabic)
            _click(actionInRow(target.id(), "تعديل"));
            var editEndpoint = _get(TextField.class, s -> s.withId("lrs-edit-endpoint"));
            assertThat(editEndpoint.getValue()).isEqualTo("https://lrs.example.org/xapi/");
            assertThat(editEndpoint.getElement().getAttribute("dir")).isEqualTo("ltr");
            assertThat(editEndpoint.getClassNames()).contains(LrsTargetEditor.LTR_FIELD);
            var addEndpoint = _find(TextField.class, s -> s.withPlaceholder("https://lrs.example.org/xapi/")).stream()
                    .filter(f -> f.getId().isEmpty()).findFirst().orElseThrow();
            assertThat(addEndpoint.getClassNames()).contains(LrsTargetEditor.LTR_FIELD);
        } finally {
            forwarding.delete(target.id());
        }
    }

    /** "1 statement", not "1 statements": the queued/replayed messages agree with their number in every language. */
    @Test
    void queuedMessagesAgreeWithTheirNumber() {
        var provider = new org.networkacademy.base.i18n.TranslationProvider();
        var en = java.util.Locale.ENGLISH;
        assertThat(provider.getTranslation("lrs.target.replayed", en, 1)).isEqualTo("1 statement queued again.");
        assertThat(provider.getTranslation("lrs.target.replayed", en, 2)).isEqualTo("2 statements queued again.");
        assertThat(provider.getTranslation("lrs.target.backfilled", en, 1)).isEqualTo("1 statement queued.");
        assertThat(provider.getTranslation("lrs.target.backfilled", en, 1200)).isEqualTo("1,200 statements queued.");
        assertThat(provider.getTranslation("lrs.target.backfilled", java.util.Locale.FRENCH, 1)).isEqualTo("1 déclaration mise en file d’attente.");
        assertThat(provider.getTranslation("lrs.target.replayed", java.util.Locale.forLanguageTag("es"), 1))
                .isEqualTo("1 declaración vuelve a la cola.");
    }

    /**
     * A client name longer than its column (200) is refused on the field, naming it and the maximum, with no
     * dialog and nothing stored (it used to fail silently with "Data too long"); the service refuses it too.
     */
    @Test
    void tooLongClientNameIsRefusedNamingTheFieldAndTheMaximum() {
        login(admin("client-name"));
        UI.getCurrent().navigate("admin/lrs");
        String longName = "Client " + "n".repeat(293); // 300 characters
        var name = _get(TextField.class, s -> s.withId("lrs-client-name"));
        enter(name, longName);
        assertThat(name.getValue()).as("kept as entered: no maxlength cutting it").hasSize(300);
        assertThat(name.getElement().getProperty("maxlength")).isNull();
        assertThat(name.isInvalid()).as("flagged as soon as it changes").isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter at most 200 characters.");
        // trial: the button stayed enabled, the hint disappeared, and a click did nothing. Now it waits, as for a
        // missing name, and the hint names the problem
        var issue = _get(Button.class, s -> s.withId("lrs-client-issue"));
        var missing = _get(Span.class, s -> s.withId("lrs-client-missing"));
        assertThat(issue.isEnabled()).isFalse();
        assertThat(missing.isVisible()).isTrue();
        assertThat(missing.getText()).isEqualTo("To issue credentials, shorten the name to at most 200 characters.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> scopes = _get(CheckboxGroup.class, s -> s.withLabel("Scopes"));
        var ticked = scopes.getValue();
        enter(scopes, Set.of());
        assertThat(missing.getText())
                .isEqualTo("To issue credentials, shorten the name to at most 200 characters and tick at least one scope.");
        enter(scopes, ticked);
        assertThat(name.isInvalid()).isTrue();
        assertThat(_find(Pre.class, s -> s.withId("lrs-issued"))).as("no credentials dialog").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lrs_client WHERE name LIKE 'Client nnn%'", Integer.class)).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clients.issue(longName, Set.of("statements/write")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name").hasMessageContaining("200");

        // 200 characters fit
        String fits = "Client " + "m".repeat(193);
        enter(name, fits);
        assertThat(issue.isEnabled()).isTrue();
        assertThat(missing.isVisible()).isFalse();
        _click(_get(Button.class, s -> s.withText("Issue credentials")));
        assertThat(_get(Pre.class, s -> s.withId("lrs-issued")).getText()).startsWith("Key: ");
        assertThat(name.isInvalid()).isFalse();
        assertThat(clients.list()).anySatisfy(c -> assertThat(c.name()).isEqualTo(fits));
        jdbc.update("DELETE FROM lrs_client WHERE name = ?", fits);
    }

    /** On a phone (390 px) the forms' rows wrap: the Issue button and the scopes stay on the screen, in Arabic too. */
    @Test
    void formRowsWrapOnANarrowScreen() {
        login(admin("wrap"));
        UI.getCurrent().navigate("admin/lrs");
        var clientForm = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                _get(TextField.class, s -> s.withId("lrs-client-name")).getParent().orElseThrow();
        assertThat(clientForm.isWrap()).isTrue();
        assertThat(clientForm.getClassNames()).contains(LrsAdminView.FORM_ROW);
        assertThat(clientForm.getChildren()).anySatisfy(c -> assertThat(c).isInstanceOf(Button.class));
        var scopes = _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class);
        assertThat(scopes.getParent()).contains(clientForm);
        assertThat(scopes.getClassNames()).contains(LrsAdminView.CHOICES);
        var targetForm = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                _get(TextField.class, s -> s.withId("lrs-target-name")).getParent().orElseThrow();
        assertThat(targetForm.isWrap()).isTrue();
        assertThat(targetForm.getClassNames()).contains(LrsAdminView.FORM_ROW);
    }

    /** Without NA_FORWARDING_KEY a callout at the top of the forwarding section says how to set it, and Add target is disabled. */
    @Test
    void missingForwardingKeyIsSaidBeforeTheFormIsFilledIn() {
        login(admin("nokey"));
        UI.getCurrent().navigate("admin/lrs");
        assertThat(forwardingProperties.key()).as("the tests run with a key").isNotBlank();
        var note = _get(LrsAdminView.class).getChildren().filter(c -> c.getId().orElse("").equals("lrs-forwarding-key-missing"))
                .findFirst().orElseThrow();
        assertThat(note.isVisible()).as("no callout when the key is set").isFalse();
        assertThat(_get(Button.class, s -> s.withText("Add target")).isEnabled()).isTrue();

        var p = forwardingProperties;
        var noKey = new org.networkacademy.xapi.forwarding.ForwardingProperties("", p.pollInterval(), p.requestTimeout(),
                p.initialBackoff(), p.maxBackoff(), p.enabled(), p.workers(), p.maxInFlight());
        var view = new LrsAdminView(clients, forwarding, noKey, clock);
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        var missing = _get(view, com.vaadin.flow.component.html.Div.class, s -> s.withId("lrs-forwarding-key-missing"));
        assertThat(missing.isVisible()).isTrue();
        assertThat(missing.getElement().getTextRecursively()).contains("NA_FORWARDING_KEY").contains("Base64 of 32 random bytes")
                .contains("openssl rand -base64 32").doesNotContain("\uE000").doesNotContain("\uE001");
        // the variable and the command are code: unbroken and left to right, in Arabic too
        var codes = _find(missing, com.vaadin.flow.component.html.Code.class);
        assertThat(codes).extracting(com.vaadin.flow.component.html.Code::getText)
                .containsExactly("NA_FORWARDING_KEY", "openssl rand -base64 32");
        for (var code : codes) {
            assertThat(code.getClassNames()).contains(LrsAdminView.COMMAND);
            assertThat(code.getElement().getAttribute("dir")).isEqualTo("ltr");
        }
        assertThat(missing.getClassNames()).contains("na-callout");
        // at the top of the forwarding section: right after its heading, before the form
        var children = view.getChildren().toList();
        int heading = java.util.stream.IntStream.range(0, children.size())
                .filter(i -> children.get(i) instanceof com.vaadin.flow.component.html.H2 h && h.getText().equals("Forwarding targets"))
                .findFirst().orElseThrow();
        assertThat(children.get(heading + 1)).isSameAs(missing);
        assertThat(_get(view, Button.class, s -> s.withText("Add target")).isEnabled()).isFalse();
    }

    /** After a successful add the form is empty again: name, endpoint, user name and password. */
    @Test
    void addTargetFormIsClearedAfterASuccessfulAdd() {
        login(admin("clear"));
        String code = UUID.randomUUID().toString().substring(0, 12);
        jdbc.update("INSERT INTO cohort (name, module_id, language, status, join_code, created_at) VALUES (?, 'tsi-networks', 'en', 'ACTIVE', ?, NOW())",
                "Scope cohort " + code, code); // a scope to choose
        UI.getCurrent().navigate("admin/lrs");
        String name = "Cleared " + UUID.randomUUID().toString().substring(0, 8);
        var targetName = _get(TextField.class, s -> s.withId("lrs-target-name"));
        var endpoint = _get(TextField.class, s -> s.withLabel("Endpoint"));
        var username = _get(TextField.class, s -> s.withLabel("User name"));
        var password = _get(PasswordField.class, s -> s.withLabel("Password"));
        enter(targetName, name);
        enter(endpoint, "https://lrs.example.org/xapi/");
        enter(username, "academy");
        enter(password, "s3cret-value");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> version = _get(com.vaadin.flow.component.select.Select.class, s -> s.withLabel("xAPI version"));
        version.setValue("2.0.0");
        var batch = _get(IntegerField.class, s -> s.withLabel("Batch size"));
        batch.setValue(7);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<ForwardingService.ScopeChoice> scope =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("target-scope"));
        var firstScope = forwarding.scopeChoices().getFirst();
        scope.setValue(firstScope);
        _click(_get(Button.class, s -> s.withText("Add target")));
        var added = forwarding.list().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        try {
            assertThat(added.xapiVersion()).isEqualTo("2.0.0");
            assertThat(added.batchSize()).isEqualTo(7);
            assertThat(version.getValue()).as("back to the defaults").isEqualTo("1.0.3");
            assertThat(batch.getValue()).isEqualTo(50);
            assertThat(scope.getValue()).as("the next target is not limited to this one's scope").isNull();
            assertThat(targetName.getValue()).isEmpty();
            assertThat(endpoint.getValue()).isEmpty();
            assertThat(username.getValue()).isEmpty();
            assertThat(password.getValue()).isEmpty();
            assertThat(List.of(targetName.isInvalid(), endpoint.isInvalid(), username.isInvalid())).containsOnly(false);
        } finally {
            forwarding.delete(added.id());
            jdbc.update("DELETE FROM cohort WHERE join_code = ?", code);
        }
    }

    /** Clicks the button with this text in the actions cell of the target's row. */
    @SuppressWarnings("unchecked")
    private static void clickInRow(long targetId, String text) {
        _click(actionInRow(targetId, text));
    }

    /** The icon button of the target's row whose aria-label (also its tooltip) is {@code label}. */
    @SuppressWarnings("unchecked")
    private static Button actionInRow(long targetId, String label) {
        Grid<TargetStatus> targets = targetGrid();
        var rows = targets.getGenericDataView().getItems().toList();
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).target().id() == targetId)
                .findFirst().orElseThrow();
        var cell = GridKt._getCellComponent(targets, row, "actions");
        return _find(cell, Button.class).stream().filter(b -> b.getAriaLabel().orElse("").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + label));
    }

    /** The Revoke button of the client's row in the clients grid. */
    @SuppressWarnings("unchecked")
    private static Button revokeInRow(long clientId) {
        Grid<org.networkacademy.xapi.lrs.LrsClient> grid = (Grid<org.networkacademy.xapi.lrs.LrsClient>) _find(Grid.class).stream()
                .filter(g -> g.getColumnByKey("revoke") != null).findFirst().orElseThrow();
        var rows = grid.getGenericDataView().getItems().toList();
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == clientId).findFirst().orElseThrow();
        return (Button) GridKt._getCellComponent(grid, row, "revoke");
    }

    @SuppressWarnings("unchecked")
    private static Grid<TargetStatus> targetGrid() {
        return (Grid<TargetStatus>) _find(Grid.class).stream()
                .filter(g -> g.getColumnByKey("actions") != null).findFirst().orElseThrow();
    }

    private TargetStatus row(long targetId) {
        return targetGrid().getGenericDataView().getItems().filter(t -> t.target().id() == targetId).findFirst().orElseThrow();
    }

    private org.networkacademy.account.AppUser admin(String who) {
        return accounts.create(new Registration("LRS " + who, "lrs-" + who + "-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "Network Academy", "CH"), Set.of(Role.TRAINEE, Role.ADMIN));
    }

    private org.networkacademy.xapi.forwarding.LrsTarget pausedTarget(String prefix) {
        var target = forwarding.add(prefix + " " + UUID.randomUUID().toString().substring(0, 8), "https://lrs.example.org/xapi/",
                "1.0.3", "academy", "secret", 50);
        forwarding.pause(target.id()); // nothing to send to example.org from a test
        return target;
    }

    /** Stores a bare statement and files it as the target's dead letter. @return its statement id */
    private String deadLetter(long targetId, int status, String response) {
        String id = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO xapi_statement (id, actor_key, verb_id, activity_id, registration, statement_timestamp, stored,
                                            voided, xapi_version, full_json)
                VALUES (?, 'mbox|mailto:dead@example.org', 'http://adlnet.gov/expapi/verbs/answered', 'https://example.org/q1',
                        NULL, UTC_TIMESTAMP(3), UTC_TIMESTAMP(6), FALSE, '1.0.3', '{}')""", id);
        long seq = jdbc.queryForObject("SELECT seq FROM xapi_statement WHERE id = ?", Long.class, id);
        jdbc.update("INSERT INTO lrs_dead_letter (target_id, seq, http_status, response, failed_at) VALUES (?, ?, ?, ?, ?)",
                targetId, seq, status, response, java.sql.Timestamp.from(java.time.Instant.parse("2026-11-29T16:05:00Z")));
        return id;
    }

    private void deleteStatement(String id) {
        jdbc.update("DELETE FROM xapi_statement WHERE id = ?", id);
    }
}
