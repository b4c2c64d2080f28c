package org.networkacademy.cohort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a large valid module for the benchmark from the real one: {@code lessons} lessons (the
 * eight real lessons repeated with new ids), each with its knowledge check and exercise, plus the
 * final assessment with questions re-pointed at the copies. 20 lessons give 61 grid activities.
 */
final class BenchContent {

    private BenchContent() {
    }

    static Path generate(Path source, Path target, int lessons) {
        try {
            Path dir = target.resolve("tsi-networks");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : files.toList()) {
                    Path to = dir.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                }
            }
            copyTree(source.resolve("images"), dir.resolve("images"));
            Files.copy(source.resolve("self-assessment.yaml"), dir.resolve("self-assessment.yaml"));
            List<String> moduleLines = Files.readAllLines(source.resolve("module.yaml"));
            List<String[]> refs = new ArrayList<>(); // id, file, check
            for (int i = 0; i < moduleLines.size(); i++) {
                String l = moduleLines.get(i);
                if (l.startsWith("  - id: ")) {
                    refs.add(new String[]{l.substring(8).strip(), moduleLines.get(i + 1).split(": ")[1].strip(),
                            moduleLines.get(i + 2).split(": ")[1].strip()});
                }
            }
            var module = new StringBuilder();
            boolean inLessons = false;
            for (String l : moduleLines) {
                if (l.startsWith("lessons:")) {
                    inLessons = true;
                    module.append("lessons:\n");
                    for (int n = 1; n <= lessons; n++) {
                        String[] r = refs.get((n - 1) % refs.size());
                        String id = r[0] + "-" + n;
                        module.append("  - id: ").append(id).append("\n    file: lessons/").append(n).append(".md\n")
                                .append("    knowledge-check: checks/").append(n).append(".yaml\n");
                        String md = Files.readString(source.resolve(r[1]))
                                .replaceFirst("(?m)^id: " + r[0] + "$", "id: " + id)
                                .replaceFirst("(?m)^  id: " + r[0] + "-exercise$", "  id: " + id + "-exercise");
                        Files.writeString(dir.resolve("lessons/" + n + ".md"), md);
                        String check = Files.readString(source.resolve(r[2])).replaceFirst("(?m)^id: (.*)$", "id: $1-" + n);
                        Files.writeString(dir.resolve("checks/" + n + ".yaml"), check);
                    }
                    continue;
                }
                if (inLessons && (l.startsWith("  ") || l.isBlank())) continue;
                inLessons = false;
                module.append(l).append('\n');
            }
            Files.writeString(dir.resolve("module.yaml"), module.toString());

            // final assessment: header, then question blocks repeated for each copy of the lessons
            String fa = Files.readString(source.resolve("final-assessment.yaml"));
            int start = fa.indexOf("\n  - id: ");
            String head = fa.substring(0, start + 1);
            List<String> blocks = new ArrayList<>();
            for (String b : fa.substring(start + 1).split("(?m)^(?=  - id: )")) {
                if (!b.isBlank()) blocks.add(b);
            }
            var out = new StringBuilder(head);
            for (int copy = 0; copy * refs.size() < lessons; copy++) {
                for (String b : blocks) {
                    var m = java.util.regex.Pattern.compile("(?m)^    lesson: (\\S+)").matcher(b);
                    if (!m.find()) continue;
                    int k = indexOf(refs, m.group(1));
                    int n = copy * refs.size() + k + 1;
                    if (n > lessons) continue;
                    out.append(b.replaceFirst("(?m)^  - id: (\\S+)", "  - id: c" + copy + "-$1")
                            .replaceFirst("(?m)^    lesson: \\S+", "    lesson: " + m.group(1) + "-" + n));
                }
            }
            Files.writeString(dir.resolve("final-assessment.yaml"), out.toString());
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(List<String[]> refs, String id) {
        for (int i = 0; i < refs.size(); i++) if (refs.get(i)[0].equals(id)) return i;
        throw new IllegalArgumentException(id);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) return;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
