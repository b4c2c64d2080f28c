package org.networkacademy.base.i18n;

import com.vaadin.flow.component.select.Select;

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
        setValue(UiLanguage.orEnglish(getLocale()));
        addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != e.getOldValue()) {
                getUI().ifPresent(ui -> selection.choose(ui, e.getValue()));
            }
        });
    }
}
