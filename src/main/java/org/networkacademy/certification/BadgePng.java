package org.networkacademy.certification;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The badge image, and "baking" (Open Badges 2.0 §Baking, PNG): the assertion JSON stored in an
 * {@code iTXt} chunk with keyword {@code openbadges}, uncompressed, placed before {@code IEND}.
 */
final class BadgePng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private BadgePng() {
    }

    /** @return a 400×400 PNG badge showing the module's short title */
    static byte[] image(String title) {
        var img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x1C, 0x54, 0x8C), 400, 400, new Color(0x0E, 0x7C, 0x6B)));
            g.fillOval(10, 10, 380, 380);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(6));
            g.drawOval(30, 30, 340, 340);
            Font font = font().deriveFont(Font.BOLD, 40f);
            g.setFont(font);
            drawCentred(g, "CERTIFIED", 170);
            g.setFont(font.deriveFont(Font.PLAIN, 22f));
            String[] words = title.split("\\s+");
            StringBuilder line = new StringBuilder();
            int y = 220;
            for (String w : words) {
                if (g.getFontMetrics().stringWidth(line + " " + w) > 260 && !line.isEmpty()) {
                    drawCentred(g, line.toString(), y);
                    y += 28;
                    line.setLength(0);
                    if (y > 300) {
                        break;
                    }
                }
                line.append(line.isEmpty() ? "" : " ").append(w);
            }
            if (y <= 300 && !line.isEmpty()) {
                drawCentred(g, line.toString(), y);
            }
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param png       a PNG file
     * @param assertion the assertion JSON (or its URL) to bake in
     * @return the PNG with an {@code iTXt} chunk {@code openbadges} before IEND
     * @throws IllegalArgumentException when {@code png} is not a PNG
     */
    static byte[] bake(byte[] png, String assertion) {
        int iend = findChunk(png, "IEND");
        var data = new ByteArrayOutputStream();
        data.writeBytes("openbadges".getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);          // keyword terminator
        data.write(0);          // compression flag: uncompressed
        data.write(0);          // compression method
        data.write(0);          // empty language tag
        data.write(0);          // empty translated keyword
        data.writeBytes(assertion.getBytes(StandardCharsets.UTF_8));
        byte[] chunk = chunk("iTXt", data.toByteArray());
        var out = new ByteArrayOutputStream(png.length + chunk.length);
        out.write(png, 0, iend);
        out.writeBytes(chunk);
        out.write(png, iend, png.length - iend);
        return out.toByteArray();
    }

    /** @return the text of the {@code openbadges} iTXt chunk, or null when there is none */
    static String unbake(byte[] png) {
        int pos = SIGNATURE.length;
        while (pos + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, pos, 4).getInt();
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("iTXt")) {
                String keyword = new String(png, pos + 8, Math.min(10, length), StandardCharsets.ISO_8859_1);
                if (keyword.equals("openbadges") && png[pos + 18] == 0) {
                    int start = pos + 8 + 10 + 1 + 2;
                    while (png[start] != 0) start++;          // language tag
                    start++;
                    while (png[start] != 0) start++;          // translated keyword
                    start++;
                    return new String(png, start, pos + 8 + length - start, StandardCharsets.UTF_8);
                }
            }
            pos += 12 + length;
        }
        return null;
    }

    private static int findChunk(byte[] png, String wanted) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png.length < 8 || png[i] != SIGNATURE[i]) {
                throw new IllegalArgumentException("not a PNG");
            }
        }
        int pos = SIGNATURE.length;
        while (pos + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, pos, 4).getInt();
            if (new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1).equals(wanted)) {
                return pos;
            }
            pos += 12 + length;
        }
        throw new IllegalArgumentException("PNG has no " + wanted + " chunk");
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static void drawCentred(java.awt.Graphics2D g, String text, int y) {
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (400 - w) / 2, y);
    }

    private static Font font() {
        try (InputStream in = BadgePng.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("badge font missing", e);
        }
    }
}
