package org.networkacademy.xapi.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.networkacademy.xapi.forwarding.ForwardingService;
import org.networkacademy.xapi.forwarding.ForwardingService.ScopeChoice;
import org.networkacademy.xapi.forwarding.LrsTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Edits a forwarding target in a dialog: every field prefilled except the password, which is never
 * shown (left blank, the stored one is kept). Validation messages name the field. Fires
 * {@link SaveEvent} with the edited values; the view saves them through the service.
 */
class LrsTargetEditor extends Dialog {

    /** The edited values; {@code password} is blank when the stored one is to be kept. */
    static final class Draft {
        String name;
        String endpoint;
        String xapiVersion;
        String username;
        String password = "";
        Integer batchSize;
        ScopeChoice scope;
    }

    /** Save was clicked and every field is valid. */
    static final class SaveEvent extends ComponentEvent<LrsTargetEditor> {
        private final long targetId;
        private final Draft draft;

        SaveEvent(LrsTargetEditor source, long targetId, Draft draft) {
            super(source, false);
            this.targetId = targetId;
            this.draft = draft;
        }

        long targetId() {
            return targetId;
        }

        Draft draft() {
            return draft;
        }
    }

    private final LrsTarget target;
    private final Draft draft = new Draft();
    private final Binder<Draft> binder = new Binder<>();

    LrsTargetEditor(LrsTarget target, List<ScopeChoice> choices) {
        this.target = target;
        setHeaderTitle(getTranslation("lrs.target.edit-title", target.name()));

        var name = new TextField(getTranslation("lrs.target.name"));
        name.setId("lrs-edit-name");
        var endpoint = new TextField(getTranslation("lrs.target.endpoint"));
        endpoint.setId("lrs-edit-endpoint");
        endpoint.setPlaceholder("https://lrs.example.org/xapi/");
        var version = new Select<String>();
        version.setId("lrs-edit-version");
        version.setLabel(getTranslation("lrs.target.version"));
        version.setItems("1.0.3", "2.0.0");
        var username = new TextField(getTranslation("lrs.target.username"));
        username.setId("lrs-edit-username");
        var password = new PasswordField(getTranslation("lrs.target.password"));
        password.setId("lrs-edit-password");
        password.setHelperText(getTranslation("lrs.target.password-keep"));
        var batch = new IntegerField(getTranslation("lrs.target.batch"));
        batch.setId("lrs-edit-batch");
        batch.setMin(1);
        batch.setMax(500);
        batch.setStepButtonsVisible(true);
        String batchError = getTranslation("lrs.target.error.batch");
        // the field's own checks (min, max, not a number) report before the binder's: same message
        batch.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(batchError).setMaxErrorMessage(batchError)
                .setBadInputErrorMessage(batchError).setRequiredErrorMessage(batchError));
        var scope = new Select<ScopeChoice>();
        scope.setId("lrs-edit-scope");
        scope.setLabel(getTranslation("lrs.target.scope"));
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(getTranslation("lrs.target.scope.all"));
        scope.setItemLabelGenerator(c -> c == null ? getTranslation("lrs.target.scope.all") : c.label());
        List<ScopeChoice> items = new ArrayList<>(choices);
        ScopeChoice current = current(target, items);
        scope.setItems(items);

        binder.forField(name).asRequired(getTranslation("lrs.target.error.name"))
                .bind(d -> d.name, (d, v) -> d.name = v.strip());
        binder.forField(endpoint).asRequired(getTranslation("lrs.target.error.endpoint"))
                .withValidator(LrsTargetEditor::isEndpoint, getTranslation("lrs.target.error.endpoint"))
                .bind(d -> d.endpoint, (d, v) -> d.endpoint = v.strip());
        binder.forField(version).asRequired(getTranslation("lrs.target.error.version"))
                .bind(d -> d.xapiVersion, (d, v) -> d.xapiVersion = v);
        binder.forField(username).asRequired(getTranslation("lrs.target.error.username"))
                .bind(d -> d.username, (d, v) -> d.username = v.strip());
        binder.forField(password).bind(d -> d.password, (d, v) -> d.password = v == null ? "" : v);
        binder.forField(batch).asRequired(batchError)
                .withValidator(LrsTargetEditor::isBatchSize, batchError)
                .bind(d -> d.batchSize, (d, v) -> d.batchSize = v);
        binder.forField(scope).bind(d -> d.scope, (d, v) -> d.scope = v);

        draft.name = target.name();
        draft.endpoint = target.endpoint();
        draft.xapiVersion = target.xapiVersion();
        draft.username = target.username();
        draft.batchSize = target.batchSize();
        draft.scope = current;
        binder.readBean(draft);

        var form = new FormLayout(name, endpoint, version, username, password, batch, scope);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.setColspan(endpoint, 2);
        add(form);

        var save = new Button(getTranslation("lrs.target.save"), e -> save());
        save.setId("lrs-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("lrs.cancel"), e -> close());
        getFooter().add(cancel, save);
        setCloseOnOutsideClick(false);
    }

    private static ScopeChoice current(LrsTarget target, List<ScopeChoice> items) {
        if (target.scopeModuleId() == null && target.scopeCohortId() == null) {
            return null;
        }
        for (ScopeChoice c : items) {
            if (Objects.equals(c.moduleId(), target.scopeModuleId()) && Objects.equals(c.cohortId(), target.scopeCohortId())) {
                return c;
            }
        }
        // a module without enrolments yet is not among the choices: keep it selectable
        ScopeChoice kept = target.scopeModuleId() != null
                ? new ScopeChoice("Module " + target.scopeModuleId(), target.scopeModuleId(), null)
                : new ScopeChoice("Cohort #" + target.scopeCohortId(), null, target.scopeCohortId());
        items.add(kept);
        return kept;
    }

    /** @return true when {@code size} is a batch size a target may have (1–500 statements) */
    static boolean isBatchSize(Integer size) {
        return size != null && size >= 1 && size <= 500;
    }

    /** @return true when {@code value} is an http(s) URL the forwarding service accepts as an endpoint */
    static boolean isEndpoint(String value) {
        try {
            ForwardingService.checkEndpoint(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void save() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, target.id(), draft));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
