package org.networkacademy.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI texts: {@code vaadin-i18n/translations[_fr|_es|_ar].properties}, read as UTF-8 (the
 * default of {@link java.util.PropertyResourceBundle} since Java 9). Texts with parameters are
 * {@link MessageFormat} patterns formatted with the UI locale (numbers, dates).
 * <p>
 * Unlike Vaadin's {@code DefaultI18NProvider} it never falls back to the JVM's default locale:
 * a server whose default locale is French would otherwise show French to English users, because
 * English is the base bundle. A key missing in a language falls back to the English text.
 */
@Component
public class TranslationProvider implements I18NProvider {

    /** Bundle base name, as Vaadin's default provider uses it. */
    public static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger LOG = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return UiLanguage.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale uiLocale = UiLanguage.orEnglish(locale).locale();
        String pattern;
        try {
            pattern = bundle(uiLocale).getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation key {}", key);
            return "!" + uiLocale.getLanguage() + ": " + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, uiLocale).format(params);
    }

    /**
     * @return the bundle of {@code locale} (English for a language that is not offered), never the
     * JVM default locale's; ResourceBundle caches it
     */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, UiLanguage.orEnglish(locale).locale(), NO_FALLBACK);
    }
}
