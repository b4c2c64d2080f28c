package org.networkacademy.xapi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.base.ui.ClientTime;
import org.networkacademy.xapi.forwarding.ForwardingProperties;
import org.networkacademy.xapi.forwarding.ForwardingService;
import org.networkacademy.xapi.forwarding.LrsTarget;
import org.networkacademy.xapi.forwarding.TargetStatus;
import org.networkacademy.xapi.lrs.LrsClient;
import org.networkacademy.xapi.lrs.LrsClientService;
import org.networkacademy.xapi.lrs.LrsScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Admin page of the built-in LRS: client credentials (issue, show the secret once, revoke after a confirmation) and
 * forwarding targets (add, edit, pause/resume, backfill after a confirmation saying how many statements, read and replay
 * dead letters, delete after a confirmation) with their status: pending, sent, dead-lettered, lag and last error. The
 * actions are icon buttons in a column frozen to the end, each disabled by its click (a double click does one thing).
 */
@Route("admin/lrs")
@RolesAllowed(Role.Names.ADMIN)
public class LrsAdminView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /** Grid cell part whose long words (URLs, error texts) may break anywhere; see cohorts.css. */
    static final String BREAK_ANYWHERE = "na-cell-break";
    /** Grid cell part whose text wraps between words, breaking a word only when it is wider than the column (see cohorts.css). */
    static final String WRAP_WORDS = "na-cell-wrap";
    /** The last error in its cell: at most three lines, the whole text in a tooltip and to screen readers (see cohorts.css). */
    static final String ERROR_TEXT = "na-error-text";
    /** A command or variable name in running text: one unbroken left-to-right run, in Arabic too (see network-academy.css). */
    static final String COMMAND = "na-command";
    /** Grid cell part of a URL: laid out left to right in the Arabic UI too (see cohorts.css). */
    static final String LTR = "na-cell-ltr";
    /** A text in a grid cell in its own direction, cut with an ellipsis at its end (see cohorts.css). */
    static final String CELL_TEXT = "na-cell-text";
    /** A cell text that wraps (anywhere if it must) rather than being cut (see cohorts.css). */
    static final String CELL_TEXT_WRAP = "na-cell-text--wrap";
    /** A secondary line of a summary cell: small and muted (see cohorts.css). */
    static final String CELL_SMALL = "na-cell-small";
    /** A summary cell: its lines one under the other, each at the column's start (see cohorts.css). */
    static final String CELL_STACK = "na-cell-stack";
    /** Width of the actions column: three small icon buttons (a line) and the cell's padding. */
    static final String ACTIONS_WIDTH = "9rem";
    /** A form row whose fields wrap onto further lines on a narrow screen (see network-academy.css). */
    static final String FORM_ROW = "na-form-row";
    /** A group of check boxes whose choices wrap within the screen's width (see network-academy.css). */
    static final String CHOICES = "na-choices";

    private final LrsClientService clients;
    private final ForwardingService forwarding;
    private final Clock clock;
    private final Grid<LrsClient> clientGrid = new Grid<>();
    private final Grid<TargetStatus> targetGrid = new Grid<>();
    /** Shown at the top while a target is paused because its LRS refused our credentials. */
    private final com.vaadin.flow.component.html.Div authAlert = new com.vaadin.flow.component.html.Div();
    /** A client name was typed since the last credentials were issued: a blank name is then flagged on the field. */
    private boolean clientNameTouched;

    LrsAdminView(LrsClientService clients, ForwardingService forwarding, ForwardingProperties forwardingProperties, Clock clock) {
        this.clients = clients;
        this.forwarding = forwarding;
        this.clock = clock;
        // the targets grid has many columns: the page takes the window's width (like the trainer pages)
        addClassNames("na-page", "na-wide-page");
        add(new H1(getTranslation("lrs.title")), new Paragraph(getTranslation("lrs.intro")));

        authAlert.setId("lrs-auth-alert");
        authAlert.addClassNames("na-callout", "na-callout--error");
        authAlert.getElement().setAttribute("role", "alert");
        add(authAlert);
        add(new H2(getTranslation("lrs.clients")));
        var name = new TextField(getTranslation("lrs.client.name"));
        name.setId("lrs-client-name");
        LrsTargetEditor.limit(name, LrsClientService.MAX_NAME_LENGTH);
        var scopes = new CheckboxGroup<String>(getTranslation("lrs.client.scopes"));
        scopes.setItems(new TreeSet<>(LrsScope.KNOWN));
        scopes.setValue(Set.of(LrsScope.STATEMENTS_WRITE, LrsScope.STATEMENTS_READ));
        var issue = new Button(getTranslation("lrs.client.issue"), e -> issue(name, scopes));
        issue.setId("lrs-client-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // enabled only while there is something to issue: after issuing, the name is cleared and the button waits
        // for the next one rather than answering a second click with an error. While it waits, a hint next to it
        // says what is missing, and the field at fault says it too (the name once one was typed and removed).
        var missing = new Span();
        missing.setId("lrs-client-missing");
        missing.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        missing.getElement().setAttribute("aria-live", "polite");
        issue.getElement().setAttribute("aria-describedby", missing.getId().orElseThrow());
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        scopes.setErrorMessage(getTranslation("lrs.client.error.scope"));
        Runnable ready = () -> {
            boolean noName = name.getValue().isBlank();
            boolean tooLong = name.getValue().strip().length() > LrsClientService.MAX_NAME_LENGTH;
            boolean noScope = scopes.isEmpty();
            issue.setEnabled(!noName && !tooLong && !noScope);
            // a too long name is said like a missing one: the button waits and the hint names the problem
            String missingKey = noName && noScope ? "lrs.client.missing.both"
                    : noName ? "lrs.client.missing.name"
                    : tooLong && noScope ? "lrs.client.missing.too-long-and-scope"
                    : tooLong ? "lrs.client.missing.too-long" : noScope ? "lrs.client.missing.scope" : null;
            missing.setText(missingKey == null ? "" : tooLong ? getTranslation(missingKey, LrsClientService.MAX_NAME_LENGTH)
                    : getTranslation(missingKey));
            missing.setVisible(missingKey != null);
            scopes.setInvalid(noScope);
            clientNameTouched |= !noName;
            if (noName && clientNameTouched) {
                name.setErrorMessage(getTranslation("lrs.client.error.name"));
                name.setInvalid(true);
            } else if (name.getValue().strip().length() <= LrsClientService.MAX_NAME_LENGTH) {
                name.setInvalid(false); // a too long name stays flagged (LrsTargetEditor.limit)
            }
        };
        name.addValueChangeListener(e -> ready.run());
        scopes.addValueChangeListener(e -> ready.run());
        ready.run();
        scopes.addClassName(CHOICES);
        var clientForm = new HorizontalLayout(name, scopes, issue, missing);
        clientForm.setAlignItems(Alignment.BASELINE);
        // on a phone (390 px) the row wraps: the button and the scopes stay inside the screen, in Arabic too
        clientForm.setWrap(true);
        clientForm.addClassName(FORM_ROW);
        add(clientForm);
        // keys, names and scopes keep their own direction (dir="auto"): a Latin name in the Arabic UI is cut at its end
        clientGrid.addComponentColumn(c -> cellText(c.key())).setHeader(getTranslation("lrs.client.key")).setKey("key");
        clientGrid.addComponentColumn(c -> cellText(c.name())).setHeader(getTranslation("lrs.client.name")).setKey("name");
        clientGrid.addComponentColumn(c -> cellText(String.join(" ", c.scopes()))).setHeader(getTranslation("lrs.client.scopes"))
                .setKey("scopes");
        clientGrid.addColumn(c -> getTranslation(c.active() ? "lrs.client.active" : "lrs.client.revoked")).setHeader(getTranslation("lrs.status"))
                .setKey("status");
        // on a phone, one cell in their place: name, key, status and scopes, each on its own line (see fitTo)
        clientGrid.addComponentColumn(this::clientSummary).setHeader(getTranslation("lrs.client.name")).setKey("summary")
                .setVisible(false);
        clientGrid.addComponentColumn(c -> {
            var revoke = new Button(getTranslation("lrs.client.revoke"));
            revoke.addClickListener(e -> confirmRevoke(c, revoke));
            // one click opens one dialog; cancelling it enables the button again
            revoke.setDisableOnClick(true);
            revoke.setEnabled(c.active());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        clientGrid.setAllRowsVisible(true);
        add(clientGrid);

        add(new H2(getTranslation("lrs.targets")));
        // without NA_FORWARDING_KEY no target can be added (its credentials could not be encrypted): say so first,
        // with how to set the key, rather than after a filled-in form is refused
        boolean keyMissing = forwardingProperties.key().isBlank();
        var keyMissingNote = keyMissingNote();
        keyMissingNote.setId("lrs-forwarding-key-missing");
        keyMissingNote.addClassNames("na-callout", "na-callout--warning");
        keyMissingNote.getElement().setAttribute("role", "note");
        keyMissingNote.setVisible(keyMissing);
        add(keyMissingNote);
        var targetName = new TextField(getTranslation("lrs.target.name"));
        targetName.setId("lrs-target-name");
        var endpoint = new TextField(getTranslation("lrs.target.endpoint"));
        endpoint.setPlaceholder("https://lrs.example.org/xapi/");
        LrsTargetEditor.leftToRight(endpoint);
        var version = new Select<String>();
        version.setLabel(getTranslation("lrs.target.version"));
        version.setItems("1.0.3", "2.0.0");
        version.setHelperText(getTranslation("lrs.target.version-help"));
        version.setValue("1.0.3");
        var username = new TextField(getTranslation("lrs.target.username"));
        var password = new PasswordField(getTranslation("lrs.target.password"));
        LrsTargetEditor.limit(targetName, ForwardingService.MAX_NAME_LENGTH);
        LrsTargetEditor.limit(endpoint, ForwardingService.MAX_ENDPOINT_LENGTH);
        LrsTargetEditor.limit(username, ForwardingService.MAX_USERNAME_LENGTH);
        var batch = new IntegerField(getTranslation("lrs.target.batch"));
        batch.setValue(50);
        batch.setMin(1);
        batch.setMax(500);
        batch.setStepButtonsVisible(true); // as the catch-up size next to it and the edit dialog's fields
        // the same field, default and check as in the edit dialog: the default follows the batch size until edited
        var catchUp = LrsTargetEditor.catchUpField("lrs-target-catch-up");
        catchUp.setValue(ForwardingService.defaultCatchUp(50));
        batch.addValueChangeListener(e -> {
            if (e.getValue() != null && LrsTargetEditor.isBatchSize(e.getValue()) && catchUp.getValue() != null
                    && catchUp.getValue() == ForwardingService.defaultCatchUp(e.getOldValue() == null ? 50 : e.getOldValue())) {
                catchUp.setValue(ForwardingService.defaultCatchUp(e.getValue()));
            }
        });
        var scope = new com.vaadin.flow.component.select.Select<ForwardingService.ScopeChoice>();
        scope.setLabel(getTranslation("lrs.target.scope"));
        scope.setId("target-scope");
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(getTranslation("lrs.target.scope.all"));
        scope.setItems(forwarding.scopeChoices());
        scope.setItemLabelGenerator(c -> c == null ? getTranslation("lrs.target.scope.all") : c.label());
        var add = new Button(getTranslation("lrs.target.add"), e -> {
            // the same checks and messages as the edit dialog, on the fields themselves (their labels name them)
            boolean nameTooLong = targetName.getValue().strip().length() > ForwardingService.MAX_NAME_LENGTH;
            targetName.setErrorMessage(nameTooLong ? LrsTargetEditor.tooLong(targetName, ForwardingService.MAX_NAME_LENGTH)
                    : getTranslation("lrs.target.error.name"));
            targetName.setInvalid(targetName.getValue().isBlank() || nameTooLong);
            boolean endpointTooLong = !LrsTargetEditor.isEndpointLength(endpoint.getValue());
            endpoint.setErrorMessage(endpointTooLong ? LrsTargetEditor.tooLong(endpoint, ForwardingService.MAX_ENDPOINT_LENGTH)
                    : getTranslation("lrs.target.error.endpoint"));
            endpoint.setInvalid(!LrsTargetEditor.isEndpoint(endpoint.getValue()) || endpointTooLong);
            boolean usernameTooLong = username.getValue().strip().length() > ForwardingService.MAX_USERNAME_LENGTH;
            username.setErrorMessage(usernameTooLong ? LrsTargetEditor.tooLong(username, ForwardingService.MAX_USERNAME_LENGTH)
                    : getTranslation("lrs.target.error.username"));
            username.setInvalid(username.getValue().isBlank() || usernameTooLong);
            // without it the target would only answer 401 and be paused: say so here
            password.setErrorMessage(getTranslation("lrs.target.error.password"));
            password.setInvalid(password.getValue().isEmpty());
            batch.setErrorMessage(getTranslation("lrs.target.error.batch"));
            batch.setInvalid(!LrsTargetEditor.isBatchSize(batch.getValue()));
            catchUp.setErrorMessage(getTranslation("lrs.target.error.catch-up"));
            // checked against the batch size only when that one is valid: one mistake, one message
            catchUp.setInvalid(!LrsTargetEditor.isCatchUpBatchSize(catchUp.getValue(),
                    LrsTargetEditor.isBatchSize(batch.getValue()) ? batch.getValue() : null));
            if (targetName.isInvalid() || endpoint.isInvalid() || username.isInvalid() || password.isInvalid() || batch.isInvalid()
                    || catchUp.isInvalid()) {
                e.getSource().setEnabled(true);
                return;
            }
            try {
                var t = forwarding.add(targetName.getValue().strip(), endpoint.getValue(), version.getValue(), username.getValue().strip(),
                        password.getValue(), batch.getValue(), catchUp.getValue());
                if (scope.getValue() != null) {
                    forwarding.setScope(t.id(), scope.getValue().moduleId(), scope.getValue().cohortId());
                }
                // the form is ready for the next target: nothing of this one is left in it
                targetName.clear();
                endpoint.clear();
                username.clear();
                password.clear();
                version.setValue("1.0.3");
                batch.setValue(50);
                catchUp.setValue(ForwardingService.defaultCatchUp(50));
                scope.clear(); // all statements: the next target is not quietly limited to this one's module or cohort
                Notification.show(getTranslation("lrs.target.added", t.name()));
                refresh();
            } catch (IllegalArgumentException | IllegalStateException ex) {
                Notification.show(ex.getMessage());
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        // a double click must not add the same target twice (every statement would be sent twice)
        add.setDisableOnClick(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(!keyMissing);
        var targetForm = new HorizontalLayout(targetName, endpoint, version, username, password, batch, catchUp, scope, add);
        targetForm.setAlignItems(Alignment.BASELINE);
        targetForm.setWrap(true);
        targetForm.addClassName(FORM_ROW);
        add(targetForm);
        // Names wrap between words and endpoints (URLs) anywhere, both shown whole; the last error wraps between
        // words, at most three lines with the whole text in its own tooltip. The short figures take only the width
        // they need and the status a fixed one (its badge wraps), leaving the room (flex-grow) to the last error.
        // No column has a tooltip generator: the grid's own tooltip opens on every cell hover and closed the
        // action buttons' tooltips (Edit never showed its tooltip; the others only when the pointer came from Edit).
        targetGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        targetGrid.addColumn(s -> s.target().name()).setHeader(getTranslation("lrs.target.name")).setKey("name")
                .setPartNameGenerator(s -> WRAP_WORDS).setWidth("6rem").setFlexGrow(1);
        targetGrid.addColumn(s -> s.target().endpoint()).setHeader(getTranslation("lrs.target.endpoint")).setKey("endpoint")
                .setPartNameGenerator(s -> BREAK_ANYWHERE + " " + LTR).setWidth("7.5rem").setFlexGrow(1);
        targetGrid.addComponentColumn(this::status).setHeader(getTranslation("lrs.status")).setKey("status")
                .setWidth("7rem").setFlexGrow(0);
        targetGrid.addColumn(TargetStatus::pending).setHeader(getTranslation("lrs.target.pending")).setKey("pending")
                .setAutoWidth(true).setFlexGrow(0);
        targetGrid.addColumn(s -> s.target().sentCount()).setHeader(getTranslation("lrs.target.sent")).setKey("sent")
                .setAutoWidth(true).setFlexGrow(0);
        targetGrid.addColumn(TargetStatus::deadLettered).setHeader(getTranslation("lrs.target.dead")).setKey("dead")
                .setAutoWidth(true).setFlexGrow(0);
        // value and unit translated together ("12 s", "12 ث"): no stray Latin unit on the wrong side in Arabic
        targetGrid.addColumn(s -> getTranslation("lrs.target.lag-value", s.lag().toSeconds())).setHeader(getTranslation("lrs.target.lag"))
                .setKey("lag").setAutoWidth(true).setFlexGrow(0);
        targetGrid.addComponentColumn(this::lastError).setHeader(getTranslation("lrs.target.error"))
                .setKey("error").setPartNameGenerator(s -> WRAP_WORDS).setWidth("8rem").setFlexGrow(3);
        // on a phone, one cell in place of all but the actions (see fitTo)
        targetGrid.addComponentColumn(this::targetSummary).setHeader(getTranslation("lrs.target.name")).setKey("summary")
                .setPartNameGenerator(s -> WRAP_WORDS).setFlexGrow(1).setVisible(false);
        // frozen to the end: every action stays in view however wide the texts are. Three buttons a line (two
        // lines): a row of six took a fifth of the grid at 1400 px and two thirds of a 390 px phone
        targetGrid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("lrs.target.actions"))
                .setWidth(ACTIONS_WIDTH).setFlexGrow(0).setFrozenToEnd(true);
        targetGrid.setAllRowsVisible(true);
        add(targetGrid, new Button(getTranslation("lrs.refresh"), e -> refresh()));
        refresh();
    }

    /** Narrower windows than this show the clients grid as one summary cell and Revoke (a phone: 390 px). */
    static final int CLIENTS_COMPACT_BELOW = 640;
    /**
     * Narrower windows than this show the targets grid as one summary cell and the actions: its columns need about
     * 960 px (Arabic headers), what a 1280 px window leaves beside the navigation drawer.
     */
    static final int TARGETS_COMPACT_BELOW = 1280;
    private static final java.util.List<String> CLIENT_DETAIL_COLUMNS = java.util.List.of("key", "name", "scopes", "status");
    private static final java.util.List<String> TARGET_DETAIL_COLUMNS =
            java.util.List.of("name", "endpoint", "status", "pending", "sent", "dead", "lag", "error");
    private com.vaadin.flow.shared.Registration resizeRegistration;

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        var details = page.getExtendedClientDetails();
        if (details != null && details.getWindowInnerWidth() > 0) {
            fitTo(details.getWindowInnerWidth());
        } else {
            page.retrieveExtendedClientDetails(d -> fitTo(d.getWindowInnerWidth()));
        }
        resizeRegistration = page.addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (resizeRegistration != null) {
            resizeRegistration.remove();
            resizeRegistration = null;
        }
        super.onDetach(event);
    }

    /**
     * Fits both grids to a window {@code width} CSS pixels wide: below {@link #CLIENTS_COMPACT_BELOW} and
     * {@link #TARGETS_COMPACT_BELOW} a grid shows one summary cell (name, status and the rest as short lines) beside its
     * action buttons instead of its columns, so that a phone needs no sideways scrolling; wider, the columns.
     */
    void fitTo(int width) {
        if (width <= 0) {
            return; // not known
        }
        boolean clientsCompact = width < CLIENTS_COMPACT_BELOW;
        CLIENT_DETAIL_COLUMNS.forEach(k -> clientGrid.getColumnByKey(k).setVisible(!clientsCompact));
        clientGrid.getColumnByKey("summary").setVisible(clientsCompact);
        boolean targetsCompact = width < TARGETS_COMPACT_BELOW;
        TARGET_DETAIL_COLUMNS.forEach(k -> targetGrid.getColumnByKey(k).setVisible(!targetsCompact));
        targetGrid.getColumnByKey("summary").setVisible(targetsCompact);
    }

    /**
     * A text in a grid cell, cut with an ellipsis at its own end: {@code dir="auto"}, so a Latin text in Arabic too. The
     * whole text is its title, shown on hover when it is cut (e.g. a client key that an admin compares with a tool's
     * settings before revoking it).
     */
    static Span cellText(String text) {
        var span = new Span(text);
        span.addClassName(CELL_TEXT);
        span.getElement().setAttribute("dir", "auto");
        span.getElement().setAttribute("title", text == null ? "" : text);
        return span;
    }

    /** The clients grid's summary cell on a phone: the name (wrapped), the key, then status and scopes. */
    private Component clientSummary(LrsClient c) {
        var name = cellText(c.name());
        name.addClassName(CELL_TEXT_WRAP);
        var key = cellText(c.key());
        key.addClassName(CELL_SMALL);
        var status = new Span(getTranslation(c.active() ? "lrs.client.active" : "lrs.client.revoked"));
        var scopes = cellText(String.join(" ", c.scopes()));
        var line = new com.vaadin.flow.component.html.Div(status, scopes);
        line.addClassNames(CELL_SMALL, "na-cell-line");
        var cell = new com.vaadin.flow.component.html.Div(name, key, line);
        cell.addClassName(CELL_STACK);
        return cell;
    }

    /** The targets grid's summary cell on a narrow screen: name, endpoint, status, the counts and lag, the last error. */
    private Component targetSummary(TargetStatus s) {
        var name = cellText(s.target().name());
        name.addClassNames(CELL_TEXT_WRAP, "na-cell-title");
        var endpoint = new Span(s.target().endpoint());
        endpoint.addClassNames(CELL_SMALL, "na-cell-url");
        endpoint.getElement().setAttribute("dir", "ltr");
        var counts = new Span(String.join(" · ",
                getTranslation("lrs.target.pending") + ": " + s.pending(),
                getTranslation("lrs.target.sent") + ": " + s.target().sentCount(),
                getTranslation("lrs.target.dead") + ": " + s.deadLettered(),
                getTranslation("lrs.target.lag") + ": " + getTranslation("lrs.target.lag-value", s.lag().toSeconds())));
        counts.addClassName(CELL_SMALL);
        counts.getStyle().set("display", "block");
        var cell = new com.vaadin.flow.component.html.Div(name, endpoint, status(s), counts);
        cell.addClassName(CELL_STACK);
        String error = s.target().lastError();
        if (error != null && !error.isBlank()) {
            cell.add(lastError(s));
        }
        return cell;
    }

    /**
     * The row's actions as small icon buttons (tooltip and aria-label say what each does), so that all of
     * them fit in the column frozen to the end. Each is disabled by its click: a double click does one
     * thing (one dialog, one pause); the refresh after the action draws enabled buttons again.
     */
    private HorizontalLayout actions(TargetStatus s) {
        LrsTarget target = s.target();
        long id = target.id();
        boolean active = target.status() == LrsTarget.Status.ACTIVE;
        var edit = action(VaadinIcon.EDIT, "lrs.target.edit", b -> edit(target, b));
        var toggle = action(active ? VaadinIcon.PAUSE : VaadinIcon.PLAY, active ? "lrs.target.pause" : "lrs.target.resume", b -> {
            if (active) forwarding.pause(id); else forwarding.resume(id);
            refresh();
        });
        var backfill = action(VaadinIcon.TIME_BACKWARD, "lrs.target.backfill", b -> confirmBackfill(target, b));
        var dead = action(VaadinIcon.ENVELOPES, "lrs.target.dead-letters", b -> showDeadLetters(target, b));
        dead.setEnabled(s.deadLettered() > 0);
        var replay = action(VaadinIcon.ROTATE_LEFT, "lrs.target.replay", b -> replay(id));
        replay.setEnabled(s.deadLettered() > 0);
        var delete = action(VaadinIcon.TRASH, "lrs.target.delete", b -> confirmDelete(s, b));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var row = new HorizontalLayout(edit, toggle, backfill, dead, replay, delete);
        row.setSpacing(false);
        row.setPadding(false);
        row.setWrap(true); // three a line in the column's width (ACTIONS_WIDTH)
        return row;
    }

    private Button action(VaadinIcon icon, String labelKey, java.util.function.Consumer<Button> onClick) {
        var button = new Button(icon.create());
        String label = getTranslation(labelKey);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setDisableOnClick(true);
        button.addClickListener(e -> onClick.accept(button));
        return button;
    }

    private void replay(long id) {
        Notification.show(getTranslation("lrs.target.replayed", forwarding.replayDeadLetters(id)));
        refresh();
    }

    /** Backfill queues the whole (scoped) history: say how much first. */
    private void confirmBackfill(LrsTarget target, Button source) {
        long count = forwarding.backfillCount(target.id());
        confirm("lrs-backfill-confirm", false, source, getTranslation("lrs.target.backfill-title", target.name()),
                getTranslation("lrs.target.backfill-text", count), getTranslation("lrs.target.backfill"),
                () -> Notification.show(getTranslation("lrs.target.backfilled", forwarding.backfill(target.id(), null, null, null))));
    }

    /**
     * Asks before an admin action; cancelling enables {@code source} again (it is disabled while the dialog is open),
     * confirming runs {@code action} and redraws the page.
     *
     * @param destructive true for an action that cannot be undone: the confirm button is red
     */
    private void confirm(String id, boolean destructive, Button source, String title, String text, String confirmText,
                         Runnable action) {
        var confirm = new ConfirmDialog(title, text, confirmText, e -> {
            action.run();
            refresh();
        });
        confirm.setId(id);
        if (destructive) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lrs.cancel"));
        confirm.addCancelListener(e -> source.setEnabled(true));
        confirm.open();
    }

    /** The target's dead letters with its answers (wrapped), failure times as in every table (ISO, UTC), and Replay. */
    private void showDeadLetters(LrsTarget target, Button source) {
        var letters = forwarding.deadLetters(target.id());
        var when = ClientTime.table();
        var dialog = new Dialog();
        dialog.setId("lrs-dead-letters");
        dialog.setHeaderTitle(getTranslation("lrs.target.dead-letters-title", target.name()));
        dialog.setWidth("min(60em, 95vw)");
        var grid = new Grid<ForwardingService.DeadLetter>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ForwardingService.DeadLetter::statementId).setHeader(getTranslation("lrs.dead.statement")).setKey("statement")
                .setPartNameGenerator(d -> BREAK_ANYWHERE).setFlexGrow(1);
        grid.addColumn(ForwardingService.DeadLetter::httpStatus).setHeader(getTranslation("lrs.dead.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.response() == null ? "" : d.response()).setHeader(getTranslation("lrs.dead.response")).setKey("response")
                .setPartNameGenerator(d -> BREAK_ANYWHERE).setFlexGrow(3);
        grid.addColumn(d -> when.format(d.failedAt())).setHeader(getTranslation("lrs.dead.failed")).setKey("failed")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(letters);
        grid.setAllRowsVisible(true);
        if (letters.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("lrs.target.dead-letters-none")));
        } else {
            dialog.add(grid);
        }
        var replay = new Button(getTranslation("lrs.target.replay"), e -> {
            dialog.close();
            replay(target.id());
        });
        replay.setId("lrs-dead-letters-replay");
        replay.setDisableOnClick(true);
        replay.setEnabled(!letters.isEmpty());
        replay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("lrs.close"), e -> dialog.close()), replay);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) source.setEnabled(true);
        });
        dialog.open();
    }

    private void edit(LrsTarget target, Button source) {
        // the current row, not the grid's copy: another admin may have changed it meanwhile
        LrsTarget current = forwarding.find(target.id()).orElse(null);
        if (current == null) {
            refresh();
            return;
        }
        var editor = new LrsTargetEditor(current, forwarding.scopeChoices());
        editor.addOpenedChangeListener(e -> {
            if (!e.isOpened()) source.setEnabled(true);
        });
        editor.addSaveListener(e -> {
            var d = e.draft();
            try {
                forwarding.update(e.targetId(), d.name, d.endpoint, d.xapiVersion, d.username,
                        d.password.isEmpty() ? null : d.password, d.batchSize, d.catchUpBatchSize);
                forwarding.setScope(e.targetId(), d.scope == null ? null : d.scope.moduleId(), d.scope == null ? null : d.scope.cohortId());
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage());
                return;
            }
            editor.close();
            Notification.show(getTranslation("lrs.target.saved", d.name));
            refresh();
        });
        editor.open();
    }

    private void confirmDelete(TargetStatus s, Button source) {
        confirm("lrs-delete-confirm", true, source, getTranslation("lrs.target.delete-title", s.target().name()),
                getTranslation("lrs.target.delete-text", s.pending(), s.deadLettered()), getTranslation("lrs.target.delete"), () -> {
                    forwarding.delete(s.target().id());
                    Notification.show(getTranslation("lrs.target.deleted", s.target().name()));
                });
    }

    /** Revoking cannot be undone (the tools using the key are refused from their next request): ask first, naming the client. */
    private void confirmRevoke(LrsClient client, Button source) {
        confirm("lrs-revoke-confirm", true, source, getTranslation("lrs.client.revoke-title", client.name()),
                getTranslation("lrs.client.revoke-text", client.key()), getTranslation("lrs.client.revoke"), () -> {
                    // another tab or admin may have revoked it since this page was drawn: say so rather than "revoked"
                    boolean revoked = clients.revoke(client.id());
                    Notification.show(getTranslation(revoked ? "lrs.client.revoked-notice" : "lrs.client.already-revoked", client.name()));
                });
    }

    private void issue(TextField name, CheckboxGroup<String> scopes) {
        if (name.getValue().strip().length() > LrsClientService.MAX_NAME_LENGTH) {
            // said on the field, with the maximum (the column's size), as the target fields do
            name.setErrorMessage(LrsTargetEditor.tooLong(name, LrsClientService.MAX_NAME_LENGTH));
            name.setInvalid(true);
            return;
        }
        if (name.getValue().isBlank() || scopes.isEmpty()) {
            Notification.show(getTranslation("lrs.client.incomplete"));
            return;
        }
        LrsClientService.IssuedCredentials issued;
        try {
            issued = clients.issue(name.getValue().strip(), scopes.getValue());
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage());
            return;
        }
        name.setInvalid(false);
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("lrs.client.issued"));
        var secret = new Pre(getTranslation("lrs.client.key") + ": " + issued.client().key() + "\n"
                        + getTranslation("lrs.client.secret") + ": " + issued.secret());
        secret.setId("lrs-issued");
        dialog.add(new Paragraph(getTranslation("lrs.client.once")), secret);
        dialog.getFooter().add(new Button(getTranslation("lrs.close"), e -> dialog.close()));
        dialog.open();
        clientNameTouched = false; // the cleared field waits for the next name: not an error
        name.clear();
        refresh();
    }

    /**
     * The last error, or nothing: clamped to three lines on screen (CSS), the whole text in the element for screen
     * readers and in a tooltip that opens on hover and on keyboard focus (the text is focusable when there is one).
     */
    private Component lastError(TargetStatus s) {
        String error = s.target().lastError();
        var text = new Span(error == null ? "" : error);
        text.addClassName(ERROR_TEXT);
        // its own direction: a Latin error in the Arabic UI is clamped at its end, not its start
        text.getElement().setAttribute("dir", "auto");
        if (error != null && !error.isBlank()) {
            com.vaadin.flow.component.shared.Tooltip.forComponent(text).withText(error);
            text.getElement().setAttribute("tabindex", "0");
        }
        return text;
    }

    /**
     * The callout shown without NA_FORWARDING_KEY. The variable and the command are code: each one unbroken run
     * read left to right, in the Arabic text too (the command wrapped at its hyphen). The translation has the
     * two as {0} and {1}.
     */
    private com.vaadin.flow.component.html.Div keyMissingNote() {
        String variable = "NA_FORWARDING_KEY";
        String command = "openssl rand -base64 32";
        // unique markers in place of the two, then the text around them as text nodes and the two as <code>
        String marked = getTranslation("lrs.target.key-missing", "\uE000", "\uE001");
        var note = new com.vaadin.flow.component.html.Div();
        var text = new StringBuilder();
        for (char ch : marked.toCharArray()) {
            if (ch == '\uE000' || ch == '\uE001') {
                note.add(new com.vaadin.flow.component.Text(text.toString()));
                text.setLength(0);
                var code = new com.vaadin.flow.component.html.Code(ch == '\uE000' ? variable : command);
                code.addClassName(COMMAND);
                code.getElement().setAttribute("dir", "ltr");
                note.add(code);
            } else {
                text.append(ch);
            }
        }
        note.add(new com.vaadin.flow.component.Text(text.toString()));
        return note;
    }

    /** The status; a target paused because its LRS refused the credentials stands out, with what to do. */
    private Component status(TargetStatus s) {
        var status = s.target().status();
        boolean retrying = status == LrsTarget.Status.ACTIVE && s.target().consecutiveFailures() > 0;
        var badge = new Span(getTranslation("lrs.target.status." + (retrying ? "RETRYING" : status.name())));
        badge.getElement().getThemeList().add("badge");
        badge.getStyle().set("white-space", "normal");
        if (retrying) {
            // active but its last attempt failed (unreachable, 5xx, timeouts): retried with back-off, see Last error.
            // When: "in 42 s" as of this refresh (as the lag), the time itself in the user's zone in a tooltip
            badge.getElement().getThemeList().add("warning");
            Instant at = s.target().nextAttemptAt();
            var next = new Span(nextAttempt(at));
            next.addClassName("na-next-attempt");
            next.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            if (at != null) {
                com.vaadin.flow.component.shared.Tooltip.forComponent(next)
                        .withText(getTranslation("lrs.target.next-attempt-at", ClientTime.dateTimeSeconds(UI.getCurrent(),
                                VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getHeader("Accept-Language")).format(at)));
                next.getElement().setAttribute("tabindex", "0");
            }
            var cell = new VerticalLayout(badge, next);
            cell.setPadding(false);
            cell.setSpacing(false);
            return cell;
        }
        if (status != LrsTarget.Status.AUTH_FAILED) {
            if (status == LrsTarget.Status.PAUSED) badge.getElement().getThemeList().add("contrast");
            else badge.getElement().getThemeList().add("success");
            return badge;
        }
        badge.getElement().getThemeList().add("error");
        badge.getElement().getThemeList().add("primary");
        var hint = new Span(getTranslation("lrs.target.auth-hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-error-text-color)");
        var cell = new VerticalLayout(badge, hint);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    /**
     * @return when a retrying target is tried next, from now: "Next attempt in 42 s", from two minutes on in whole
     * minutes ("in 3 min"), rounded up; "due now" once the time has come (the sender picks it up at its next tick)
     */
    String nextAttempt(Instant at) {
        long seconds = at == null ? 0 : Math.ceilDiv(Duration.between(clock.instant(), at).toMillis(), 1000);
        if (seconds <= 0) {
            return getTranslation("lrs.target.next-attempt-due");
        }
        return seconds < 120 ? getTranslation("lrs.target.next-attempt-seconds", seconds)
                : getTranslation("lrs.target.next-attempt-minutes", Math.ceilDiv(seconds, 60));
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        refresh(); // the status and the alert are current whenever the page is (re)opened
    }

    private void refresh() {
        clientGrid.setItems(clients.list());
        var statuses = forwarding.list().stream().map(t -> forwarding.status(t.id())).toList();
        targetGrid.setItems(statuses);
        var refused = statuses.stream().filter(s -> s.target().status() == org.networkacademy.xapi.forwarding.LrsTarget.Status.AUTH_FAILED)
                .map(s -> s.target().name()).toList();
        authAlert.setText(refused.isEmpty() ? "" : getTranslation("lrs.target.auth-alert", String.join(", ", refused)));
        authAlert.setVisible(!refused.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lrs.title") + " | " + getTranslation("app.name");
    }
}
