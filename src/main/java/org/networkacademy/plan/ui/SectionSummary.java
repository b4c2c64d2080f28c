package org.networkacademy.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.networkacademy.plan.PlanSectionType;
import org.networkacademy.plan.RaciMatrix;
import org.networkacademy.plan.SectionContent;

import java.util.List;
import java.util.Map;

/**
 * A read-only rendering of a section's content: fields as labelled paragraphs, tables as HTML
 * tables. Used for the other writer's version in a conflict and for past revisions, and for
 * the RACI matrix (partners × activities).
 */
class SectionSummary extends Div {

    SectionSummary(PlanSectionType type, SectionContent content, Map<String, String> partnerNames) {
        this(type, content, partnerNames, false);
    }

    /** @param raciOnly only the RACI matrix (of a protocol section) */
    SectionSummary(PlanSectionType type, SectionContent content, Map<String, String> partnerNames, boolean raciOnly) {
        addClassName("na-plan-summary");
        if (raciOnly) {
            raci(content, partnerNames);
            return;
        }
        for (PlanSectionType.Field f : type.fields()) {
            String v = content.field(f.key());
            if (!v.isBlank()) {
                var p = new Paragraph();
                var label = new Span(getTranslation("plan.field." + f.key()) + ": ");
                label.addClassName("na-plan-summary-label");
                p.add(label, new Span(text(f, v, partnerNames)));
                p.getStyle().set("white-space", "pre-wrap");
                add(p);
            }
        }
        for (PlanSectionType.Table t : type.tables()) {
            List<Map<String, String>> rows = content.rows(t.key());
            if (rows.isEmpty()) {
                continue;
            }
            add(new H4(getTranslation("plan.table." + t.key())));
            var table = new Element("table");
            table.getClassList().add("na-plan-table-view");
            var head = new Element("tr");
            t.columns().forEach(c -> head.appendChild(new Element("th").setText(getTranslation("plan.field." + c.key()))));
            table.appendChild(head);
            for (var r : rows) {
                var tr = new Element("tr");
                t.columns().forEach(c -> tr.appendChild(new Element("td").setText(text(c, r.getOrDefault(c.key(), ""), partnerNames))));
                table.appendChild(tr);
            }
            getElement().appendChild(table);
        }
        if (type == PlanSectionType.PROTOCOL) {
            raci(content, partnerNames);
        }
    }

    private void raci(SectionContent content, Map<String, String> partnerNames) {
        List<String> activities = RaciMatrix.activities(content);
        if (activities.isEmpty() || partnerNames.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("plan.raci.title")));
        var table = new Element("table");
        table.getClassList().add("na-plan-table-view");
        table.setAttribute("id", "plan-raci-matrix");
        var head = new Element("tr");
        head.appendChild(new Element("th").setText(getTranslation("plan.field.activity")));
        partnerNames.values().forEach(n -> head.appendChild(new Element("th").setText(n)));
        table.appendChild(head);
        var cells = RaciMatrix.cells(content);
        for (String a : activities) {
            var tr = new Element("tr");
            tr.appendChild(new Element("th").setText(a));
            partnerNames.keySet().forEach(p -> tr.appendChild(new Element("td").setText(cells.getOrDefault(a + "\u0000" + p, ""))));
            table.appendChild(tr);
        }
        getElement().appendChild(table);
        add(new Paragraph(getTranslation("plan.raci.legend")));
    }

    private String text(PlanSectionType.Field f, String v, Map<String, String> partnerNames) {
        if (v.isEmpty()) {
            return "";
        }
        return switch (f.kind()) {
            case CHOICE -> getTranslation("plan.choice." + f.choicesKey() + "." + v);
            case PARTNER -> partnerNames.getOrDefault(v, getTranslation("plan.partner.removed"));
            default -> v;
        };
    }
}
