package org.networkacademy.xapi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.xapi.forwarding.ForwardingService;
import org.networkacademy.xapi.forwarding.LrsTarget;
import org.networkacademy.xapi.forwarding.TargetStatus;
import org.networkacademy.xapi.lrs.LrsClient;
import org.networkacademy.xapi.lrs.LrsClientService;
import org.networkacademy.xapi.lrs.LrsScope;

import java.util.Set;
import java.util.TreeSet;

/**
 * Admin page of the built-in LRS: client credentials (issue, show the secret once, revoke) and
 * forwarding targets (add, edit, pause/resume, backfill, replay dead letters, delete after a confirmation) with their status:
 * pending, sent, dead-lettered, lag and last error.
 */
@Route("admin/lrs")
@RolesAllowed(Role.Names.ADMIN)
public class LrsAdminView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final LrsClientService clients;
    private final ForwardingService forwarding;
    private final Grid<LrsClient> clientGrid = new Grid<>();
    private final Grid<TargetStatus> targetGrid = new Grid<>();
    /** Shown at the top while a target is paused because its LRS refused our credentials. */
    private final com.vaadin.flow.component.html.Div authAlert = new com.vaadin.flow.component.html.Div();

    LrsAdminView(LrsClientService clients, ForwardingService forwarding) {
        this.clients = clients;
        this.forwarding = forwarding;
        addClassName("na-page");
        add(new H1(getTranslation("lrs.title")), new Paragraph(getTranslation("lrs.intro")));

        authAlert.setId("lrs-auth-alert");
        authAlert.addClassNames("na-callout", "na-callout--error");
        authAlert.getElement().setAttribute("role", "alert");
        add(authAlert);
        add(new H2(getTranslation("lrs.clients")));
        var name = new TextField(getTranslation("lrs.client.name"));
        name.setId("lrs-client-name");
        var scopes = new CheckboxGroup<String>(getTranslation("lrs.client.scopes"));
        scopes.setItems(new TreeSet<>(LrsScope.KNOWN));
        scopes.setValue(Set.of(LrsScope.STATEMENTS_WRITE, LrsScope.STATEMENTS_READ));
        var issue = new Button(getTranslation("lrs.client.issue"), e -> issue(name, scopes));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var clientForm = new HorizontalLayout(name, scopes, issue);
        clientForm.setAlignItems(Alignment.BASELINE);
        add(clientForm);
        clientGrid.addColumn(LrsClient::key).setHeader(getTranslation("lrs.client.key"));
        clientGrid.addColumn(LrsClient::name).setHeader(getTranslation("lrs.client.name"));
        clientGrid.addColumn(c -> String.join(" ", c.scopes())).setHeader(getTranslation("lrs.client.scopes"));
        clientGrid.addColumn(c -> getTranslation(c.active() ? "lrs.client.active" : "lrs.client.revoked")).setHeader(getTranslation("lrs.status"));
        clientGrid.addComponentColumn(c -> {
            var revoke = new Button(getTranslation("lrs.client.revoke"), e -> {
                clients.revoke(c.id());
                refresh();
            });
            revoke.setEnabled(c.active());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        });
        clientGrid.setAllRowsVisible(true);
        add(clientGrid);

        add(new H2(getTranslation("lrs.targets")));
        var targetName = new TextField(getTranslation("lrs.target.name"));
        targetName.setId("lrs-target-name");
        var endpoint = new TextField(getTranslation("lrs.target.endpoint"));
        endpoint.setPlaceholder("https://lrs.example.org/xapi/");
        var version = new Select<String>();
        version.setLabel(getTranslation("lrs.target.version"));
        version.setItems("1.0.3", "2.0.0");
        version.setValue("1.0.3");
        var username = new TextField(getTranslation("lrs.target.username"));
        var password = new PasswordField(getTranslation("lrs.target.password"));
        var batch = new IntegerField(getTranslation("lrs.target.batch"));
        batch.setValue(50);
        batch.setMin(1);
        batch.setMax(500);
        var scope = new com.vaadin.flow.component.select.Select<ForwardingService.ScopeChoice>();
        scope.setLabel(getTranslation("lrs.target.scope"));
        scope.setId("target-scope");
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(getTranslation("lrs.target.scope.all"));
        scope.setItems(forwarding.scopeChoices());
        scope.setItemLabelGenerator(c -> c == null ? getTranslation("lrs.target.scope.all") : c.label());
        var add = new Button(getTranslation("lrs.target.add"), e -> {
            // the same checks and messages (naming the field) as the edit dialog, on the fields themselves
            targetName.setErrorMessage(getTranslation("lrs.target.error.name"));
            targetName.setInvalid(targetName.getValue().isBlank());
            endpoint.setErrorMessage(getTranslation("lrs.target.error.endpoint"));
            endpoint.setInvalid(!LrsTargetEditor.isEndpoint(endpoint.getValue()));
            username.setErrorMessage(getTranslation("lrs.target.error.username"));
            username.setInvalid(username.getValue().isBlank());
            batch.setErrorMessage(getTranslation("lrs.target.error.batch"));
            batch.setInvalid(!LrsTargetEditor.isBatchSize(batch.getValue()));
            if (targetName.isInvalid() || endpoint.isInvalid() || username.isInvalid() || batch.isInvalid()) {
                e.getSource().setEnabled(true);
                return;
            }
            try {
                var t = forwarding.add(targetName.getValue(), endpoint.getValue(), version.getValue(), username.getValue(),
                        password.getValue(), batch.getValue());
                if (scope.getValue() != null) {
                    forwarding.setScope(t.id(), scope.getValue().moduleId(), scope.getValue().cohortId());
                }
                password.clear();
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
        var targetForm = new HorizontalLayout(targetName, endpoint, version, username, password, batch, scope, add);
        targetForm.setAlignItems(Alignment.BASELINE);
        targetForm.setWrap(true);
        add(targetForm);
        targetGrid.addColumn(s -> s.target().name()).setHeader(getTranslation("lrs.target.name"));
        targetGrid.addColumn(s -> s.target().endpoint()).setHeader(getTranslation("lrs.target.endpoint"));
        targetGrid.addColumn(s -> getTranslation("lrs.target.status." + s.target().status().name())).setHeader(getTranslation("lrs.status"));
        targetGrid.addColumn(TargetStatus::pending).setHeader(getTranslation("lrs.target.pending"));
        targetGrid.addColumn(s -> s.target().sentCount()).setHeader(getTranslation("lrs.target.sent"));
        targetGrid.addColumn(TargetStatus::deadLettered).setHeader(getTranslation("lrs.target.dead"));
        targetGrid.addColumn(s -> s.lag().toSeconds() + " s").setHeader(getTranslation("lrs.target.lag"));
        targetGrid.addColumn(s -> s.target().lastError() == null ? "" : s.target().lastError()).setHeader(getTranslation("lrs.target.error"));
        targetGrid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        targetGrid.setAllRowsVisible(true);
        add(targetGrid, new Button(getTranslation("lrs.refresh"), e -> refresh()));
        refresh();
    }

    private HorizontalLayout actions(TargetStatus s) {
        long id = s.target().id();
        boolean active = s.target().status() == org.networkacademy.xapi.forwarding.LrsTarget.Status.ACTIVE;
        var toggle = new Button(getTranslation(active ? "lrs.target.pause" : "lrs.target.resume"), e -> {
            if (active) forwarding.pause(id); else forwarding.resume(id);
            refresh();
        });
        var backfill = new Button(getTranslation("lrs.target.backfill"), e -> {
            Notification.show(getTranslation("lrs.target.backfilled", forwarding.backfill(id, null, null, null)));
            refresh();
        });
        var replay = new Button(getTranslation("lrs.target.replay"), e -> {
            Notification.show(getTranslation("lrs.target.replayed", forwarding.replayDeadLetters(id)));
            refresh();
        });
        replay.setEnabled(s.deadLettered() > 0);
        var edit = new Button(getTranslation("lrs.target.edit"), e -> edit(s.target()));
        var delete = new Button(getTranslation("lrs.target.delete"), e -> confirmDelete(s));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var row = new HorizontalLayout(edit, toggle, backfill, replay, delete);
        row.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return row;
    }

    private void edit(LrsTarget target) {
        // the current row, not the grid's copy: another admin may have changed it meanwhile
        LrsTarget current = forwarding.find(target.id()).orElse(null);
        if (current == null) {
            refresh();
            return;
        }
        var editor = new LrsTargetEditor(current, forwarding.scopeChoices());
        editor.addSaveListener(e -> {
            var d = e.draft();
            try {
                forwarding.update(e.targetId(), d.name, d.endpoint, d.xapiVersion, d.username,
                        d.password.isEmpty() ? null : d.password, d.batchSize);
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

    private void confirmDelete(TargetStatus s) {
        var confirm = new ConfirmDialog(getTranslation("lrs.target.delete-title", s.target().name()),
                getTranslation("lrs.target.delete-text", s.pending(), s.deadLettered()),
                getTranslation("lrs.target.delete"), e -> {
                    forwarding.delete(s.target().id());
                    Notification.show(getTranslation("lrs.target.deleted", s.target().name()));
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lrs.cancel"));
        confirm.open();
    }

    private void issue(TextField name, CheckboxGroup<String> scopes) {
        if (name.isEmpty() || scopes.isEmpty()) {
            Notification.show(getTranslation("lrs.client.incomplete"));
            return;
        }
        var issued = clients.issue(name.getValue(), scopes.getValue());
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("lrs.client.issued"));
        var secret = new Pre(getTranslation("lrs.client.key") + ": " + issued.client().key() + "\n"
                        + getTranslation("lrs.client.secret") + ": " + issued.secret());
        secret.setId("lrs-issued");
        dialog.add(new Paragraph(getTranslation("lrs.client.once")), secret);
        dialog.getFooter().add(new Button(getTranslation("lrs.close"), e -> dialog.close()));
        dialog.open();
        name.clear();
        refresh();
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
