package org.networkacademy.content;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * Serves images of a module folder at {@code /content-files/<module>/<path>} (only image types;
 * never YAML, Markdown or anything outside the module folder). Public like the rest of the content.
 */
@RestController
class ContentFileController {

    private static final Set<String> ALLOWED = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");

    private final CourseCatalog catalog;

    ContentFileController(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/content-files/{moduleId}/**")
    ResponseEntity<Resource> file(@PathVariable String moduleId, jakarta.servlet.http.HttpServletRequest request) {
        if (catalog.module(moduleId).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String prefix = "/content-files/" + moduleId + "/";
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (!uri.startsWith(prefix)) {
            return ResponseEntity.notFound().build();
        }
        String relative = java.net.URLDecoder.decode(uri.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8);
        Path moduleDir = catalog.root().resolve(moduleId).normalize();
        Path file = moduleDir.resolve(relative).normalize();
        String ext = relative.contains(".") ? relative.substring(relative.lastIndexOf('.') + 1).toLowerCase() : "";
        if (!file.startsWith(moduleDir) || !ALLOWED.contains(ext) || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString()).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(new FileSystemResource(file));
    }
}
