package org.networkacademy.base.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseServerTest {

    @Test
    void refusesToKeepEmbeddedDataUnderTheTempFolderWhereMariaDb4jWouldDeleteIt() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "na-kept-data");
        var properties = new DatabaseProperties("", "root", "", "network_academy", underTmp, null, false);
        assertThatThrownBy(() -> new DatabaseServer(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Set NA_DATA_DIR to a folder outside");
    }

    @Test
    void databaseNamesAreReducedToSafeCharacters() {
        var properties = new DatabaseProperties("jdbc:mariadb://h", "u", "p", "na-test;DROP`x", Path.of("d"), null, true);
        assertThat(properties.safeName()).isEqualTo("na_test_DROP_x");
        assertThat(properties.embedded()).isFalse();
        assertThat(properties.baseDir()).isEqualTo(Path.of("d", "base"));
    }
}
