package org.networkacademy.base.ui;

import com.vaadin.flow.component.textfield.TextArea;

/**
 * A text area's character limit, shown as a counter under it ("1,234 / 4,000", and a note once the limit is reached,
 * since the browser cuts longer typed or pasted text there). The counter runs in the browser, so typing on a slow
 * connection costs no round trip per key; numbers are formatted for the page's language. The server checks the same
 * limit again when the text is saved.
 */
public final class CharacterCount {

    private CharacterCount() {
    }

    /**
     * Sets {@code max} as the area's maximum length and shows the counter as its helper text.
     *
     * @param area a text area without helper text of its own (the counter replaces it)
     * @param max  the largest number of characters (UTF-16 code units, as the browser and {@link String#length()} count)
     */
    public static void show(TextArea area, int max) {
        area.setMaxLength(max);
        area.getElement().executeJs("""
                const field = this, max = $0, full = $1;
                const format = new Intl.NumberFormat(document.documentElement.lang || undefined);
                const update = () => {
                    const n = (field.value || '').length;
                    field.helperText = format.format(n) + ' / ' + format.format(max) + (n >= max ? ' · ' + full : '');
                };
                field.addEventListener('input', update);
                field.addEventListener('value-changed', update);
                update();""", max, area.getTranslation("character-count.full"));
    }
}
