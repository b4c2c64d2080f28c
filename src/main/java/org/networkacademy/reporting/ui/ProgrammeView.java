package org.networkacademy.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.networkacademy.account.Role;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.reporting.ProgrammeFigures;
import org.networkacademy.reporting.ProgrammeService;

import java.util.List;

/**
 * The programme dashboard (admin): key figures of the module, and enrolled / certified and pass
 * rate by country, institution and month of enrolment, as charts and tables.
 */
@Route("admin/programme")
@RolesAllowed(Role.Names.ADMIN)
public class ProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgrammeService programme;
    private final CourseCatalog catalog;

    ProgrammeView(ProgrammeService programme, CourseCatalog catalog) {
        this.programme = programme;
        this.catalog = catalog;
        addClassName("na-page");
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ProgrammeFigures f = programme.figures(catalog.defaultModule().id());
        add(new H1(getTranslation("programme.title")));
        var t = f.total();
        var kpis = new HorizontalLayout(kpi("programme.enrolled", t.enrolled()), kpi("programme.active", t.active()),
                kpi("programme.completed", t.completed()), kpi("programme.certified", t.certified()),
                kpi("programme.pass-rate", t.passRate() < 0 ? "–" : t.passRate() + " %"));
        kpis.setWrap(true);
        kpis.setId("programme-kpis");
        add(kpis);
        section("programme.by-country", f.byCountry());
        section("programme.by-institution", f.byInstitution());
        section("programme.by-month", f.byMonth());
        section("programme.by-cohort", f.byCohort());
        // drill down: each cohort's own dashboard
        var links = new com.vaadin.flow.component.html.UnorderedList();
        links.setId("programme-cohort-links");
        f.byCohort().stream().filter(r -> f.cohortIds().containsKey(r.key())).forEach(r -> links.add(new com.vaadin.flow.component.html.ListItem(
                new com.vaadin.flow.component.html.Anchor("cohorts/" + f.cohortIds().get(r.key()), getTranslation("programme.open-cohort", r.key())))));
        add(links);
    }

    private void section(String titleKey, List<ProgrammeFigures.Row> rows) {
        add(new H2(getTranslation(titleKey)));
        if (rows.isEmpty()) {
            add(new Span(getTranslation("programme.none")));
            return;
        }
        add(new Html(BarChart.svg(getTranslation(titleKey), getTranslation("programme.enrolled"), getTranslation("programme.certified"),
                rows.stream().limit(15).map(r -> new BarChart.Bar(r.key(), r.enrolled(), r.certified())).toList())));
        var grid = new Grid<ProgrammeFigures.Row>();
        grid.addColumn(ProgrammeFigures.Row::key).setHeader(getTranslation(titleKey)).setFlexGrow(2);
        grid.addColumn(ProgrammeFigures.Row::enrolled).setHeader(getTranslation("programme.enrolled"));
        grid.addColumn(ProgrammeFigures.Row::active).setHeader(getTranslation("programme.active"));
        grid.addColumn(ProgrammeFigures.Row::completed).setHeader(getTranslation("programme.completed"));
        grid.addColumn(ProgrammeFigures.Row::certified).setHeader(getTranslation("programme.certified"));
        grid.addColumn(r -> r.passRate() < 0 ? "–" : r.passRate() + " %").setHeader(getTranslation("programme.pass-rate"));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 20);
        add(grid);
    }

    private Div kpi(String key, Object value) {
        var number = new Span(String.valueOf(value));
        number.addClassName("na-kpi-value");
        var div = new Div(number, new Span(getTranslation(key)));
        div.addClassName("na-kpi");
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programme.title") + " | " + getTranslation("app.name");
    }
}
