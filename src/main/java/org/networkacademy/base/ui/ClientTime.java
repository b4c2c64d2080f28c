package org.networkacademy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times as the user reads them: in the time zone their browser reports (Vaadin's
 * {@link ExtendedClientDetails#getTimeZoneId()}, an IANA id such as {@code Africa/Nairobi}) and in
 * the UI's locale. When the browser has not told its zone (or told one Java does not know), times
 * are shown in UTC and say so. Instants are stored in UTC throughout; only their display changes.
 */
public final class ClientTime {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ClientTime() {
    }

    /**
     * @return the formatter of timestamps in tables: ISO date and time in UTC ({@code 2026-11-29 14:05 UTC}),
     * the same for everyone whatever the language or zone (README, "Also translated")
     */
    public static DateTimeFormatter table() {
        return UTC;
    }

    /** @return the browser's time zone, empty when unknown */
    public static Optional<ZoneId> zone(UI ui) {
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @return a formatter of date and time for the user: localized medium date and short time in
     * their zone (e.g. "30 Nov 2026, 01:05" for en-GB in Asia/Tokyo), else {@code yyyy-MM-dd HH:mm UTC}
     */
    public static DateTimeFormatter dateTime(UI ui) {
        return localized(ui, uiLocale(ui), FormatStyle.SHORT, UTC);
    }

    /**
     * @param acceptLanguage the request's {@code Accept-Language} header, or null
     * @return a formatter to the second (e.g. retries seconds apart): localized medium date and time in the user's
     * zone, with the region of their browser ({@link #formatLocale}: "30 Nov 2026, 14:05:07" for en-GB), else
     * {@code yyyy-MM-dd HH:mm:ss UTC}
     */
    public static DateTimeFormatter dateTimeSeconds(UI ui, String acceptLanguage) {
        return localized(ui, formatLocale(ui, acceptLanguage), FormatStyle.MEDIUM, UTC_SECONDS);
    }

    /**
     * @return the UI language with the region of the browser's first language that is the same one (UI English,
     * browser "en-GB,en;q=0.9": en-GB, 24-hour clock); the UI locale when the browser names none with a region or
     * the header is malformed
     */
    public static Locale formatLocale(UI ui, String acceptLanguage) {
        Locale language = uiLocale(ui);
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return language;
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream().map(r -> Locale.forLanguageTag(r.getRange()))
                    .filter(l -> l.getLanguage().equals(language.getLanguage()) && !l.getCountry().isEmpty())
                    .findFirst().orElse(language);
        } catch (IllegalArgumentException e) {
            return language; // a malformed header: the UI language alone
        }
    }

    private static Locale uiLocale(UI ui) {
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static DateTimeFormatter localized(UI ui, Locale locale, FormatStyle time, DateTimeFormatter inUtc) {
        return zone(ui).map(z -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, time).withLocale(locale).withZone(z))
                .orElse(inUtc);
    }
}
