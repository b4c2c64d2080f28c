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

    /** @return the HTML {@code dir} value of this language: {@code "rtl"} or {@code "ltr"} */
    public String dir() {
        return direction == Direction.RIGHT_TO_LEFT ? "rtl" : "ltr";
    }

    /**
     * @param locale a UI locale (null: English)
     * @return the arrows pointing to the start and to the end of a line in its language: {@code {"←", "→"}},
     * turned round in right-to-left languages
     */
    public static String[] startAndEndArrows(Locale locale) {
        return orEnglish(locale).direction == Direction.RIGHT_TO_LEFT ? new String[]{"→", "←"} : new String[]{"←", "→"};
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

    /**
     * Marks course content with the language it is written in. Content in the UI language (a
     * translation) gets that language and its direction ({@code dir="rtl"} for Arabic); content that
     * falls back to another language (English) keeps {@code dir="auto"}, so that it keeps its own
     * direction and is read out in its own language inside, say, an Arabic UI.
     *
     * @param contentLanguage the language tag the content is written in
     * @param uiLocale        the locale of the UI showing it
     */
    public static void markContent(String contentLanguage, Locale uiLocale, com.vaadin.flow.component.Component... components) {
        UiLanguage ui = orEnglish(uiLocale);
        String dir = ui.tag.equals(contentLanguage)
                ? ui.dir()
                : "auto";
        for (var c : components) {
            c.getElement().setAttribute("lang", contentLanguage);
            c.getElement().setAttribute("dir", dir);
        }
    }

    /** @return the UI language of {@code locale}, English when it is not offered */
    public static UiLanguage orEnglish(Locale locale) {
        return of(locale).orElse(ENGLISH);
    }
}
