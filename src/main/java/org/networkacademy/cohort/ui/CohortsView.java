package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.Cohort;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.content.CourseCatalog;

/** The cohorts the trainer runs (an admin sees all), with a button to create one. */
@Route("cohorts")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CohortsView extends VerticalLayout implements HasDynamicTitle {

    /** A cohort's name: a long one without spaces breaks anywhere rather than overflow the page (see cohorts.css). */
    static final String COHORT_NAME = "na-cohort-name";

    CohortsView(CohortService cohorts, CourseCatalog catalog) {
        addClassName("na-page");
        var create = new Button(getTranslation("cohorts.new"), e -> getUI().ifPresent(ui -> ui.navigate(CohortEditView.class)));
        create.setId("cohort-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var grid = new Grid<Cohort>();
        grid.setId("cohort-list");
        grid.setAllRowsVisible(true);
        // a long name without spaces wraps in its cell rather than widening the page (see cohorts.css)
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(c -> {
                    var link = new RouterLink(c.getName(), CohortDashboardView.class, CohortPage.params(c.getId()));
                    link.addClassName(COHORT_NAME);
                    return link;
                })
                .setKey("name").setHeader(getTranslation("cohort.name")).setFlexGrow(2);
        // the module's title in the trainer's language, as trainees see it
        String language = org.networkacademy.base.i18n.UiLanguage.orEnglish(getLocale()).tag();
        grid.addColumn(c -> catalog.module(c.getModuleId()).map(m -> m.in(language).title()).orElse(c.getModuleId()))
                .setKey("module").setHeader(getTranslation("cohort.module")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("cohort.status." + c.getStatus().name())).setHeader(getTranslation("cohort.status"));
        grid.addColumn(c -> (c.getStartsOn() == null ? "…" : c.getStartsOn().toString()) + " – "
                + (c.getEndsOn() == null ? "…" : c.getEndsOn().toString())).setHeader(getTranslation("cohort.dates"));
        grid.addColumn(Cohort::getJoinCode).setHeader(getTranslation("cohort.code"));
        grid.setItems(cohorts.myCohorts());
        add(new H1(getTranslation("cohorts.title")), create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.title") + " | " + getTranslation("app.name");
    }
}
