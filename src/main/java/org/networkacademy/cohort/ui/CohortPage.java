package org.networkacademy.cohort.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.networkacademy.cohort.Cohort;
import org.networkacademy.cohort.CohortService;
import org.networkacademy.cohort.TableExport;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Base of the trainer's cohort pages ({@code cohorts/:cohortId/...}): loads the cohort through the
 * service (which refuses cohorts the user does not train: the page then answers "not found", so
 * cohort ids cannot be probed), shows the cohort header and the section links.
 */
abstract class CohortPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "cohortId";

    protected final CohortService cohorts;
    protected Cohort cohort;
    private final String titleKey;

    CohortPage(CohortService cohorts, String titleKey) {
        this.cohorts = cohorts;
        this.titleKey = titleKey;
        addClassNames("na-page", "na-wide-page");
    }

    static RouteParameters params(long cohortId) {
        return new RouteParameters(PARAM, String.valueOf(cohortId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get(PARAM).orElse(""));
            cohort = cohorts.cohort(id);
        } catch (NumberFormatException | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var heading = new H1(cohort.getName() + " – " + getTranslation(titleKey));
        heading.addClassName(CohortsView.COHORT_NAME);
        add(heading);
        add(new Paragraph(new Span(getTranslation("cohort.code-label", cohort.getJoinCode())), new Span(" · "),
                new Span(getTranslation("cohort.invite-label") + " "), new Anchor(cohorts.inviteLink(cohort), cohorts.inviteLink(cohort))));
        var nav = new Nav();
        nav.addClassName("na-section-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("cohort.sections"));
        nav.add(link("cohort.section.progress", CohortDashboardView.class), link("cohort.section.at-risk", AtRiskView.class),
                link("cohort.section.items", ItemAnalysisView.class), link("cohort.section.readiness", CohortReadinessView.class),
                link("cohort.section.review", ReviewQueueView.class), link("cohort.section.import", ImportView.class),
                new RouterLink(getTranslation("cohort.section.edit"), CohortEditView.class, params(cohort.getId())));
        add(nav);
        render();
    }

    private RouterLink link(String key, Class<? extends CohortPage> view) {
        var link = new RouterLink(getTranslation(key), view, params(cohort.getId()));
        if (view == getClass()) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }

    /** Adds the page's content; {@link #cohort} is set. */
    protected abstract void render();

    /** @return a download link for a table as CSV or XLSX, built when clicked */
    protected Anchor download(String labelKey, String baseName, boolean xlsx, Supplier<TableExport> table) {
        String fileName = baseName + (xlsx ? ".xlsx" : ".csv");
        DownloadHandler handler = event -> {
            TableExport t = table.get();
            byte[] bytes = xlsx ? t.xlsx() : t.csv();
            event.setContentType(xlsx ? TableExport.XLSX_TYPE : TableExport.CSV_TYPE);
            event.getResponse().setHeader("Content-Disposition", TableExport.contentDisposition(fileName));
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        var anchor = new Anchor(handler, getTranslation(labelKey));
        anchor.getElement().setAttribute("download", fileName);
        anchor.addClassName("na-download");
        return anchor;
    }

    /** @return a file base name: the cohort name (any script kept) and the table */
    protected String fileBase(String what) {
        return cohort.getName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + " – " + what;
    }

    @Override
    public String getPageTitle() {
        return (cohort == null ? "" : cohort.getName() + ": ") + getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
