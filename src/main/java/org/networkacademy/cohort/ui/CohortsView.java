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

    CohortsView(CohortService cohorts, CourseCatalog catalog) {
        addClassName("na-page");
        var create = new Button(getTranslation("cohorts.new"), e -> getUI().ifPresent(ui -> ui.navigate(CohortEditView.class)));
        create.setId("cohort-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var grid = new Grid<Cohort>();
        grid.setId("cohort-list");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(c -> new RouterLink(c.getName(), CohortDashboardView.class, CohortPage.params(c.getId())))
                .setHeader(getTranslation("cohort.name")).setFlexGrow(2);
        grid.addColumn(c -> catalog.module(c.getModuleId()).map(m -> m.title()).orElse(c.getModuleId())).setHeader(getTranslation("cohort.module")).setFlexGrow(2);
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
