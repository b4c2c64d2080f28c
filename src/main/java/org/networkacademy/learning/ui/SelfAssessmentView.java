package org.networkacademy.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.networkacademy.base.ui.ErrorMessages;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.content.SelfAssessment;
import org.networkacademy.learning.LearningService;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The readiness self-assessment, taken before ("PRE") and after ("POST") the module, with the
 * result per dimension as a chart and, once both exist, the comparison.
 */
@Route("readiness")
@PermitAll
public class SelfAssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LearningService learning;
    private final CourseCatalog catalog;

    SelfAssessmentView(LearningService learning, CourseCatalog catalog) {
        this.learning = learning;
        this.catalog = catalog;
        addClassName("na-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        var module = LearningWidgets.inUiLanguage(this, catalog.defaultModule());
        SelfAssessment instrument = module.selfAssessment();
        Map<String, Map<String, BigDecimal>> results = learning.selfAssessmentResults(module.id());
        var title = new H1(instrument.title());
        LearningWidgets.inContentLanguage(instrument.language(), title);
        add(title);
        if (!results.isEmpty()) {
            add(results(instrument, results));
        }
        String phase = !results.containsKey(LearningService.PRE) ? LearningService.PRE
                : !results.containsKey(LearningService.POST) ? LearningService.POST : null;
        if (phase == null) {
            return;
        }
        if (LearningService.POST.equals(phase) && learning.overview(module.id()).percentComplete() < 100) {
            var wait = new Paragraph(getTranslation("readiness.post-later"));
            wait.setId("readiness-post-later");
            add(wait);
            return;
        }
        add(new H2(getTranslation("readiness.phase." + phase)));
        var intro = new Paragraph(instrument.intro());
        LearningWidgets.inContentLanguage(instrument.language(), intro);
        add(intro);
        var inputs = new LinkedHashMap<String, RadioButtonGroup<Integer>>();
        for (SelfAssessment.Dimension d : instrument.dimensions()) {
            var section = new Section(new H3(d.title()));
            // the instrument's text is course content: marked with its language (English keeps its own direction in an RTL UI)
            LearningWidgets.inContentLanguage(instrument.language(), section);
            for (SelfAssessment.Item item : d.items()) {
                var group = new RadioButtonGroup<Integer>(item.text());
                group.setId("item-" + item.id());
                group.setItems(instrument.scale().stream().map(SelfAssessment.ScalePoint::value).toList());
                group.setItemLabelGenerator(v -> instrument.scale().stream().filter(p -> p.value() == v).findFirst()
                        .map(p -> p.value() + " · " + p.label()).orElse(String.valueOf(v)));
                group.setRequiredIndicatorVisible(true);
                group.addClassName("na-likert");
                inputs.put(item.id(), group);
                section.add(group);
            }
            add(section);
        }
        var submit = new Button(getTranslation("readiness.submit"), e -> {
            var answers = new LinkedHashMap<String, Integer>();
            boolean complete = true;
            for (var entry : inputs.entrySet()) {
                var value = entry.getValue().getValue();
                entry.getValue().setInvalid(value == null);
                entry.getValue().setErrorMessage(value == null ? getTranslation("readiness.required") : null);
                complete &= value != null;
                answers.put(entry.getKey(), value);
            }
            if (!complete) {
                ErrorMessages.show(this, "readiness.incomplete");
                return;
            }
            try {
                learning.submitSelfAssessment(module.id(), phase, answers);
                render();
            } catch (IllegalArgumentException ex) {
                ErrorMessages.show(this, ex.getMessage());
            }
        });
        submit.setId("readiness-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(submit);
    }

    private Section results(SelfAssessment instrument, Map<String, Map<String, BigDecimal>> results) {
        var pre = results.get(LearningService.PRE);
        var post = results.get(LearningService.POST);
        var section = new Section(new H2(getTranslation("readiness.results")));
        section.setId("readiness-results");
        section.add(new Html(ReadinessChart.svg(instrument, pre, post, getTranslation("readiness.chart-title"),
                getTranslation("readiness.before"), getTranslation("readiness.after"))));
        if (pre != null && post != null) {
            var changes = new java.util.ArrayList<String>();
            for (SelfAssessment.Dimension d : instrument.dimensions()) {
                BigDecimal delta = post.get(d.id()).subtract(pre.get(d.id()));
                changes.add(d.title() + " " + (delta.signum() >= 0 ? "+" : "") + delta.toPlainString());
            }
            var comparison = new Paragraph(getTranslation("readiness.comparison", String.join(", ", changes)));
            comparison.setId("readiness-comparison");
            section.add(comparison);
        }
        var latest = post != null ? post : pre;
        for (SelfAssessment.Dimension d : instrument.dimensions()) {
            BigDecimal avg = latest.get(d.id());
            var p = new Paragraph(d.title() + " (" + avg.toPlainString() + "): " + d.feedback().get(d.band(avg.doubleValue())));
            LearningWidgets.inContentLanguage(instrument.language(), p);
            section.add(p);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("readiness.page-title") + " | " + getTranslation("app.name");
    }
}
