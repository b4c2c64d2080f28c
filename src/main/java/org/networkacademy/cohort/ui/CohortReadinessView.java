package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.TrainerDashboard;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.SelfAssessment;
import org.networkacademy.learning.ui.ReadinessChart;

/** Readiness self-assessment of the cohort: mean per dimension before and after the module, as a chart and a table. */
@Route("cohorts/:cohortId([0-9]+)/readiness")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CohortReadinessView extends CohortPage {

    private final TrainerDashboard dashboard;
    private final CourseCatalog catalog;

    CohortReadinessView(CohortService cohorts, TrainerDashboard dashboard, CourseCatalog catalog) {
        super(cohorts, "cohort.section.readiness");
        this.dashboard = dashboard;
        this.catalog = catalog;
    }

    @Override
    protected void render() {
        var readiness = dashboard.readiness(cohort.getId());
        // dimension titles in the trainer's language, as trainees read them (ids and scores are the English file's)
        SelfAssessment instrument = catalog.require(cohort.getModuleId())
                .in(org.networkacademy.base.i18n.UiLanguage.orEnglish(getLocale()).tag()).selfAssessment();
        add(new Paragraph(getTranslation("cohort-readiness.counts", readiness.preCount(), readiness.postCount())));
        if (readiness.preCount() == 0 && readiness.postCount() == 0) {
            return;
        }
        add(new Html(ReadinessChart.svg(instrument, readiness.pre().isEmpty() ? null : readiness.pre(),
                readiness.post().isEmpty() ? null : readiness.post(), getTranslation("cohort-readiness.chart-title"),
                getTranslation("readiness.before"), getTranslation("readiness.after"))));
        var table = new Grid<SelfAssessment.Dimension>();
        table.setId("readiness-table");
        table.setAllRowsVisible(true);
        table.addColumn(SelfAssessment.Dimension::title).setHeader(getTranslation("cohort-readiness.dimension"));
        table.addColumn(d -> readiness.pre().containsKey(d.id()) ? readiness.pre().get(d.id()).toPlainString() : "–")
                .setHeader(getTranslation("readiness.before"));
        table.addColumn(d -> readiness.post().containsKey(d.id()) ? readiness.post().get(d.id()).toPlainString() : "–")
                .setHeader(getTranslation("readiness.after"));
        table.setItems(instrument.dimensions());
        add(table);
    }
}
