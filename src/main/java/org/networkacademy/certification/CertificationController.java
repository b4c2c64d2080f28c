package org.networkacademy.certification;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.NoSuchElementException;

/**
 * Files and hosted documents of certification:
 * <ul>
 *   <li>{@code /openbadges/issuer}, {@code /openbadges/badges/{module}}, {@code /openbadges/badges/{module}/image.png},
 *       {@code /openbadges/assertions/{code}} (410 Gone when revoked) and
 *       {@code /openbadges/assertions/{code}/badge.png} (baked) — public, JSON-LD;</li>
 *   <li>{@code /certificates/{code}/certificate.pdf} — for the recipient or a trainer/admin;</li>
 *   <li>{@code /certificates/register.csv} and {@code .xlsx} — the register for trainers and admins.</li>
 * </ul>
 */
@RestController
class CertificationController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");

    private final OpenBadgeService badges;
    private final CertificationService certification;

    CertificationController(OpenBadgeService badges, CertificationService certification) {
        this.badges = badges;
        this.certification = certification;
    }

    @GetMapping("/openbadges/issuer")
    ResponseEntity<String> issuer() {
        return jsonLd(badges.issuerJson());
    }

    @GetMapping("/openbadges/badges/{moduleId}")
    ResponseEntity<String> badgeClass(@PathVariable String moduleId) {
        return badges.badgeClassJson(moduleId).map(this::jsonLd).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/openbadges/badges/{moduleId}/image.png")
    ResponseEntity<byte[]> badgeImage(@PathVariable String moduleId) {
        return badges.badgeImage(moduleId).map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(png))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/openbadges/assertions/{code}")
    ResponseEntity<String> assertion(@PathVariable String code) {
        return badges.assertionJson(code).map(d -> ResponseEntity.status(d.revoked() ? HttpStatus.GONE : HttpStatus.OK)
                        .contentType(JSON_LD).cacheControl(CacheControl.noCache()).body(d.json()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/openbadges/assertions/{code}/badge.png")
    ResponseEntity<byte[]> bakedBadge(@PathVariable String code) {
        return badges.bakedBadge(code).map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("badge-" + code + ".png").build().toString())
                        .cacheControl(CacheControl.noCache()).body(png))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/certificates/{code}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        try {
            byte[] pdf = certification.pdf(code);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("certificate-" + code + ".pdf").build().toString())
                    .cacheControl(CacheControl.noStore()).body(pdf);
        } catch (NoSuchElementException e) {
            return ResponseEntity.notFound().build();
        }
    }

    @GetMapping("/certificates/register.csv")
    ResponseEntity<byte[]> registerCsv(@RequestParam(defaultValue = "") String q,
                                       @RequestParam(required = false) Certificate.Status status,
                                       @RequestParam(defaultValue = "") String country) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificates.csv").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(certification.registerCsv(q, status, country));
    }

    @GetMapping("/certificates/register.xlsx")
    ResponseEntity<byte[]> registerXlsx(@RequestParam(defaultValue = "") String q,
                                        @RequestParam(required = false) Certificate.Status status,
                                        @RequestParam(defaultValue = "") String country) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificates.xlsx").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(certification.registerXlsx(q, status, country));
    }

    private ResponseEntity<String> jsonLd(String json) {
        return ResponseEntity.ok().contentType(JSON_LD).cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .header("Access-Control-Allow-Origin", "*").body(json);
    }
}
