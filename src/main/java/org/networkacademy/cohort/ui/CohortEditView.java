package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Role;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.cohort.Cohort;
import org.networkacademy.cohort.CohortDetails;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.CohortStatus;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.CourseModule;
import org.springframework.security.access.AccessDeniedException;

import java.util.Set;
import java.util.stream.Collectors;

/** Create ({@code cohorts/edit}) or edit ({@code cohorts/edit/:cohortId}) a cohort: name, module, language, dates, trainers, status. */
@Route("cohorts/edit/:cohortId?")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CohortEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CohortService cohorts;
    private final CourseCatalog catalog;
    private Long cohortId;

    private final TextField name = new TextField();
    private final ComboBox<CourseModule> module = new ComboBox<>();
    private final ComboBox<String> language = new ComboBox<>();
    private final DatePicker startsOn = new DatePicker();
    private final DatePicker endsOn = new DatePicker();
    private final MultiSelectComboBox<AppUser> trainers = new MultiSelectComboBox<>();
    private final ComboBox<CohortStatus> status = new ComboBox<>();

    CohortEditView(CohortService cohorts, CourseCatalog catalog) {
        this.cohorts = cohorts;
        this.catalog = catalog;
        addClassName("na-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        cohortId = null;
        Cohort existing = null;
        var param = event.getRouteParameters().get(CohortPage.PARAM);
        if (param.isPresent()) {
            try {
                existing = cohorts.cohort(Long.parseLong(param.get()));
                cohortId = existing.getId();
            } catch (NumberFormatException | AccessDeniedException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        name.setLabel(getTranslation("cohort.name"));
        name.setId("cohort-name");
        name.setMaxLength(200);
        name.setRequired(true);
        module.setLabel(getTranslation("cohort.module"));
        module.setId("cohort-module");
        module.setItems(catalog.modules());
        // the module's title in the trainer's language, as trainees see it
        String uiLanguage = org.networkacademy.base.i18n.UiLanguage.orEnglish(getLocale()).tag();
        module.setItemLabelGenerator(m -> m.in(uiLanguage).title());
        module.addValueChangeListener(e -> {
            language.setItems(e.getValue() == null ? java.util.List.of() : e.getValue().languages());
            if (e.getValue() != null && language.getValue() == null) {
                language.setValue(e.getValue().languages().getFirst());
            }
        });
        language.setLabel(getTranslation("cohort.language"));
        language.setId("cohort-language");
        startsOn.setLabel(getTranslation("cohort.starts"));
        startsOn.setId("cohort-starts");
        endsOn.setLabel(getTranslation("cohort.ends"));
        endsOn.setId("cohort-ends");
        startsOn.setI18n(org.networkacademy.base.i18n.ComponentTexts.datePicker(this));
        endsOn.setI18n(org.networkacademy.base.i18n.ComponentTexts.datePicker(this));
        trainers.setLabel(getTranslation("cohort.trainers"));
        trainers.setId("cohort-trainers");
        var available = cohorts.availableTrainers();
        trainers.setItems(available);
        trainers.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getEmail() + ")");
        status.setLabel(getTranslation("cohort.status"));
        status.setId("cohort-status");
        status.setItems(CohortStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("cohort.status." + s.name()));

        if (existing == null) {
            module.setValue(catalog.defaultModule());
            status.setValue(CohortStatus.OPEN);
        } else {
            var d = existing.details();
            name.setValue(d.name());
            catalog.module(d.moduleId()).ifPresent(module::setValue);
            language.setValue(d.language());
            startsOn.setValue(d.startsOn());
            endsOn.setValue(d.endsOn());
            status.setValue(d.status());
            trainers.setValue(available.stream().filter(u -> d.trainerIds().contains(u.getId())).collect(Collectors.toSet()));
        }
        var save = new Button(getTranslation("cohort.save"), e -> save());
        save.setId("cohort-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, module, language, status, startsOn, endsOn, trainers);
        add(new H1(getTranslation(existing == null ? "cohorts.new" : "cohort.edit")), form, save);
    }

    private void save() {
        Set<Long> trainerIds = trainers.getValue().stream().map(AppUser::getId).collect(Collectors.toSet());
        var details = new CohortDetails(name.getValue(), module.getValue() == null ? null : module.getValue().id(),
                language.getValue(), startsOn.getValue(), endsOn.getValue(), status.getValue(), trainerIds);
        try {
            Cohort saved = cohortId == null ? cohorts.create(details) : cohorts.update(cohortId, details);
            getUI().ifPresent(ui -> ui.navigate(CohortDashboardView.class, CohortPage.params(saved.getId())));
        } catch (IllegalArgumentException e) {
            ErrorMessages.show(this, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(cohortId == null ? "cohorts.new" : "cohort.edit") + " | " + getTranslation("app.name");
    }
}
