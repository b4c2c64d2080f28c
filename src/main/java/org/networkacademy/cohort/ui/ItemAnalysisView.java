package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.base.i18n.UiLanguage;
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
        // titles, questions and options in the trainer's language, as trainees of that language read them (screen and files)
        String language = UiLanguage.orEnglish(getLocale()).tag();
        String base = fileBase(getTranslation("cohort.section.items"));
        add(new HorizontalLayout(download("export.csv", base, false, () -> exports.itemAnalysis(id, language, this::getTranslation)),
                download("export.xlsx", base, true, () -> exports.itemAnalysis(id, language, this::getTranslation))));
        var grid = new Grid<QuestionStats>();
        grid.setId("item-grid");
        grid.addColumn(QuestionStats::setTitle).setKey("set").setHeader(getTranslation("items.col.set")).setAutoWidth(true);
        grid.addColumn(QuestionStats::prompt).setKey("question").setHeader(getTranslation("items.col.question")).setFlexGrow(3);
        grid.addColumn(QuestionStats::answered).setHeader(getTranslation("items.col.answered"));
        grid.addColumn(q -> q.answered() == 0 ? "–" : q.percentCorrect() + " %").setHeader(getTranslation("items.col.correct"));
        grid.addColumn(q -> q.wrongOptions().stream().map(w -> getTranslation("items.wrong-option", w.text(), w.chosen()))
                .collect(Collectors.joining(" · "))).setKey("wrong-options").setHeader(getTranslation("items.col.wrong-options")).setFlexGrow(3);
        grid.setItems(dashboard.itemAnalysis(id, language));
        grid.setHeight("70vh");
        add(grid);
    }
}
