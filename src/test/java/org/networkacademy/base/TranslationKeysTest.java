package org.networkacademy.base;

import org.junit.jupiter.api.Test;
import org.networkacademy.base.i18n.TranslationProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every translation key the code uses exists in the English bundle, and the French, Spanish and
 * Arabic bundles match the English one key for key, placeholder for placeholder.
 */
class TranslationKeysTest {

    private static final List<String> LANGUAGES = List.of("fr", "es", "ar");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /**
     * Values that may stay as in English: names, codes, symbols, and words that are the same in
     * that language. Anything else identical to English is taken as not translated.
     */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "*", Set.of("app.name", "plan.choice.none", "plan.heading", "plan.comment.by", "plan.contribution-line",
                    "items.wrong-option"),
            "fr", Set.of("nav.menu", "register.institution", "cohort.module", "cohort.dates", "dashboard.col.institution",
                    "import.field.institution", "certificates-register.col.institution", "question.number",
                    "question.correct", "cohort-readiness.dimension", "items.col.question", "admin.actions",
                    "feedback.notifications", "nav.programme", "plan.field.type", "plan.field.description",
                    "plan.field.message", "plan.field.source", "certificates-register.col.code", "lrs.client.secret",
                    "lrs.target.status.ACTIVE", "lrs.target.actions", "lrs.target.lag-value"),
            "es", Set.of("admin.roles", "lrs.target.lag-value"),
            "ar", Set.of());

    static Properties bundle(String language) throws IOException {
        String name = language.equals("en") ? "/vaadin-i18n/translations.properties" : "/vaadin-i18n/translations_" + language + ".properties";
        var bundle = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }

    private static Set<String> placeholders(String text) {
        var found = new TreeSet<String>();
        var m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = bundle("en").stringPropertyNames();
        for (String language : LANGUAGES) {
            Set<String> translated = bundle(language).stringPropertyNames();
            var missing = new TreeSet<>(english);
            missing.removeAll(translated);
            var extra = new TreeSet<>(translated);
            extra.removeAll(english);
            assertThat(missing).as("keys missing in translations_%s.properties", language).isEmpty();
            assertThat(extra).as("keys in translations_%s.properties that English does not have", language).isEmpty();
        }
    }

    @Test
    void placeholdersAreTheSameAsInEnglish() throws IOException {
        Properties english = bundle("en");
        for (String language : LANGUAGES) {
            Properties translated = bundle(language);
            var different = new TreeSet<String>();
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                if (text != null && !placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    different.add(key + ": " + placeholders(english.getProperty(key)) + " -> " + placeholders(text));
                }
            }
            assertThat(different).as("placeholders differ from English in translations_%s.properties", language).isEmpty();
        }
    }

    /**
     * Texts with parameters go through MessageFormat, where a straight apostrophe starts a quote
     * and silently swallows what follows: they must parse, and use ’ (or a doubled '').
     */
    @Test
    void textsWithParametersAreValidMessageFormatPatterns() throws IOException {
        for (String language : List.of("en", "fr", "es", "ar")) {
            Properties bundle = bundle(language);
            var broken = new TreeSet<String>();
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (placeholders(text).isEmpty()) {
                    continue;
                }
                try {
                    var format = new MessageFormat(text, Locale.forLanguageTag(language));
                    Object[] args = new Object[placeholders(text).stream().mapToInt(Integer::parseInt).max().orElse(0) + 1];
                    java.util.Arrays.fill(args, 2);
                    String out = format.format(args);
                    assertThat(out).as(key).doesNotContain("{");
                } catch (IllegalArgumentException | AssertionError e) {
                    broken.add(key + ": " + e.getMessage());
                }
                if (text.replace("''", "").contains("'")) {
                    broken.add(key + ": straight apostrophe in a MessageFormat pattern");
                }
            }
            assertThat(broken).as("MessageFormat problems in the %s bundle", language).isEmpty();
        }
    }

    @Test
    void translationsUseTypographicApostrophes() throws IOException {
        for (String language : LANGUAGES) {
            Properties bundle = bundle(language);
            var straight = new TreeSet<String>();
            for (String key : bundle.stringPropertyNames()) {
                if (bundle.getProperty(key).contains("'")) {
                    straight.add(key);
                }
            }
            assertThat(straight).as("straight apostrophes in translations_%s.properties (write ’)", language).isEmpty();
        }
    }

    @Test
    void nothingIsLeftInEnglish() throws IOException {
        Properties english = bundle("en");
        for (String language : LANGUAGES) {
            Properties translated = bundle(language);
            var allowed = new java.util.HashSet<>(SAME_AS_ENGLISH.get("*"));
            allowed.addAll(SAME_AS_ENGLISH.get(language));
            var same = new TreeSet<String>();
            for (String key : english.stringPropertyNames()) {
                if (english.getProperty(key).equals(translated.getProperty(key)) && !allowed.contains(key)) {
                    same.add(key + "=" + english.getProperty(key));
                }
            }
            assertThat(same).as("texts identical to English in translations_%s.properties", language).isEmpty();
        }
    }

    /** The provider Vaadin uses reads the bundles as UTF-8 and never falls back to the JVM's locale. */
    @Test
    void theProviderGivesEachLanguageItsTexts() {
        var provider = new TranslationProvider();
        Locale jvmDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(provider.getTranslation("nav.course", Locale.forLanguageTag("ar"))).isEqualTo("الدورة");
            assertThat(provider.getTranslation("nav.course", Locale.forLanguageTag("ar-EG"))).isEqualTo("الدورة");
            assertThat(provider.getTranslation("nav.course", Locale.CANADA_FRENCH)).isEqualTo("Cours");
            assertThat(provider.getTranslation("nav.course", Locale.forLanguageTag("es-419"))).isEqualTo("Curso");
            assertThat(provider.getTranslation("nav.course", Locale.ENGLISH)).isEqualTo("Course");
            assertThat(provider.getTranslation("nav.course", Locale.GERMAN)).isEqualTo("Course");
        } finally {
            Locale.setDefault(jvmDefault);
        }
        assertThat(provider.getTranslation("progress.attempts", Locale.forLanguageTag("ar"), 2)).isEqualTo("محاولتان");
        assertThat(provider.getTranslation("lesson.page-title", Locale.FRENCH, 3, "Gouvernance")).isEqualTo("Leçon 3 : Gouvernance");
        assertThat(provider.getTranslation("import.error.encoding", Locale.forLanguageTag("es"))).contains("«CSV UTF-8»");
        assertThat(provider.getProvidedLocales()).extracting(Locale::getLanguage).containsExactly("en", "fr", "es", "ar");
    }

    private static final Pattern KEY = Pattern.compile("getTranslation\\(\"([a-z0-9.\\-]+)\"");
    private static final Pattern SERVICE_KEY = Pattern.compile("\"((?:register|exercise|check|assessment|readiness|cohort|import|join|review|admin|password|certification)\\.(?:error\\.)?[a-z\\-]+)\"");

    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws IOException {
        var bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern p : new Pattern[]{KEY, SERVICE_KEY}) {
                    var m = p.matcher(code);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".") && !bundle.containsKey(m.group(1))) {
                            missing.add(m.group(1) + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        for (String key : new String[]{"home.start", "home.continue", "assessment.passed", "assessment.failed",
                "readiness.phase.PRE", "readiness.phase.POST", "question.incorrect", "question.unanswered", "exercise.status.none"}) {
            assertThat(bundle).containsKey(key);
        }
        // keys built from enum names (issue 4)
        for (var s : org.networkacademy.cohort.Dashboard.CellState.values()) assertThat(bundle).containsKey("dashboard.state." + s.name());
        for (var r : org.networkacademy.cohort.Dashboard.RiskReason.values()) assertThat(bundle).containsKey("risk.reason." + r.name());
        for (var s : org.networkacademy.cohort.CohortStatus.values()) assertThat(bundle).containsKey("cohort.status." + s.name());
        for (var r : org.networkacademy.account.Role.values()) assertThat(bundle).containsKey("role." + r.name());
        for (String f : new String[]{"name", "email", "institution", "country", "role"}) assertThat(bundle).containsKey("import.field." + f);
        for (String section : org.networkacademy.content.Exercise.PLAN_SECTIONS) {
            assertThat(bundle).containsKey("plan.section." + section);
        }
    }
}
