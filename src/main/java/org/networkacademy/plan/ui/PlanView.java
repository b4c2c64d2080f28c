package org.networkacademy.plan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.networkacademy.account.AccountService;
import org.networkacademy.plan.PlanBroadcaster;
import org.networkacademy.plan.PlanPdf;
import org.networkacademy.plan.PlanSectionType;
import org.networkacademy.plan.PlanService;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cohort's practice network plan: all nine sections on one page, edited together. Other
 * members' saves and who is editing arrive by server push. Without a cohort id it opens the
 * first plan the user may see (their cohort; a trainer's newest cohort).
 */
@Route("plan")
@PermitAll
public class PlanView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PlanService plans;
    private final PlanBroadcaster broadcaster;
    private final PlanPdf pdf;
    private final AccountService accounts;
    private final List<SectionPanel> panels = new ArrayList<>();
    private final Span contributions = new Span();
    private Map<String, String> partnerNames = new LinkedHashMap<>();
    private PlanService.PlanView plan;
    private Registration listening;
    private long myId;

    PlanView(PlanService plans, PlanBroadcaster broadcaster, PlanPdf pdf, AccountService accounts) {
        this.plans = plans;
        this.accounts = accounts;
        this.broadcaster = broadcaster;
        this.pdf = pdf;
        addClassName("na-page");
        addClassName("na-plan-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long cohortId) {
        removeAll();
        panels.clear();
        List<PlanService.PlanRef> mine = plans.myPlans();
        Long id = cohortId != null ? cohortId : mine.isEmpty() ? null : mine.getFirst().cohortId();
        if (id == null) {
            add(new H1(getTranslation("plan.page-title")));
            add(new Paragraph(getTranslation("plan.no-cohort")));
            return;
        }
        try {
            plan = plans.plan(id, org.networkacademy.base.i18n.UiLanguage.orEnglish(getLocale()).tag());
        } catch (AccessDeniedException e) {
            // outside the cohort: answered like an unknown page, so that cohort ids cannot be probed
            event.rerouteToError(NotFoundException.class);
            return;
        }
        partnerNames = plan.partnerNames();
        add(heading());
        var tools = new FlexLayout();
        tools.getStyle().set("gap", "1em");
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(FlexLayout.Alignment.BASELINE);
        if (mine.size() > 1) {
            var switcher = new Select<PlanService.PlanRef>();
            switcher.setLabel(getTranslation("plan.switch"));
            switcher.setItems(mine);
            switcher.setItemLabelGenerator(PlanService.PlanRef::cohortName);
            mine.stream().filter(r -> r.cohortId() == plan.cohortId()).findFirst().ifPresent(switcher::setValue);
            switcher.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    UI.getCurrent().navigate(PlanView.class, e.getValue().cohortId());
                }
            });
            tools.add(switcher);
        }
        tools.add(new RouterLink(getTranslation("plan.map.open"), PlanMapView.class, plan.cohortId()));
        long cohort = plan.cohortId();
        var labels = (java.util.function.Function<String, String>) this::getTranslation;
        var download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = pdf.export(cohort, labels);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "network-plan-" + cohort + ".pdf", "application/pdf", bytes.length);
        }), getTranslation("plan.pdf"));
        download.setId("plan-pdf");
        tools.add(download);
        if (plan.canEdit()) {
            contributions.setId("plan-my-contributions");
            contributions.addClassName("na-meta");
            showContributions();
            tools.add(contributions);
        }
        add(tools);
        if (plan.canReview()) {
            var byUser = plans.contributionsByUser(cohort);
            var list = new UnorderedList();
            list.setId("plan-contributions");
            plans.memberNames(cohort).forEach((userId, name) -> list.add(new ListItem(getTranslation("plan.contribution-line",
                    name, byUser.getOrDefault(userId, 0L)))));
            add(new com.vaadin.flow.component.details.Details(getTranslation("plan.contributions"), list));
        }

        // numbered by the list itself (no bullet beside a typed "1."): the browser puts the number on the reading
        // side, also in Arabic, and the links read the section names alone
        var toc = new com.vaadin.flow.component.html.OrderedList();
        toc.setId("plan-contents");
        toc.addClassName("na-plan-contents");
        for (PlanSectionType t : PlanSectionType.values()) {
            toc.add(new ListItem(new Anchor("plan/" + cohort + "#plan-section-" + t.key(), getTranslation("plan.section." + t.key()))));
        }
        var nav = new Nav(toc);
        nav.getElement().setAttribute("aria-label", getTranslation("plan.contents"));
        add(nav);

        int n = 1;
        for (PlanService.SectionView s : plan.sections()) {
            var panel = new SectionPanel(plans, cohort, n++, s, plan.contentLanguage(), plan.canEdit(), plan.canReview(), () -> partnerNames,
                    () -> partnersChanged(s.type()));
            panels.add(panel);
            add(panel);
        }
        showEditors();
    }

    /**
     * "Plan title — cohort name" in the UI language's pattern; the plan's title from the content
     * files is course content (English) and is marked as such, keeping its own direction in a
     * right-to-left UI.
     */
    private H1 heading() {
        if (plan.title().isBlank()) {
            return new H1(getTranslation("plan.heading", getTranslation("plan.page-title"), plan.cohortName()));
        }
        String marker = "\uE000";
        String[] around = getTranslation("plan.heading", marker, plan.cohortName()).split(marker, -1);
        if (around.length != 2) {
            return new H1(getTranslation("plan.heading", plan.title(), plan.cohortName()));
        }
        var title = new com.vaadin.flow.component.html.Span(plan.title());
        title.setId("plan-title");
        // course content: in the UI language when translated, else English keeping its own direction
        org.networkacademy.base.i18n.UiLanguage.markContent(plan.contentLanguage(), getLocale(), title);
        var h1 = new H1();
        h1.add(new com.vaadin.flow.component.Text(around[0]), title, new com.vaadin.flow.component.Text(around[1]));
        return h1;
    }

    private void showContributions() {
        contributions.setText(getTranslation("plan.my-contributions", plans.contributions(myId(), plan.cohortId())));
    }

    private long myId() {
        if (myId == 0) {
            myId = accounts.currentUser().getId();
        }
        return myId;
    }

    /** After a save here: refresh partner names and the sections drawn from the partners table. */
    private void partnersChanged(PlanSectionType saved) {
        if (plan.canEdit()) {
            showContributions();
        }
        if (saved == PlanSectionType.PARTNERS) {
            partnerNames = plans.section(plan.cohortId(), PlanSectionType.PARTNERS).content()
                    .rows(PlanSectionType.Tables.PARTNERS).stream()
                    .collect(LinkedHashMap::new, (m, r) -> m.put(r.get("id"), r.getOrDefault("name", "")), Map::putAll);
            panels.stream().filter(p -> p.type() != PlanSectionType.PARTNERS && !p.isEditing())
                    .forEach(p -> p.show(plans.section(plan.cohortId(), p.type())));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (plan == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        long me = myId();
        listening = broadcaster.register(plan.cohortId(), event -> ui.access(() -> onEvent(event, me)));
    }

    private void onEvent(PlanBroadcaster.PlanEvent event, long me) {
        if (event.kind() == PlanBroadcaster.Kind.EDITING) {
            showEditors();
            return;
        }
        if (event.userId() == me) {
            return; // this user's own change, already shown where it was made
        }
        PlanSectionType.of(event.sectionKey()).ifPresent(type -> {
            panels.stream().filter(p -> p.type() == type).forEach(p -> {
                if (event.kind() == PlanBroadcaster.Kind.SAVED) {
                    p.changedElsewhere(event.userName());
                } else {
                    p.reviewedElsewhere();
                }
            });
            if (type == PlanSectionType.PARTNERS && event.kind() == PlanBroadcaster.Kind.SAVED) {
                partnersChanged(type);
            }
        });
    }

    private void showEditors() {
        // the others: the member reading the page knows that she is editing
        Map<String, List<String>> editors = broadcaster.editors(plan.cohortId(), myId());
        for (SectionPanel p : panels) {
            p.showEditors(editors.getOrDefault(p.type().key(), List.of()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
        panels.forEach(p -> {
            try {
                p.stopEditing();
            } catch (RuntimeException e) {
                // the session may be gone already; presence is best effort
            }
        });
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.page-title") + " | " + getTranslation("app.name");
    }
}
