package org.networkacademy.certification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Certification settings ({@code networkacademy.certification.*}).
 *
 * @param issuerName             issuer shown on certificates and in the Open Badges Issuer profile
 * @param issuerEmail            the issuer's contact address (Open Badges Profile {@code email})
 * @param verifyRequestsPerMinute look-ups of {@code /verify/…} allowed per client address and minute
 */
@ConfigurationProperties("networkacademy.certification")
public record CertificationProperties(@DefaultValue("Network Academy") String issuerName,
                                      @DefaultValue("certificates@network-academy.org") String issuerEmail,
                                      @DefaultValue("30") int verifyRequestsPerMinute) {
}
