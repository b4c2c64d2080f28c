package org.networkacademy.xapi.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 timestamp helpers for xAPI Timestamps (xAPI 1.0.3 Data §4.5). Statements keep timestamps
 * as the original text; these helpers convert to and from {@link Instant} without changing that text.
 * Accepted forms: combined date and time in ISO 8601 extended ({@code 2013-05-18T05:32:34.804+00:00})
 * or basic ({@code 20130518T053234Z}) format, with hours, minutes or seconds precision, an optional
 * fraction ({@code .} or {@code ,}) on the seconds and an optional zone ({@code Z}, {@code ±hh:mm},
 * {@code ±hh}; {@code ±hhmm} in basic format). In extended format the date and the time may also be separated by
 * a space ({@code 2008-09-15 15:53:00.601+00:00}), which RFC 3339 §5.6 allows and xAPI 2.0.0 accepts (its timestamps
 * follow RFC 3339); validation refuses it for xAPI 1.0.x requests ({@link #hasSpaceSeparator}).
 */
public final class XapiTime {

    private static final String FRACTION_AND_ZONE = "(?:[.,](\\d+))?)?)?(Z|[+-]\\d{2}%s)?";
    private static final Pattern EXTENDED = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2})(?::(\\d{2})(?::(\\d{2})" + FRACTION_AND_ZONE.formatted("(?::\\d{2})?"));
    private static final Pattern BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(?:(\\d{2})(?:(\\d{2})" + FRACTION_AND_ZONE.formatted("(?:\\d{2})?"));
    private static final List<String> NEGATIVE_ZERO_ENDINGS = List.of("-00", "-0000", "-00:00");

    private XapiTime() {
    }

    /**
     * Parses an xAPI timestamp. A timestamp without a zone is taken as UTC (the spec only says it
     * SHOULD have one). Calendar values are checked (no February 30th, no hour 25).
     *
     * @param timestamp the text as sent; may be null
     * @return the instant, or empty if the text is not an accepted ISO 8601 date-time
     */
    public static Optional<Instant> parse(String timestamp) {
        Matcher m = match(timestamp);
        if (m == null) {
            return Optional.empty();
        }
        try {
            String fraction = m.group(7) == null ? "" : m.group(7);
            int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
            LocalDateTime local = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6), nanos);
            return Optional.of(local.toInstant(offset(m.group(8))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Tells whether a timestamp names its time zone ({@code Z} or an offset), as xAPI 2.0 requires.
     *
     * @param timestamp the text as sent; may be null
     * @return {@code true} if it is an accepted timestamp with a zone designator
     */
    public static boolean hasZone(String timestamp) {
        Matcher m = match(timestamp);
        return m != null && m.group(8) != null;
    }

    /**
     * Tells whether a timestamp separates date and time by a space instead of {@code T} (RFC 3339 §5.6 note):
     * accepted in xAPI 2.0.0 requests, not in 1.0.x ones, whose ISO 8601 extended format requires the {@code T}.
     *
     * @param timestamp the text as sent; may be null
     * @return {@code true} if it is an accepted timestamp written with a space separator
     */
    public static boolean hasSpaceSeparator(String timestamp) {
        return match(timestamp) != null && timestamp.length() > 10 && timestamp.charAt(10) == ' ';
    }

    /**
     * Tells whether a timestamp uses one of the offsets {@code -00:00}, {@code -0000} or {@code -00},
     * which an LRS must reject (xAPI 1.0.3 Data §4.5).
     *
     * @param timestamp the text as sent; may be null
     * @return {@code true} for a negative-zero offset
     */
    public static boolean hasNegativeZeroOffset(String timestamp) {
        if (timestamp == null) {
            return false;
        }
        // What ".*[T ].*-00(?::?00)?" matches, without a backtracking regular expression (run for every timestamp
        // received): one of the three endings, after a T or a space; '.' matches no line terminator.
        for (String ending : NEGATIVE_ZERO_ENDINGS) {
            if (timestamp.endsWith(ending) && separatorBefore(timestamp, timestamp.length() - ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} has a T or a space before {@code end} and no line terminator there. */
    private static boolean separatorBefore(String s, int end) {
        boolean separator = false;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
            separator |= c == 'T' || c == ' ';
        }
        return separator;
    }

    /** ISO 8601 / RFC 3339 in UTC with exactly three fractional digits (finer digits are cut, never rounded up). */
    private static final DateTimeFormatter MILLISECONDS = new java.time.format.DateTimeFormatterBuilder().appendInstant(3)
            .toFormatter(java.util.Locale.ROOT);

    /**
     * Formats an instant the way this platform writes timestamps: UTC, {@code Z} suffix, RFC 3339, always to the
     * millisecond, e.g. {@code 2024-05-18T05:32:34.804Z} and {@code 2024-05-18T05:32:34.000Z} (xAPI 1.0.3 Data §4.5:
     * precision of at least milliseconds; {@link DateTimeFormatter#ISO_INSTANT} left out a zero fraction, so one
     * statement in a thousand had a second-precision timestamp). Finer precision is cut to the millisecond, as the
     * database keeps it.
     *
     * @param instant the instant
     * @return the timestamp text
     * @throws NullPointerException if {@code instant} is null
     */
    public static String format(Instant instant) {
        return MILLISECONDS.format(instant);
    }

    private static Matcher match(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = EXTENDED.matcher(s);
        if (m.matches()) {
            return m;
        }
        m = BASIC.matcher(s);
        return m.matches() ? m : null;
    }

    private static int num(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        if (minutes > 59) {
            throw new DateTimeException("offset minutes out of range");
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
