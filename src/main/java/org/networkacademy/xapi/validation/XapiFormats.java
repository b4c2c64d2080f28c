package org.networkacademy.xapi.validation;

import org.networkacademy.xapi.model.XapiTime;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Format checks for the xAPI special data types (xAPI 1.0.3 Data §4). All methods are null-safe and
 * return {@code false} for {@code null}. An LRS can reuse them for request parameters, which must be
 * validated like the same values in Statements (xAPI 1.0.3 Data §2.2.s4.b4).
 */
public final class XapiFormats {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:");
    private static final Pattern MAILTO = Pattern.compile(
            "mailto:[^\\s@\"(),:;<>\\[\\]\\\\]+@[^\\s@\"(),:;<>\\[\\]\\\\/?#.]+(?:\\.[^\\s@\"(),:;<>\\[\\]\\\\/?#.]+)*");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Pattern SHA2 = Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");
    private static final String TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(?:\\s*;\\s*" + TOKEN + "=(?:" + TOKEN + "|\"(?:[^\"\\\\]|\\\\.)*\"))*\\s*;?");
    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final Pattern DURATION = Pattern.compile("P(?:(" + NUMBER + ")W|(?=\\d|T\\d)"
            + "(?:(" + NUMBER + ")Y)?(?:(" + NUMBER + ")M)?(?:(" + NUMBER + ")D)?"
            + "(?:T(?=\\d)(?:(" + NUMBER + ")H)?(?:(" + NUMBER + ")M)?(?:(" + NUMBER + ")S)?)?)");
    private static final Pattern VERSION_1 = Pattern.compile("1\\.0(?:\\.\\d+)?");
    private static final Pattern VERSION_2 = Pattern.compile("2\\.0(?:\\.\\d+)?");
    private static final Set<String> IRREGULAR_TAGS = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian",
            "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr",
            "sgn-be-nl", "sgn-ch-de");

    private XapiFormats() {
    }

