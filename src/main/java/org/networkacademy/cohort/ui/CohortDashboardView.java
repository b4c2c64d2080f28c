package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.UI;
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
import org.networkacademy.base.ui.ClientTime;
import org.networkacademy.cohort.CohortExports;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.Dashboard;
import org.networkacademy.cohort.Dashboard.Cell;
import org.networkacademy.cohort.Dashboard.Column;
import org.networkacademy.cohort.Dashboard.LearnerRow;
import org.networkacademy.cohort.TrainerDashboard;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The learner × activity grid of a cohort: one row per learner (loaded lazily, page by page),
 * one column per lesson, knowledge check, exercise and the final assessment; each cell gives its
 * status in words (and the score), with a colour as a second signal. Sortable by name, progress
 * and last activity (shown in the user's time zone and locale).
 */
@Route("cohorts/:cohortId([0-9]+)")
@RolesAllowed({Role.Names.TRAINER, Role.Names.ADMIN})
public class CohortDashboardView extends CohortPage {

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
        // the activities' titles (tooltips) in the trainer's language
        List<Column> columns = dashboard.columns(id, org.networkacademy.base.i18n.UiLanguage.orEnglish(getLocale()).tag());
        int learners = dashboard.learnerCount(id);
        add(new Paragraph(getTranslation("dashboard.learners", learners)));
        add(new HorizontalLayout(
                download("export.csv", fileBase(getTranslation("cohort.section.progress")), false, () -> exports.grid(id, this::getTranslation)),
                download("export.xlsx", fileBase(getTranslation("cohort.section.progress")), true, () -> exports.grid(id, this::getTranslation))));

        grid = learnerGrid(columns, this::getTranslation, ClientTime.dateTime(UI.getCurrent()));
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
        add(grid);
        setFlexGrow(1, grid);
    }

    /** Translation with parameters: {@code getTranslation} of a component, or a stand-in at start-up. */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... params);
    }

    /**
     * The learner × activity grid without its items: name, progress and last activity (sortable),
     * then one column per activity whose cells give the status in words (each state translated
     * once per grid, not once per cell), a part name for the colour and the activity's title as
     * tooltip. Also built at start-up by {@link DashboardWarmUp}.
     *
     * @param dates formats the last activity (the user's time zone and locale, see {@link ClientTime})
     */
    static Grid<LearnerRow> learnerGrid(List<Column> columns, Translator t, DateTimeFormatter dates) {
        Map<Dashboard.CellState, String> states = new EnumMap<>(Dashboard.CellState.class);
        for (Dashboard.CellState state : Dashboard.CellState.values()) {
            states.put(state, t.get("dashboard.state." + state.name()));
        }
        var grid = new Grid<LearnerRow>();
        grid.setId("learner-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setPageSize(50);
        grid.setAriaLabel(t.get("dashboard.grid-label"));
        grid.addColumn(LearnerRow::name).setHeader(t.get("dashboard.col.name")).setKey("name")
                .setSortProperty(Dashboard.Sort.NAME.name()).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.percent() + " %").setHeader(t.get("dashboard.col.progress")).setKey("progress")
                .setSortProperty(Dashboard.Sort.PROGRESS.name()).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> dates.format(r.lastActivity())).setHeader(t.get("dashboard.col.last-activity"))
                .setKey("last").setSortProperty(Dashboard.Sort.LAST_ACTIVITY.name()).setAutoWidth(true).setFlexGrow(0);
        for (Column c : columns) {
            grid.addColumn(r -> cellText(states, r.cell(c.key())))
                    .setHeader(header(c, t)).setKey(c.key()).setWidth("8.5rem").setFlexGrow(0)
                    .setPartNameGenerator(r -> "na-cell-" + tone(r.cell(c.key())))
                    .setTooltipGenerator(r -> c.title());
        }
        grid.setHeight("70vh");
        return grid;
    }

    private static String header(Column c, Translator t) {
        return switch (c.kind()) {
            case LESSON -> t.get("dashboard.col.lesson", c.number());
            case CHECK -> t.get("dashboard.col.check", c.number());
            case EXERCISE -> t.get("dashboard.col.exercise", c.number());
            case FINAL -> t.get("dashboard.col.final");
        };
    }

    /** @return the cell in words, e.g. "Passed 85 %" */
    static String cellText(Map<Dashboard.CellState, String> states, Cell cell) {
        String state = states.get(cell.state());
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
