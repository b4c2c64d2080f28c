package org.networkacademy.certification;

import org.junit.jupiter.api.Test;
import org.networkacademy.AbstractAppTest;
import org.networkacademy.account.AppUser;
import org.networkacademy.account.Registration;
import org.networkacademy.account.Role;
import org.networkacademy.content.CourseCatalog;
import org.networkacademy.learning.LearningService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hosted Open Badges 2.0 documents, fetched anonymously through the real security chain, are
 * valid: every property is a term of the Open Badges v2 JSON-LD context, every required property
 * of Assertion, BadgeClass and Issuer Profile is there with the right shape, links resolve to each
 * other, the recipient is a salted SHA-256 hash of the e-mail; the baked PNG carries the
 * assertion; a revoked assertion answers 410 with {@code revoked: true}. Also: the PDF is only
 * for its owner and staff, and the register CSV neutralises formulas.
 */
class OpenBadgesIntegrationTest extends AbstractAppTest {

    /** The terms defined by https://w3id.org/openbadges/v2 (plus JSON-LD's own). */
    static final Set<String> CONTEXT_TERMS = Set.of("@context", "id", "type", "author", "caption", "claim", "created",
            "creator", "description", "email", "endorsement", "expires", "genre", "image", "name", "owner", "publicKey",
            "publicKeyPem", "related", "startsWith", "tags", "targetDescription", "targetFramework", "targetName",
            "targetUrl", "telephone", "url", "version", "alignment", "allowedOrigins", "audience", "badge", "criteria",
            "endorsementComment", "evidence", "hashed", "identity", "issuedOn", "issuer", "narrative", "recipient",
            "revocationList", "revocationReason", "revoked", "revokedAssertions", "salt", "targetCode", "uid",
            "validatesType", "validationFrame", "validationSchema", "verification", "verificationProperty", "verify");

