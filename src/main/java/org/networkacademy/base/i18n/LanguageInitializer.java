package org.networkacademy.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.Direction;
import org.springframework.stereotype.Component;

import java.util.Collections;

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
                    .attr("dir", language.direction() == Direction.RIGHT_TO_LEFT ? "rtl" : "ltr");
        });
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            LanguageSelection.showDirection(ui, UiLanguage.orEnglish(ui.getLocale()));
            ui.addBeforeEnterListener(e -> selection.applyAccountLanguage(ui));
        });
    }

    /** Without a session: the best match of {@code Accept-Language}. */
    private static UiLanguage languageOf(VaadinRequest request) {
        return Collections.list(request.getLocales()).stream().map(UiLanguage::of)
                .flatMap(java.util.Optional::stream).findFirst().orElse(UiLanguage.ENGLISH);
    }
}
