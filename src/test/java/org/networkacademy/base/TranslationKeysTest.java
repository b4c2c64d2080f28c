package org.networkacademy.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every translation key the code uses exists in the English bundle (later: in every bundle). */
class TranslationKeysTest {

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
