package org.networkacademy.content;

/**
 * An answer option.
 *
 * @param id       id, unique within the question
 * @param text     text shown
 * @param correct  whether choosing it is (part of) the right answer
 * @param feedback why it is right or wrong; never blank
 */
public record Option(String id, String text, boolean correct, String feedback) {
}
