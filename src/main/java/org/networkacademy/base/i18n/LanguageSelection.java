package org.networkacademy.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.networkacademy.account.AccountService;
import org.networkacademy.account.AppUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which language the UI speaks, and where that choice is kept.
 * <ol>
 *   <li>A new session starts in the browser's language ({@code Accept-Language}) among the offered
 *       ones, English otherwise (Vaadin does this with {@link TranslationProvider#getProvidedLocales()}).</li>
 *   <li>A language chosen before log-in (log-in or register page) is kept in the session and saved
 *       on the account at log-in.</li>
 *   <li>Otherwise the language saved on the account applies at log-in, on every later visit.</li>
 *   <li>A language chosen in the user menu is saved on the account at once.</li>
 * </ol>
 * Arabic turns the whole page right-to-left ({@code <html dir="rtl" lang="ar">}).
 */
@Component
public class LanguageSelection {

    /** Session attribute: the language chosen before log-in, to be saved on the account. */
    static final String CHOSEN = "na.language.chosen";
    /** Session attribute: the user name whose saved language has been applied to this session. */
    static final String APPLIED_FOR = "na.language.applied-for";
    private static final Logger LOG = LoggerFactory.getLogger(LanguageSelection.class);

    private final AccountService accounts;

    LanguageSelection(AccountService accounts) {
        this.accounts = accounts;
    }

    /** @return the language the UI shows now */
    public UiLanguage current(UI ui) {
        return UiLanguage.orEnglish(ui.getLocale());
    }

    /**
     * The user chose {@code language}: applies it to the session and this UI, saves it on the account
     * (or, before log-in, keeps it for the account) and renders the current page again.
     */
    public void choose(UI ui, UiLanguage language) {
        apply(ui, language);
        Optional<String> user = loggedInUserName();
        if (user.isPresent()) {
            accounts.changeLanguage(language);
            setAttribute(APPLIED_FOR, user.get());
        } else {
            setAttribute(CHOSEN, language);
        }
        ui.refreshCurrentRoute(true);
    }

    /**
     * Once per log-in: saves a language chosen before log-in on the account, or else applies the
     * account's saved language. Runs before any view of the navigation is created.
     */
    void applyAccountLanguage(UI ui) {
        VaadinSession session = ui.getSession();
        Optional<String> user = loggedInUserName();
        if (session == null || user.isEmpty() || user.get().equals(session.getAttribute(APPLIED_FOR))) {
            return;
        }
        session.setAttribute(APPLIED_FOR, user.get());
        try {
            if (session.getAttribute(CHOSEN) instanceof UiLanguage chosen) {
                session.setAttribute(CHOSEN, null);
                accounts.changeLanguage(chosen);
                apply(ui, chosen);
            } else {
                AppUser account = accounts.currentUser();
                account.getLanguageTag().flatMap(UiLanguage::ofTag).ifPresent(l -> apply(ui, l));
            }
        } catch (AccessDeniedException e) {
            LOG.debug("No active account for {}: UI language left as it is", user.get());
        }
    }

    /**
     * The language a page about to load will show, for its first HTML: a language chosen before
     * log-in, else (just logged in) the account's, else the session's. Changes nothing.
     */
    UiLanguage languageForPage(VaadinSession session) {
        if (session.getAttribute(CHOSEN) instanceof UiLanguage chosen) {
            return chosen;
        }
        Optional<String> user = loggedInUserName();
        if (user.isPresent() && !user.get().equals(session.getAttribute(APPLIED_FOR))) {
            try {
                Optional<UiLanguage> saved = accounts.currentUser().getLanguageTag().flatMap(UiLanguage::ofTag);
                if (saved.isPresent()) {
                    return saved.get();
                }
            } catch (AccessDeniedException e) {
                LOG.debug("No active account for {}", user.get());
            }
        }
        return UiLanguage.orEnglish(session.getLocale());
    }

    /** Sets the language of the session and of {@code ui}: texts, formats, writing direction. */
    static void apply(UI ui, UiLanguage language) {
        if (ui.getSession() != null) {
            ui.getSession().setLocale(language.locale());
        }
        ui.setLocale(language.locale());
        showDirection(ui, language);
    }

    /** Writes {@code dir} and {@code lang} on the page's {@code <html>} element. */
    static void showDirection(UI ui, UiLanguage language) {
        ui.setDirection(language.direction());
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", language.tag());
    }

    private static void setAttribute(String name, Object value) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(name, value);
        }
    }

    private static Optional<String> loggedInUserName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }
}
