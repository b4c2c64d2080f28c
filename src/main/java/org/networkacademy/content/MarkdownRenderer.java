package org.networkacademy.content;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders lesson Markdown (CommonMark with GitHub tables) to sanitised HTML.
 *
 * <p>Raw HTML is not allowed in lessons: it is reported as a problem with its line. Images must be
 * relative paths inside the module folder; they are rewritten to {@code /content-files/<module>/<path>},
 * which {@code ContentFileController} serves. The output passes a jsoup {@link Safelist} whatever
 * the input, so nothing a content file says can inject script.
 */
final class MarkdownRenderer {

    /** URL prefix under which module files (images) are served. */
    static final String FILES_PREFIX = "/content-files/";

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("div", "span")
            .addAttributes("img", "loading")
            .preserveRelativeLinks(true);

    private MarkdownRenderer() {
    }

    /**
     * Renders one lesson body.
     *
     * @param markdown   the body (after front matter)
     * @param moduleDir  the module folder, to resolve images
     * @param moduleId   the module id, for image URLs
     * @param file       file name for problems
     * @param lineOffset number of lines before the body in the file
     * @return sanitised HTML
     */
    static String render(String markdown, Path moduleDir, String moduleId, String file, int lineOffset,
                         YamlNode.Problems problems) {
        return render(markdown, moduleDir, null, moduleId, file, lineOffset, problems);
    }

    /**
     * Renders one lesson body of a translation: an image the translation folder has at the same relative
     * path (its own copy, e.g. {@code translations/fr/images/map.svg} with French labels) is shown
     * instead of the module's.
     *
     * @param translationDir the language's folder ({@code <module>/translations/<lang>}), or null for the English files
     * @see #render(String, Path, String, String, int, YamlNode.Problems)
     */
    static String render(String markdown, Path moduleDir, Path translationDir, String moduleId, String file, int lineOffset,
                         YamlNode.Problems problems) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                problems.add(file, lineOf(html), "raw HTML is not allowed in lessons: " + abbreviate(html.getLiteral()));
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add(file, lineOf(html), "raw HTML is not allowed in lessons: " + abbreviate(html.getLiteral()));
            }

            @Override
            public void visit(Image image) {
                String dest = image.getDestination();
                String resolved = localImage(dest, moduleDir, translationDir);
                if (resolved == null) {
                    resolved = resolveImage(dest, moduleDir);
                }
                if (resolved == null) {
                    problems.add(file, lineOf(image), "image '" + dest
                            + "' must be a relative path to an existing file inside the module folder");
                } else {
                    image.setDestination(FILES_PREFIX + moduleId + "/" + resolved);
                }
                if (image.getFirstChild() == null) {
                    problems.add(file, lineOf(image), "image '" + dest + "' needs alternative text: ![description](" + dest + ")");
                }
                visitChildren(image);
            }

            private int lineOf(Node node) {
                var spans = node.getSourceSpans();
                return spans.isEmpty() ? lineOffset + 1 : spans.getFirst().getLineIndex() + 1 + lineOffset;
            }
        });
        String html = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build().render(document);
        String clean = Jsoup.clean(html, "https://content.invalid/", SAFELIST);
        return clean.replace("<img ", "<img loading=\"lazy\" ");
    }

    /** @return the destinations of the images in {@code markdown}, in order (as written) */
    static List<String> images(String markdown) {
        var out = new java.util.ArrayList<String>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                out.add(image.getDestination());
                visitChildren(image);
            }
        });
        return out;
    }

    /** @return the translation's own copy of the image, relative to the module folder, or null when it has none */
    private static String localImage(String dest, Path moduleDir, Path translationDir) {
        if (translationDir == null) {
            return null;
        }
        String local = resolveImage(dest, translationDir);
        if (local == null) {
            return null;
        }
        Path root = moduleDir.toAbsolutePath().normalize();
        return root.relativize(translationDir.toAbsolutePath().normalize().resolve(local)).toString().replace('\\', '/');
    }

    /** @return the normalised relative path, or null if it escapes the module folder or does not exist */
    private static String resolveImage(String dest, Path moduleDir) {
        try {
            URI uri = new URI(dest);
            if (uri.isAbsolute() || dest.startsWith("/") || uri.getRawQuery() != null) {
                return null;
            }
            Path root = moduleDir.toAbsolutePath().normalize();
            Path target = root.resolve(uri.getPath()).normalize();
            if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                return null;
            }
            return root.relativize(target).toString().replace('\\', '/');
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        String oneLine = s.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
