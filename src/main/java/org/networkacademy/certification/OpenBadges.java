package org.networkacademy.certification;

import org.networkacademy.base.config.PlatformProperties;
import org.networkacademy.content.CourseModule;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Open Badges 2.0 documents (https://www.imsglobal.org/sites/default/files/Badges/OBv2p0Final/index.html),
 * hosted verification: the Issuer profile, one BadgeClass per module and one Assertion per
 * certificate, each at a stable public URL under {@code /openbadges/}. The recipient is the
 * salted SHA-256 hash of the e-mail address ({@code sha256$<hex>} of e-mail + salt, §Recipient
 * identity), never the address itself.
 */
@Component
class OpenBadges {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";

    private final String base;
    private final CertificationProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    OpenBadges(PlatformProperties platform, CertificationProperties properties) {
        this.base = platform.baseUrl();
        this.properties = properties;
    }

    String issuerUrl() {
        return base + "/openbadges/issuer";
    }

    String badgeClassUrl(String moduleId) {
        return base + "/openbadges/badges/" + moduleId;
    }

    String badgeImageUrl(String moduleId) {
        return badgeClassUrl(moduleId) + "/image.png";
    }

    String assertionUrl(String code) {
        return base + "/openbadges/assertions/" + code;
    }

    /** @return the Issuer profile (type Issuer, §Profile) */
    Map<String, Object> issuer() {
        var m = new LinkedHashMap<String, Object>();
        m.put("@context", CONTEXT);
        m.put("type", "Issuer");
        m.put("id", issuerUrl());
        m.put("name", properties.issuerName());
        m.put("url", base);
        m.put("email", properties.issuerEmail());
        return m;
    }

    /** @return the BadgeClass of a module: name, description, image, criteria (the certification rules), issuer */
    Map<String, Object> badgeClass(CourseModule module, String criteriaNarrative) {
        var m = new LinkedHashMap<String, Object>();
        m.put("@context", CONTEXT);
        m.put("type", "BadgeClass");
        m.put("id", badgeClassUrl(module.id()));
        m.put("name", module.title());
        m.put("description", module.summary().strip());
        m.put("image", badgeImageUrl(module.id()));
        m.put("criteria", Map.of("narrative", criteriaNarrative));
        m.put("issuer", issuerUrl());
        return m;
    }

    /**
     * @param c     the certificate
     * @param email the recipient's e-mail (hashed with the certificate's salt)
     * @return the Assertion; a revoked certificate gives {@code revoked: true} (served with 410 Gone)
     */
    Map<String, Object> assertion(Certificate c, String email) {
        var m = new LinkedHashMap<String, Object>();
        m.put("@context", CONTEXT);
        m.put("type", "Assertion");
        m.put("id", assertionUrl(c.getCode()));
        if (c.getStatus() == Certificate.Status.REVOKED) {
            m.put("revoked", true);
            m.put("revocationReason", "Revoked by the issuer");
            return m;
        }
        var recipient = new LinkedHashMap<String, Object>();
        recipient.put("type", "email");
        recipient.put("hashed", true);
        recipient.put("salt", c.getBadgeSalt());
        recipient.put("identity", hashedIdentity(email, c.getBadgeSalt()));
        m.put("recipient", recipient);
        m.put("badge", badgeClassUrl(c.getModuleId()));
        m.put("verification", Map.of("type", "hosted"));
        m.put("issuedOn", DateTimeFormatter.ISO_INSTANT.format(c.getIssuedAt().truncatedTo(ChronoUnit.SECONDS)));
        m.put("image", assertionUrl(c.getCode()) + "/badge.png");
        m.put("evidence", Map.of("id", base + "/verify/" + c.getCode(), "narrative",
                "Certificate " + c.getCode() + ", verifiable at the linked page."));
        return m;
    }

    /** @return {@code sha256$} + lower-case hex SHA-256 of the lower-cased e-mail followed by the salt */
    static String hashedIdentity(String email, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((email.strip().toLowerCase(Locale.ROOT) + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    String toJson(Map<String, Object> document) {
        return json.writeValueAsString(document);
    }
}
