package org.networkacademy.content;

/**
 * One thing wrong in a content file.
 *
 * @param file    path of the file relative to the content root, e.g. {@code tsi-networks/module.yaml}
 * @param line    1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong, naming the key or id concerned
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
