package org.networkacademy.certification;

import java.text.MessageFormat;
import java.util.Locale;
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
        // never the JVM default locale's bundle (see TranslationProvider)
        this.bundle = org.networkacademy.base.i18n.TranslationProvider.bundle(locale);
    }

    String get(String key, Object... params) {
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    Locale locale() {
        return locale;
    }
}
