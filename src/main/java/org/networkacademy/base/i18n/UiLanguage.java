package org.networkacademy.base.i18n;

import com.vaadin.flow.component.Direction;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the user interface. Each has a bundle {@code vaadin-i18n/translations_<tag>.properties}
 * (English is the base bundle {@code translations.properties}); the tag is what is saved on an account.
 */
public enum UiLanguage {
    ENGLISH("en", "English", Direction.LEFT_TO_RIGHT, DayOfWeek.SUNDAY),
    FRENCH("fr", "Français", Direction.LEFT_TO_RIGHT, DayOfWeek.MONDAY),
    SPANISH("es", "Español", Direction.LEFT_TO_RIGHT, DayOfWeek.MONDAY),
    ARABIC("ar", "العربية", Direction.RIGHT_TO_LEFT, DayOfWeek.SATURDAY);

    private final String tag;
    private final String nativeName;
    private final Direction direction;
    private final DayOfWeek firstDayOfWeek;

    UiLanguage(String tag, String nativeName, Direction direction, DayOfWeek firstDayOfWeek) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.direction = direction;
        this.firstDayOfWeek = firstDayOfWeek;
    }

    /**
     * @return the first day of the week in calendars: the JDK gives Sunday for a language without a
     * country, so the most common one among the users of each language is set here
     */
    public DayOfWeek firstDayOfWeek() {
        return firstDayOfWeek;
    }

    /** @return the BCP 47 language tag, e.g. {@code "fr"}: the value saved on an account */
    public String tag() {
        return tag;
    }

    /** @return the language's name in that language ("Français"), as a selector shows it */
    public String nativeName() {
        return nativeName;
    }

    /** @return the writing direction of the UI in this language */
    public Direction direction() {
        return direction;
    }

    /** @return the locale used for the bundle and for formatting dates and numbers */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** @return all UI locales, English (the fallback) first */
    public static List<Locale> locales() {
        return Arrays.stream(values()).map(UiLanguage::locale).toList();
    }

    /** @return the UI language of {@code locale} by its language alone (fr-CA is French), if offered */
    public static Optional<UiLanguage> of(Locale locale) {
        return locale == null ? Optional.empty() : ofTag(locale.getLanguage());
    }

    /** @return the UI language with this tag (case-insensitive, region ignored), if offered */
    public static Optional<UiLanguage> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }

    /** @return the UI language of {@code locale}, English when it is not offered */
    public static UiLanguage orEnglish(Locale locale) {
        return of(locale).orElse(ENGLISH);
    }
}
