package org.networkacademy.plan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.plan.NetworkMap;
import org.networkacademy.plan.NetworkMapSvg;
import org.networkacademy.plan.PlanBroadcaster;
import org.networkacademy.plan.PlanSectionType;
import org.networkacademy.plan.PlanService;
import org.networkacademy.plan.SectionContent;
import org.springframework.security.access.AccessDeniedException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The network map of a cohort's plan: partners as coloured, coded nodes, linkages as dashed
 * edges, a legend in words; and controls to add and remove partners and links. Changes are
 * saved to the partners section (the same data as the plan's partners table) and reach other
 * open pages by push.
 */
@Route("plan-map")
@PermitAll
public class PlanMapView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PlanService plans;
    private final PlanBroadcaster broadcaster;
    private final Div picture = new Div();
    private final UnorderedList partnerList = new UnorderedList();
    private final UnorderedList linkList = new UnorderedList();
    private final Select<String> from = new Select<>();
    private final Select<String> to = new Select<>();
    private long cohortId;
    private boolean canEdit;
    private Map<String, String> names = new LinkedHashMap<>();
    private Registration listening;

    PlanMapView(PlanService plans, PlanBroadcaster broadcaster) {
        this.plans = plans;
        this.broadcaster = broadcaster;
        addClassName("na-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long cohortId) {
        this.cohortId = cohortId;
        removeAll();
        PlanService.PlanView plan;
        try {
            plan = plans.plan(cohortId);
        } catch (AccessDeniedException e) {
            // outside the cohort: answered like an unknown page, so that cohort ids cannot be probed
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        canEdit = plan.canEdit();
        add(new H1(getTranslation("plan.map.heading", plan.cohortName())));
        add(new RouterLink(getTranslation("plan.map.back"), PlanView.class, cohortId));
        picture.setId("plan-map-picture");
        picture.addClassName("na-map-picture");
        picture.setWidthFull();
        add(picture);

        if (canEdit) {
            var name = new TextField(getTranslation("plan.field.name"));
            name.setId("map-partner-name");
            name.setMaxLength(PlanSectionType.MAX_TEXT);
            var type = choice("plan.field.type", PlanSectionType.Choices.PARTNER_TYPES);
            type.setId("map-partner-type");
            var country = new TextField(getTranslation("plan.field.country"));
            country.setId("map-partner-country");
            var add = new Button(getTranslation("plan.map.add-partner"), VaadinIcon.PLUS.create(), e -> act(() -> {
                plans.addPartner(cohortId, name.getValue(), type.getValue(), country.getValue());
                name.clear();
                country.clear();
            }));
            add.setId("map-add-partner");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H2(getTranslation("plan.map.partners")), row(name, type, country, add));
        } else {
            add(new H2(getTranslation("plan.map.partners")));
        }
        partnerList.setId("map-partner-list");
        add(partnerList);

        if (canEdit) {
            from.setLabel(getTranslation("plan.field.from"));
            from.setId("map-link-from");
            to.setLabel(getTranslation("plan.field.to"));
            to.setId("map-link-to");
            var linkType = choice("plan.field.linkage-type", PlanSectionType.Choices.LINKAGE_TYPES);
            linkType.setId("map-link-type");
            var addLink = new Button(getTranslation("plan.map.add-link"), VaadinIcon.CONNECT.create(), e -> act(() ->
                    plans.addLinkage(cohortId, from.getValue(), to.getValue(), linkType.getValue())));
            addLink.setId("map-add-link");
            add(new H2(getTranslation("plan.map.links")), row(from, to, linkType, addLink));
        } else {
            add(new H2(getTranslation("plan.map.links")));
        }
        linkList.setId("map-link-list");
        add(linkList);
        refresh(plans.section(cohortId, PlanSectionType.PARTNERS));
    }

    private Select<String> choice(String labelKey, PlanSectionType.Choices choices) {
        var s = new Select<String>();
        s.setLabel(getTranslation(labelKey));
        s.setItems(choices.options());
        s.setItemLabelGenerator(v -> getTranslation("plan.choice." + choices.key() + "." + v));
        s.setValue(choices.options().getFirst());
        return s;
    }

    private static FlexLayout row(com.vaadin.flow.component.Component... components) {
        var row = new FlexLayout(components);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.getStyle().set("gap", "0.5em");
        return row;
    }

    private void act(Runnable change) {
        try {
            change.run();
            refresh(plans.section(cohortId, PlanSectionType.PARTNERS));
        } catch (IllegalArgumentException | AccessDeniedException e) {
            ErrorMessages.show(this, e.getMessage());
        }
    }

    private void refresh(PlanService.SectionView partners) {
        SectionContent content = partners.content();
        var map = NetworkMap.of(content);
        picture.removeAll();
        picture.add(new Html(NetworkMapSvg.figure(map, this::getTranslation)));
        names = new LinkedHashMap<>();
        for (var r : content.rows(PlanSectionType.Tables.PARTNERS)) {
            names.put(r.get(SectionContent.ID), r.getOrDefault("name", ""));
        }
        partnerList.removeAll();
        int n = 1;
        for (var r : content.rows(PlanSectionType.Tables.PARTNERS)) {
            String id = r.get(SectionContent.ID);
            String type = r.getOrDefault("type", "other");
            var item = new ListItem(new Span(n++ + ". " + r.getOrDefault("name", "") + " — "
                    + getTranslation("plan.choice.partner-type." + type)
                    + (r.getOrDefault("country", "").isEmpty() ? "" : ", " + r.get("country"))));
            if (canEdit) {
                var remove = new Button(VaadinIcon.TRASH.create(), e -> act(() -> plans.removePartner(cohortId, id)));
                remove.setAriaLabel(getTranslation("plan.map.remove-partner", r.getOrDefault("name", "")));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                item.add(remove);
            }
            partnerList.add(item);
        }
        linkList.removeAll();
        for (var l : content.rows(PlanSectionType.Tables.LINKAGES)) {
            String t = l.getOrDefault("linkage-type", "");
            var item = new ListItem(new Span(names.getOrDefault(l.get("from"), "?") + " ↔ " + names.getOrDefault(l.get("to"), "?")
                    + " — " + (t.isEmpty() ? getTranslation("plan.choice.none") : getTranslation("plan.choice.linkage-type." + t))));
            if (canEdit) {
                var remove = new Button(VaadinIcon.TRASH.create(), e -> act(() -> plans.removeLinkage(cohortId, l.get("from"), l.get("to"), t)));
                remove.setAriaLabel(getTranslation("plan.map.remove-link"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                item.add(remove);
            }
            linkList.add(item);
        }
        if (canEdit) {
            from.setItems(names.keySet());
            from.setItemLabelGenerator(id -> names.getOrDefault(id, "?"));
            to.setItems(names.keySet());
            to.setItemLabelGenerator(id -> names.getOrDefault(id, "?"));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        listening = broadcaster.register(cohortId, e -> {
            if (e.kind() == PlanBroadcaster.Kind.SAVED && PlanSectionType.PARTNERS.key().equals(e.sectionKey())) {
                ui.access(() -> refresh(plans.section(cohortId, PlanSectionType.PARTNERS)));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (listening != null) {
            listening.remove();
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.map.title") + " | " + getTranslation("app.name");
    }
}
