package org.networkacademy.base.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every environment variable the README tells operators to set ({@code NA_…}) is read by the
 * application: {@code application.properties} maps it with {@code ${NA_…}} (the test profile sets
 * the properties directly, so a missing mapping would otherwise go unnoticed). Test-only variables
 * ({@code NA_TEST_…}) are read by the test set-up instead.
 */
class EnvironmentVariablesTest {

    @Test
    void everyVariableInTheReadmeIsMappedInApplicationProperties() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        var named = new TreeSet<String>();
        var matcher = Pattern.compile("\\bNA_[A-Z_]+\\b").matcher(readme);
        while (matcher.find()) {
            if (!matcher.group().startsWith("NA_TEST_")) {
                named.add(matcher.group());
            }
        }
        assertThat(named).contains("NA_DB_URL", "NA_FORWARDING_KEY");
        assertThat(named).allSatisfy(variable -> assertThat(properties).as(variable).contains("${" + variable + ":"));
    }
}
