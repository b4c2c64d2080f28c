package org.networkacademy.xapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * xAPI settings.
 *
 * @param activityBase IRI prefix of every activity id; stable across installations so that the
 *                     same content has the same activity ids everywhere (documented in docs/xapi-profile.md)
 */
@ConfigurationProperties("networkacademy.xapi")
public record XapiProperties(@DefaultValue("https://network-academy.org/xapi/activities/") String activityBase) {
}
