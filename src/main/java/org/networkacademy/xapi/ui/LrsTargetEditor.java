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
 * shown (left blank, the stored one is kept). Validation messages are shown under their field and say what to
 * enter, without repeating the field's label. Fires
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
        Integer catchUpBatchSize;
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
        leftToRight(endpoint);
        var version = new Select<String>();
        version.setId("lrs-edit-version");
        version.setLabel(getTranslation("lrs.target.version"));
        version.setItems("1.0.3", "2.0.0");
        version.setHelperText(getTranslation("lrs.target.version-help"));
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
        var catchUp = catchUpField("lrs-edit-catch-up");
        String catchUpError = catchUp.getErrorMessage();
        var scope = new Select<ScopeChoice>();
        scope.setId("lrs-edit-scope");
        scope.setLabel(getTranslation("lrs.target.scope"));
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(getTranslation("lrs.target.scope.all"));
        scope.setItemLabelGenerator(c -> c == null ? getTranslation("lrs.target.scope.all") : c.label());
        List<ScopeChoice> items = new ArrayList<>(choices);
        ScopeChoice current = current(target, items);
        scope.setItems(items);

        limit(name, ForwardingService.MAX_NAME_LENGTH);
        limit(endpoint, ForwardingService.MAX_ENDPOINT_LENGTH);
        limit(username, ForwardingService.MAX_USERNAME_LENGTH);
        binder.forField(name).asRequired(getTranslation("lrs.target.error.name"))
                .withValidator(v -> v.strip().length() <= ForwardingService.MAX_NAME_LENGTH, tooLong(name, ForwardingService.MAX_NAME_LENGTH))
                .bind(d -> d.name, (d, v) -> d.name = v.strip());
        binder.forField(endpoint).asRequired(getTranslation("lrs.target.error.endpoint"))
                .withValidator(LrsTargetEditor::isEndpoint, getTranslation("lrs.target.error.endpoint"))
                .withValidator(LrsTargetEditor::isEndpointLength, tooLong(endpoint, ForwardingService.MAX_ENDPOINT_LENGTH))
                .bind(d -> d.endpoint, (d, v) -> d.endpoint = v.strip());
        binder.forField(version).asRequired(getTranslation("lrs.target.error.version"))
                .bind(d -> d.xapiVersion, (d, v) -> d.xapiVersion = v);
        binder.forField(username).asRequired(getTranslation("lrs.target.error.username"))
                .withValidator(v -> v.strip().length() <= ForwardingService.MAX_USERNAME_LENGTH,
                        tooLong(username, ForwardingService.MAX_USERNAME_LENGTH))
                .bind(d -> d.username, (d, v) -> d.username = v.strip());
        binder.forField(password).bind(d -> d.password, (d, v) -> d.password = v == null ? "" : v);
        binder.forField(batch).asRequired(batchError)
                .withValidator(LrsTargetEditor::isBatchSize, batchError)
                .bind(d -> d.batchSize, (d, v) -> d.batchSize = v);
        var catchUpBinding = binder.forField(catchUp).asRequired(catchUpError)
                .withValidator(v -> isCatchUpBatchSize(v, isBatchSize(batch.getValue()) ? batch.getValue() : null), catchUpError)
                .bind(d -> d.catchUpBatchSize, (d, v) -> d.catchUpBatchSize = v);
        // the catch-up size is checked against the batch size: a new batch size checks it again
        batch.addValueChangeListener(e -> {
            if (!catchUp.isEmpty()) {
                catchUpBinding.validate();
            }
        });
        binder.forField(scope).bind(d -> d.scope, (d, v) -> d.scope = v);

        draft.name = target.name();
        draft.endpoint = target.endpoint();
        draft.xapiVersion = target.xapiVersion();
        draft.username = target.username();
        draft.batchSize = target.batchSize();
        draft.catchUpBatchSize = target.catchUpBatchSize();
        draft.scope = current;
        binder.readBean(draft);

        var form = new FormLayout(name, endpoint, version, username, password, batch, catchUp, scope);
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

    /**
     * The catch-up batch size field of the edit dialog and of the add form: label, help, limits and one message
     * (also its error message, set up front) for every wrong value.
     */
    static IntegerField catchUpField(String id) {
        var catchUp = new IntegerField();
        catchUp.setLabel(catchUp.getTranslation("lrs.target.catch-up"));
        catchUp.setId(id);
        catchUp.setMin(1);
        catchUp.setMax(ForwardingService.MAX_CATCH_UP_BATCH_SIZE);
        catchUp.setStepButtonsVisible(true);
        catchUp.setHelperText(catchUp.getTranslation("lrs.target.catch-up-help"));
        String catchUpError = catchUp.getTranslation("lrs.target.error.catch-up");
        catchUp.setErrorMessage(catchUpError);
        catchUp.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(catchUpError).setMaxErrorMessage(catchUpError)
                .setBadInputErrorMessage(catchUpError).setRequiredErrorMessage(catchUpError));
        return catchUp;
    }

    /** @return true when {@code size} is a batch size a target may have (1–500 statements) */
    static boolean isBatchSize(Integer size) {
        return size != null && size >= 1 && size <= 500;
    }

    /**
     * @return true when {@code size} is a catch-up batch size a target with batch size {@code batchSize} may have
     * (from the batch size to {@link ForwardingService#MAX_CATCH_UP_BATCH_SIZE}); a null batch size (callers pass
     * null for an invalid one, flagged on its own field) checks only the limits
     */
    static boolean isCatchUpBatchSize(Integer size, Integer batchSize) {
        return size != null && size >= (batchSize == null ? 1 : batchSize) && size <= ForwardingService.MAX_CATCH_UP_BATCH_SIZE;
    }

    /**
     * Limits a text field to the size of its column. The browser's {@code maxlength} is not used: it cuts a pasted
     * value silently. A longer value is kept as entered and the field is marked invalid as soon as it changes, with
     * the validators' message giving the maximum, so the admin sees what to shorten.
     */
    static void limit(TextField field, int max) {
        field.addValueChangeListener(e -> {
            if (e.getValue().strip().length() > max) {
                field.setErrorMessage(tooLong(field, max));
                field.setInvalid(true);
            }
        });
    }

    /** A text field whose value reads left to right, also in the Arabic UI (see network-academy.css). */
    static final String LTR_FIELD = "na-ltr-field";

    /**
     * Lays a URL field out left to right in every UI language: {@code dir="ltr"} on the field, and a class whose
     * rule sets the direction on its input itself, so that it holds wherever the field is shown (a dialog's
     * overlay included) and "http://…/xapi/" never shows as "/http://…/xapi".
     */
    static void leftToRight(TextField field) {
        field.getElement().setAttribute("dir", "ltr");
        field.addClassName(LTR_FIELD);
    }

    /**
     * @return "Enter at most 200 characters." in the UI language: shown under the field, whose label names it (a
     * message shown elsewhere, such as a notification, must name the field itself)
     */
    static String tooLong(TextField field, int max) {
        return field.getTranslation("lrs.target.error.too-long", max);
    }

    /** @return true when {@code value}, once normalised (a trailing slash added), fits the endpoint column */
    static boolean isEndpointLength(String value) {
        try {
            return ForwardingService.checkEndpoint(value).length() <= ForwardingService.MAX_ENDPOINT_LENGTH;
        } catch (IllegalArgumentException e) {
            return true; // reported as not a URL
        }
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
