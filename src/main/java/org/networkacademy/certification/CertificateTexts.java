package org.networkacademy.certification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of documents made outside a Vaadin UI (PDF, badge), from the same bundle as the UI
 * ({@code vaadin-i18n/translations*.properties}, read as UTF-8).
 */
final class CertificateTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    CertificateTexts(Locale locale) {
        this.locale = locale;
        ResourceBundle b;
        try {
            b = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        } catch (MissingResourceException e) {
            b = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        }
        this.bundle = b;
    }

    String get(String key, Object... params) {
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    Locale locale() {
        return locale;
    }
}
