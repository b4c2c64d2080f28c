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
        Locale locale = ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
        return zone(ui).map(z -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(z)).orElse(UTC);
    }
}
