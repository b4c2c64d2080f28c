package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.CohortExports;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.Dashboard.AtRisk;
import org.networkacademy.cohort.TrainerDashboard;

import java.util.stream.Collectors;

/** Learners at risk: inactive for N days, failed the final assessment, or progress below X %. */
@Route("cohorts/:cohortId([0-9]+)/at-risk")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class AtRiskView extends CohortPage {

    private final TrainerDashboard dashboard;
    private final CohortExports exports;
    private final IntegerField days = new IntegerField();
    private final IntegerField percent = new IntegerField();
    private final Grid<AtRisk> grid = new Grid<>();
    private final Div exportLinks = new Div();

    AtRiskView(CohortService cohorts, TrainerDashboard dashboard, CohortExports exports) {
        super(cohorts, "cohort.section.at-risk");
        this.dashboard = dashboard;
        this.exports = exports;
        days.setValue(7);
        percent.setValue(25);
    }

    @Override
    protected void render() {
        days.setLabel(getTranslation("risk.days"));
        days.setId("risk-days");
        days.setMin(1);
        days.setMax(365);
        days.setStepButtonsVisible(true);
        percent.setLabel(getTranslation("risk.percent"));
        percent.setId("risk-percent");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        var apply = new Button(getTranslation("risk.apply"), e -> refresh());
        var filters = new HorizontalLayout(days, percent, apply);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.removeAllColumns();
        grid.setId("risk-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> a.learner().name()).setHeader(getTranslation("dashboard.col.name"));
        grid.addColumn(a -> a.learner().institution()).setHeader(getTranslation("dashboard.col.institution"));
        grid.addColumn(a -> getTranslation("risk.days-value", a.daysInactive())).setHeader(getTranslation("risk.col.days"));
        grid.addColumn(a -> a.learner().percent() + " %").setHeader(getTranslation("dashboard.col.progress"));
        grid.addColumn(a -> a.reasons().stream().sorted().map(r -> getTranslation("risk.reason." + r.name()))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("risk.col.reasons")).setFlexGrow(2);
        add(filters, exportLinks, grid);
        refresh();
    }

    private void refresh() {
        int d = days.getValue() == null ? 7 : Math.max(1, days.getValue());
        int p = percent.getValue() == null ? 0 : Math.min(100, Math.max(0, percent.getValue()));
        long id = cohort.getId();
        grid.setItems(dashboard.atRisk(id, d, p));
        exportLinks.removeAll();
        String base = fileBase(getTranslation("cohort.section.at-risk"));
        exportLinks.add(new HorizontalLayout(
                download("export.csv", base, false, () -> exports.atRisk(id, d, p, this::getTranslation)),
                download("export.xlsx", base, true, () -> exports.atRisk(id, d, p, this::getTranslation))));
    }
}