    /**
     * UUID in standard string form, 8-4-4-4-12 hex digits, any case (xAPI 1.0.3 Data §4.4, §2.4.1).
     *
     * @param s the text
     * @return whether it is a UUID
     */
    public static boolean isUuid(String s) {
        // 8-4-4-4-12 hex digits: a loop rather than a regular expression (checked for every id and registration received)
        if (s == null || s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23 ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Absolute IRI (xAPI 1.0.3 Data §4.3, RFC 3987), checked best-effort as allowed by Data §2.2.s4.b6:
     * a scheme ({@code http:}, {@code urn:}, {@code tag:}, ...) and a non-empty remainder without spaces,
     * control characters, {@code <>"{}|\^`} or broken percent escapes. Non-ASCII characters are allowed.
     *
     * @param s the text
     * @return whether it is an absolute IRI
     */
    public static boolean isIri(String s) {
        if (s == null) {
            return false;
        }
        Matcher m = SCHEME.matcher(s);
        if (!m.lookingAt() || m.end() == s.length() || s.substring(m.end()).equals("//")) {
            return false;
        }
        for (int i = m.end(); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || "<>\"{}|\\^`".indexOf(c) >= 0) {
                return false;
            }
            if (c == '%' && (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * IRL, an IRI that is expected to be resolvable (xAPI 1.0.3 Data §4.3); same syntax check as {@link #isIri}.
     *
     * @param s the text
     * @return whether it is an absolute IRL
     */
    public static boolean isIrl(String s) {
        return isIri(s);
    }

    /**
     * {@code mbox} value: {@code mailto:} followed by an e-mail address (xAPI 1.0.3 Data §2.4.2.3).
     *
     * @param s the text
     * @return whether it is a mailto IRI
     */
    public static boolean isMailtoIri(String s) {
        return s != null && MAILTO.matcher(s).matches();
    }

    /**
     * {@code mbox_sha1sum} value: 40 hex digits (xAPI 1.0.3 Data §2.4.2.3).
     *
     * @param s the text
     * @return whether it is a hex SHA-1
     */
    public static boolean isSha1Hex(String s) {
        return s != null && SHA1.matcher(s).matches();
    }

    /**
     * Attachment {@code sha2}: hex SHA-224/256/384/512, i.e. 56, 64, 96 or 128 hex digits (xAPI 1.0.3 Data §2.4.11).
     *
     * @param s the text
     * @return whether it is a hex SHA-2
     */
    public static boolean isSha2Hex(String s) {
        return s != null && SHA2.matcher(s).matches();
    }

    /**
     * Internet Media Type such as {@code text/plain; charset=ascii} (RFC 2045/6838; xAPI 1.0.3 Data §2.4.11).
     *
     * @param s the text
     * @return whether it is {@code type/subtype} with well-formed parameters
     */
    public static boolean isMediaType(String s) {
        return s != null && MEDIA_TYPE.matcher(s).matches();
    }

    /**
     * Well-formed RFC 5646 language tag (xAPI 1.0.3 Data §4.2, §2.2.s4.b2), case-insensitive: language
     * (2-3 letters with up to three 3-letter extlangs, or 4-8 letters), optional 4-letter script, optional
     * region (2 letters or 3 digits), variants (5-8 alphanumerics or digit + 3), extensions (singleton +
     * 2-8 alphanumerics, no singleton twice), private use ({@code x-...}), or a grandfathered tag.
     * Duplicate variants are rejected too. Subtags are not checked against the IANA registry.
     *
     * @param s the tag
     * @return whether it is well-formed
     */
    public static boolean isLanguageTag(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        String tag = s.toLowerCase(Locale.ROOT);
        if (IRREGULAR_TAGS.contains(tag)) {
            return true;
        }
        String[] p = tag.split("-", -1);
        for (String subtag : p) {
            if (subtag.isEmpty() || subtag.length() > 8 || !subtag.chars().allMatch(XapiFormats::isAsciiAlnum)) {
                return false;
            }
        }
        int n = p.length;
        int i;
        if (p[0].equals("x")) {
            return n > 1;
        }
        if (p[0].length() < 2 || !isAlpha(p[0])) {
            return false;
        }
        i = 1;
        if (p[0].length() <= 3) {
            for (int ext = 0; ext < 3 && i < n && p[i].length() == 3 && isAlpha(p[i]); ext++) {
                i++;
            }
        }
        if (i < n && p[i].length() == 4 && isAlpha(p[i])) {
            i++;
        }
        if (i < n && ((p[i].length() == 2 && isAlpha(p[i])) || (p[i].length() == 3 && isDigits(p[i])))) {
            i++;
        }
        Set<String> variants = new HashSet<>();
        while (i < n && (p[i].length() >= 5 || (p[i].length() == 4 && Character.isDigit(p[i].charAt(0))))) {
            if (!variants.add(p[i++])) {
                return false;
            }
        }
        Set<String> singletons = new HashSet<>();
        while (i < n && p[i].length() == 1 && !p[i].equals("x")) {
            if (!singletons.add(p[i++])) {
                return false;
            }
            int start = i;
            while (i < n && p[i].length() >= 2) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i < n && p[i].equals("x")) {
            return i + 1 < n;
        }
        return i == n;
    }

    /**
     * ISO 8601 timestamp (xAPI 1.0.3 Data §4.5): a combined date and time in extended or basic format with
     * valid calendar values and no {@code -00:00}/{@code -0000}/{@code -00} offset. For xAPI 2.0.0 the time
     * zone ({@code Z} or an offset) is also required, and date and time may be separated by a space as RFC 3339 §5.6
     * allows (1.0.x: only {@code T}).
     *
     * @param s       the text
     * @param version the xAPI version whose rules apply
     * @return whether it is an acceptable timestamp
     */
    public static boolean isTimestamp(String s, XapiVersion version) {
        return XapiTime.parse(s).isPresent() && !XapiTime.hasNegativeZeroOffset(s)
                && (version == XapiVersion.V1_0_3 ? !XapiTime.hasSpaceSeparator(s) : XapiTime.hasZone(s));
    }

    /**
     * ISO 8601 duration in the format of ISO 8601:2004 §4.4.3.2 (xAPI 1.0.3 Data §4.6):
     * {@code PnYnMnDTnHnMnS} with at least one component (and one after {@code T}), or {@code PnW} alone;
     * only the last component may have a decimal fraction. The alternative format
     * ({@code P0003-01-29T04:35:59}) is not allowed.
     *
     * @param s the text, e.g. {@code PT1H0.5S}
     * @return whether it is a duration
     */
    public static boolean isDuration(String s) {
        if (s == null) {
            return false;
        }
        Matcher m = DURATION.matcher(s);
        if (!m.matches()) {
            return false;
        }
        int last = 0;
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                last = g;
            }
        }
        for (int g = 1; g < last; g++) {
            if (m.group(g) != null && (m.group(g).contains(".") || m.group(g).contains(","))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Statement {@code version} property (xAPI 1.0.3 Data §2.4.10, Communication §3.3): {@code 1.0} or
     * {@code 1.0.x}; under xAPI 2.0.0 also {@code 2.0} or {@code 2.0.x}.
     *
     * @param s       the version text
     * @param version the xAPI version of the request
     * @return whether the LRS accepts it
     */
    public static boolean isAcceptedStatementVersion(String s, XapiVersion version) {
        return s != null && (VERSION_1.matcher(s).matches()
                || (version == XapiVersion.V2_0_0 && VERSION_2.matcher(s).matches()));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiAlnum(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean isAlpha(String s) {
        return s.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static boolean isDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
