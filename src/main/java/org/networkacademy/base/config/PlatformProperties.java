package org.networkacademy.base.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl public address of this installation, without trailing slash; the xAPI
 *                      actor account homePage (env {@code NA_PUBLIC_BASE_URL})
 */
@ConfigurationProperties("networkacademy")
public record PlatformProperties(String publicBaseUrl) {

    /** @return the base URL without a trailing slash */
    public String baseUrl() {
        return publicBaseUrl.replaceAll("/+$", "");
    }
}
