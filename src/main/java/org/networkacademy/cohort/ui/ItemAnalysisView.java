package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.CohortExports;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.Dashboard.QuestionStats;
import org.networkacademy.cohort.TrainerDashboard;

import java.util.stream.Collectors;

/** Item analysis: per question of every knowledge check and the final assessment, % correct and how often each wrong option was chosen. */
@Route("cohorts/:cohortId([0-9]+)/items")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class ItemAnalysisView extends CohortPage {

    private final TrainerDashboard dashboard;
    private final CohortExports exports;

    ItemAnalysisView(CohortService cohorts, TrainerDashboard dashboard, CohortExports exports) {
        super(cohorts, "cohort.section.items");
        this.dashboard = dashboard;
        this.exports = exports;
    }

    @Override
    protected void render() {
        long id = cohort.getId();
        String base = fileBase(getTranslation("cohort.section.items"));
        add(new HorizontalLayout(download("export.csv", base, false, () -> exports.itemAnalysis(id, this::getTranslation)),
                download("export.xlsx", base, true, () -> exports.itemAnalysis(id, this::getTranslation))));
        var grid = new Grid<QuestionStats>();
        grid.setId("item-grid");
        grid.addColumn(QuestionStats::setTitle).setHeader(getTranslation("items.col.set")).setAutoWidth(true);
        grid.addColumn(QuestionStats::prompt).setHeader(getTranslation("items.col.question")).setFlexGrow(3);
        grid.addColumn(QuestionStats::answered).setHeader(getTranslation("items.col.answered"));
        grid.addColumn(q -> q.answered() == 0 ? "–" : q.percentCorrect() + " %").setHeader(getTranslation("items.col.correct"));
        grid.addColumn(q -> q.wrongOptions().stream().map(w -> getTranslation("items.wrong-option", w.text(), w.chosen()))
                .collect(Collectors.joining(" · "))).setHeader(getTranslation("items.col.wrong-options")).setFlexGrow(3);
        grid.setItems(dashboard.itemAnalysis(id));
        grid.setHeight("70vh");
        add(grid);
    }
}
