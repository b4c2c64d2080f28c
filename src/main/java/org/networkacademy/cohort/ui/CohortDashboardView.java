package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.cohort.CohortExports;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.Dashboard;
import org.networkacademy.cohort.Dashboard.Cell;
import org.networkacademy.cohort.Dashboard.Column;
import org.networkacademy.cohort.Dashboard.LearnerRow;
import org.networkacademy.cohort.TrainerDashboard;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The learner × activity grid of a cohort: one row per learner (loaded lazily, page by page),
 * one column per lesson, knowledge check, exercise and the final assessment; each cell gives its
 * status in words (and the score), with a colour as a second signal. Sortable by name, progress
 * and last activity.
 */
@Route("cohorts/:cohortId([0-9]+)")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CohortDashboardView extends CohortPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final TrainerDashboard dashboard;
    private final CohortExports exports;
    /** The grid, for tests and the benchmark. */
    Grid<LearnerRow> grid;

    CohortDashboardView(CohortService cohorts, TrainerDashboard dashboard, CohortExports exports) {
        super(cohorts, "cohort.section.progress");
        this.dashboard = dashboard;
        this.exports = exports;
    }

    @Override
    protected void render() {
        long id = cohort.getId();
        List<Column> columns = dashboard.columns(id);
        int learners = dashboard.learnerCount(id);
        add(new Paragraph(getTranslation("dashboard.learners", learners)));
        add(new HorizontalLayout(
                download("export.csv", fileBase(getTranslation("cohort.section.progress")), false, () -> exports.grid(id, this::getTranslation)),
                download("export.xlsx", fileBase(getTranslation("cohort.section.progress")), true, () -> exports.grid(id, this::getTranslation))));

        grid = new Grid<>();
        grid.setId("learner-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("dashboard.grid-label"));
        grid.addColumn(LearnerRow::name).setHeader(getTranslation("dashboard.col.name")).setKey("name")
                .setSortProperty(Dashboard.Sort.NAME.name()).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.percent() + " %").setHeader(getTranslation("dashboard.col.progress")).setKey("progress")
                .setSortProperty(Dashboard.Sort.PROGRESS.name()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> DAY.format(r.lastActivity())).setHeader(getTranslation("dashboard.col.last-activity"))
                .setKey("last").setSortProperty(Dashboard.Sort.LAST_ACTIVITY.name()).setAutoWidth(true).setFlexGrow(0);
        for (Column c : columns) {
            grid.addColumn(r -> cellText(r.cell(c.key())))
                    .setHeader(header(c)).setKey(c.key()).setWidth("8.5rem").setFlexGrow(0)
                    .setPartNameGenerator(r -> "na-cell-" + tone(r.cell(c.key())))
                    .setTooltipGenerator(r -> c.title());
        }
        grid.setItems(query -> {
            Dashboard.Sort sort = Dashboard.Sort.NAME;
            boolean ascending = true;
            if (!query.getSortOrders().isEmpty()) {
                QuerySortOrder order = query.getSortOrders().getFirst();
                sort = Dashboard.Sort.valueOf(order.getSorted());
                ascending = order.getDirection() == SortDirection.ASCENDING;
            }
            return dashboard.learners(id, query.getOffset(), query.getLimit(), sort, ascending).stream();
        }, query -> learners);
        grid.setHeight("70vh");
        add(grid);
        setFlexGrow(1, grid);
    }

    private String header(Column c) {
        return switch (c.kind()) {
            case LESSON -> getTranslation("dashboard.col.lesson", c.number());
            case CHECK -> getTranslation("dashboard.col.check", c.number());
            case EXERCISE -> getTranslation("dashboard.col.exercise", c.number());
            case FINAL -> getTranslation("dashboard.col.final");
        };
    }

    /** @return the cell in words, e.g. "Passed 85 %" */
    String cellText(Cell cell) {
        String state = getTranslation("dashboard.state." + cell.state().name());
        return cell.percent() == null ? state : state + " " + cell.percent() + " %";
    }

    static String tone(Cell cell) {
        return switch (cell.state()) {
            case NOT_STARTED -> "none";
            case IN_PROGRESS, DRAFT, SUBMITTED -> "progress";
            case COMPLETED, PASSED, ACCEPTED -> "ok";
            case FAILED, RETURNED -> "problem";
        };
    }
}
