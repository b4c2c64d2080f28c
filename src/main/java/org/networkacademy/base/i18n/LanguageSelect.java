package org.networkacademy.base.i18n;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * The language selector of the log-in and register pages: each language under its own name, so
 * that anyone finds theirs whatever the page shows now.
 */
public class LanguageSelect extends Select<UiLanguage> {

    /** @param selection applies and keeps the choice */
    public LanguageSelect(LanguageSelection selection) {
        setId("language-select");
        addClassName("na-language-select");
        setLabel(getTranslation("language.label"));
        setItems(UiLanguage.values());
        setItemLabelGenerator(UiLanguage::nativeName);
        // each name marked with its language, so that screen readers pronounce it right
        setRenderer(new ComponentRenderer<>(language -> {
            var name = new Span(language.nativeName());
            name.getElement().setAttribute("lang", language.tag());
            return name;
        }));
        // a globe, for whoever cannot read the label in the language shown now
        setPrefixComponent(VaadinIcon.GLOBE.create());
        setValue(UiLanguage.orEnglish(getLocale()));
        addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != e.getOldValue()) {
                getUI().ifPresent(ui -> selection.choose(ui, e.getValue()));
            }
        });
    }
}
