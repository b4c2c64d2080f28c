package org.networkacademy.base.i18n;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.Locale;

/**
 * Puts {@code lang} and {@code dir} on the first HTML the browser receives (no left-to-right flash
 * for Arabic on a slow connection), keeps them on every UI, and applies the account's language
 * at log-in before any view is built.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    private final LanguageSelection selection;

    LanguageInitializer(LanguageSelection selection) {
        this.selection = selection;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            UiLanguage language = session != null ? selection.languageForPage(session) : languageOf(response.getVaadinRequest());
            response.getDocument().selectFirst("html")
                    .attr("lang", language.tag())
                    .attr("dir", language.dir());
        });
        // Vaadin's own notices (internal error, lost session state, cookies off) in the session's language
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            LanguageSelection.showDirection(ui, UiLanguage.orEnglish(ui.getLocale()));
            ui.addBeforeEnterListener(e -> selection.applyAccountLanguage(ui));
        });
    }

    /** @return Vaadin's system messages in {@code locale} (English when null or not offered) */
    static CustomizedSystemMessages systemMessages(Locale locale) {
        var texts = new TranslationProvider();
        java.util.function.Function<String, String> t = key -> texts.getTranslation(key, locale);
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(t.apply("system.session-expired.caption"));
        messages.setSessionExpiredMessage(t.apply("system.session-expired.message"));
        messages.setInternalErrorCaption(t.apply("system.internal-error.caption"));
        messages.setInternalErrorMessage(t.apply("system.internal-error.message"));
        messages.setCookiesDisabledCaption(t.apply("system.cookies.caption"));
        messages.setCookiesDisabledMessage(t.apply("system.cookies.message"));
        messages.setSyncErrorCaption(t.apply("system.sync-error.caption"));
        messages.setSyncErrorMessage(t.apply("system.sync-error.message"));
        return messages;
    }

    /** Without a session: the best match of {@code Accept-Language}. */
    private static UiLanguage languageOf(VaadinRequest request) {
        return Collections.list(request.getLocales()).stream().map(UiLanguage::of)
                .flatMap(java.util.Optional::stream).findFirst().orElse(UiLanguage.ENGLISH);
    }
}
