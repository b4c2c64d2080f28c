package org.networkacademy.content;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param dir folder holding one sub-folder per module (env {@code NA_CONTENT_DIR}, default {@code content/modules})
 */
@ConfigurationProperties("networkacademy.content")
public record ContentProperties(Path dir) {
}