    static final String BASE = "https://academy.example.org";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext web;
    @Autowired
    CertificationService certification;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    LearningService learning;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    private JsonNode fetch(String url, int expectedStatus) throws Exception {
        assertThat(url).startsWith(BASE);
        var response = mvc().perform(get(URI.create(url).getPath())).andExpect(status().is(expectedStatus)).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/ld+json");
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private Certificate issue(AppUser trainee) {
        login(trainee);
        learning.openLesson(catalog.defaultModule().id(), catalog.defaultModule().lessons().getFirst().id());
        AppUser admin = accounts.create(new Registration("Admin", "ad-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "ITC", "CH"), Set.of(Role.ADMIN));
        login(admin);
        Certificate c = certification.issueManually(trainee.getEmail(), catalog.defaultModule().id(), "Assessed in person");
        logout();
        return c;
    }

    @Test
    void hostedAssertionBadgeClassAndIssuerValidateAgainstOpenBadges2() throws Exception {
        AppUser trainee = newTrainee("Badge Holder");
        Certificate c = issue(trainee);

        JsonNode assertion = fetch(BASE + "/openbadges/assertions/" + c.getCode(), 200);
        validateTerms(assertion);
        assertThat(assertion.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(assertion.get("type").asString()).isEqualTo("Assertion");
        assertThat(assertion.get("id").asString()).isEqualTo(BASE + "/openbadges/assertions/" + c.getCode());
        requireFields(assertion, "id", "type", "recipient", "badge", "verification", "issuedOn");
        JsonNode recipient = assertion.get("recipient");
        requireFields(recipient, "type", "identity", "hashed", "salt");
        assertThat(recipient.get("type").asString()).isEqualTo("email");
        assertThat(recipient.get("hashed").asBoolean()).isTrue();
        assertThat(recipient.get("identity").asString())
                .isEqualTo(OpenBadges.hashedIdentity(trainee.getEmail(), recipient.get("salt").asString()))
                .matches("sha256\\$[0-9a-f]{64}");
        assertThat(assertion.toString()).doesNotContain(trainee.getEmail());
        assertThat(assertion.get("verification").get("type").asString()).isEqualTo("hosted");
        OffsetDateTime.parse(assertion.get("issuedOn").asString());   // ISO 8601 with offset

        JsonNode badgeClass = fetch(assertion.get("badge").asString(), 200);
        validateTerms(badgeClass);
        assertThat(badgeClass.get("type").asString()).isEqualTo("BadgeClass");
        requireFields(badgeClass, "id", "type", "name", "description", "image", "criteria", "issuer");
        assertThat(badgeClass.get("criteria").get("narrative").asString()).contains("final assessment");
        var image = mvc().perform(get(URI.create(badgeClass.get("image").asString()).getPath()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(image)).getWidth()).isEqualTo(400);

        JsonNode issuer = fetch(badgeClass.get("issuer").asString(), 200);
        validateTerms(issuer);
        assertThat(issuer.get("type").asString()).isEqualTo("Issuer");
        requireFields(issuer, "id", "type", "name", "url", "email");
        assertThat(issuer.get("id").asString()).isEqualTo(badgeClass.get("issuer").asString());

        // the baked badge: a valid PNG whose iTXt "openbadges" chunk is the assertion
        byte[] baked = mvc().perform(get("/openbadges/assertions/" + c.getCode() + "/badge.png"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(baked))).isNotNull();
        assertThat(JSON.readTree(BadgePng.unbake(baked))).isEqualTo(assertion);

        // revoked: 410 Gone with revoked true, and no baked badge any more
        AppUser admin = accounts.create(new Registration("Admin", "ad-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "ITC", "CH"), Set.of(Role.ADMIN));
        login(admin);
        certification.revoke(c.getCode(), "Issued in error");
        logout();
        JsonNode revoked = fetch(BASE + "/openbadges/assertions/" + c.getCode(), 410);
        validateTerms(revoked);
        assertThat(revoked.get("revoked").asBoolean()).isTrue();
        mvc().perform(get("/openbadges/assertions/" + c.getCode() + "/badge.png")).andExpect(status().isNotFound());
        mvc().perform(get("/openbadges/assertions/unknown")).andExpect(status().isNotFound());
    }

    @Test
    void pdfIsForItsOwnerAndStaffOnly() throws Exception {
        AppUser owner = newTrainee("PDF Owner");
        Certificate c = issue(owner);
        AppUser other = newTrainee("Someone Else");
        mvc().perform(get("/certificates/" + c.getCode() + "/certificate.pdf").with(user(owner.getEmail()).roles("TRAINEE")))
                .andExpect(status().isOk());
        mvc().perform(get("/certificates/" + c.getCode() + "/certificate.pdf").with(user(other.getEmail()).roles("TRAINEE")))
                .andExpect(status().isForbidden());
        var anonymous = mvc().perform(get("/certificates/" + c.getCode() + "/certificate.pdf")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isNotEqualTo(200);
    }

    @Test
    void registerCsvAndXlsxExportsAreSafeFromFormulas() throws Exception {
        AppUser trainee = newTrainee("=HYPERLINK(\"http://evil\",\"x\")");
        Certificate c = issue(trainee);
        AppUser admin = accounts.create(new Registration("Admin", "ad-" + UUID.randomUUID() + "@example.org",
                "correct-horse-battery", "ITC", "CH"), Set.of(Role.ADMIN));
        byte[] csv = mvc().perform(get("/certificates/register.csv").param("q", c.getCode()).with(user(admin.getEmail()).roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(text).contains("\r\n");
        assertThat(lines.getFirst()).startsWith("code,name,institution");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(c.getCode() + ",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        mvc().perform(get("/certificates/register.csv").with(user(trainee.getEmail()).roles("TRAINEE")))
                .andExpect(status().isForbidden());

        byte[] xlsx = mvc().perform(get("/certificates/register.xlsx").param("q", c.getCode()).with(user(admin.getEmail()).roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var row = wb.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(c.getCode());
            assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(trainee.getDisplayName());
        }
    }

    private static void validateTerms(JsonNode node) {
        if (node.isObject()) {
            for (String key : node.propertyNames()) {
                assertThat(CONTEXT_TERMS).as("'%s' is a term of the Open Badges v2 context", key).contains(key);
                validateTerms(node.get(key));
            }
        } else if (node.isArray()) {
            node.forEach(OpenBadgesIntegrationTest::validateTerms);
        }
        if (node.isObject() && node.has("id") && node.get("id").isString()) {
            assertThat(URI.create(node.get("id").asString()).isAbsolute()).as("id is an absolute IRI").isTrue();
        }
    }

    private static void requireFields(JsonNode node, String... fields) {
        for (String f : fields) {
            assertThat(node.has(f) && !node.get(f).isNull()).as("required property '%s'", f).isTrue();
        }
    }
}
