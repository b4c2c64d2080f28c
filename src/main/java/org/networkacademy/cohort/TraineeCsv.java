package org.networkacademy.cohort;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.networkacademy.account.Role;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses and checks a CSV file of trainees: {@code name, email, institution, country[, role]}.
 *
 * <p>Accepts what Excel writes: UTF-8 with or without BOM, comma or semicolon separated (the
 * separator that occurs more often in the first line wins), RFC 4180 quoting, CRLF or LF. A
 * header line is recognised when its second cell reads like "email"; without one, columns are
 * taken in the order above. Text is kept exactly (Arabic, accents), only surrounding blanks are
 * trimmed. Bytes that are not UTF-8 (a file saved as Windows-1252, say) make the rows they are in
 * fail with {@code import.error.encoding}, never silently garbled.
 */
public final class TraineeCsv {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_INSTITUTION = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]{2,}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private TraineeCsv() {
    }

    /**
     * One problem of one row.
     *
     * @param key   i18n key, e.g. {@code import.error.email}
     * @param field the column at fault, e.g. {@code email}, or empty
     */
    public record RowError(String key, String field) {
    }

    /**
     * One data row of the file.
     *
     * @param line        line number in the file (1-based, header included)
     * @param name        display name
     * @param email       e-mail address, lower-cased
     * @param institution institution
     * @param country     ISO 3166-1 alpha-2, upper-cased
     * @param role        TRAINEE unless the row says trainer
     * @param errors      problems; empty when the row can be imported
     */
    public record Row(int line, String name, String email, String institution, String country, Role role,
                      List<RowError> errors) {
        /** @return whether the row can be imported */
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * @param bytes the uploaded file
     * @return the data rows in file order, each with its problems; blank lines skipped
     */
    public static List<Row> parse(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("\uFFFD")
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        List<CSVRecord> records;
        try (var parser = format.parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("import.error.unreadable");
        }
        var rows = new ArrayList<Row>();
        Set<String> seen = new HashSet<>();
        boolean first = true;
        for (CSVRecord r : records) {
            if (first && r.size() > 1 && r.get(1).replace("-", "").strip().equalsIgnoreCase("email")) {
                first = false;
                continue; // header line
            }
            first = false;
            if (r.size() == 1 && r.get(0).isBlank()) {
                continue;
            }
            rows.add(check(r, seen));
        }
        return rows;
    }

    private static Row check(CSVRecord r, Set<String> seen) {
        int line = (int) r.getRecordNumber();
        var errors = new ArrayList<RowError>();
        String name = cell(r, 0);
        String email = cell(r, 1).toLowerCase(Locale.ROOT);
        String institution = cell(r, 2);
        String country = cell(r, 3).toUpperCase(Locale.ROOT);
        String roleText = cell(r, 4).toLowerCase(Locale.ROOT);
        if (r.size() < 4 || r.size() > 5) {
            errors.add(new RowError("import.error.columns", ""));
        }
        for (int i = 0; i < r.size(); i++) {
            if (r.get(i).indexOf('\uFFFD') >= 0) {
                errors.add(new RowError("import.error.encoding", ""));
                break;
            }
        }
        require(errors, "name", name, MAX_NAME);
        require(errors, "institution", institution, MAX_INSTITUTION);
        if (email.length() > MAX_EMAIL) {
            errors.add(new RowError("import.error.too-long", "email"));
        } else if (!EMAIL.matcher(email).matches()) {
            errors.add(new RowError("import.error.email", "email"));
        } else if (!seen.add(email)) {
            errors.add(new RowError("import.error.duplicate", "email"));
        }
        if (!COUNTRIES.contains(country)) {
            errors.add(new RowError("import.error.country", "country"));
        }
        Role role = Role.TRAINEE;
        switch (roleText) {
            case "", "trainee" -> role = Role.TRAINEE;
            case "trainer" -> role = Role.TRAINER;
            default -> errors.add(new RowError("import.error.role", "role"));
        }
        return new Row(line, name, email, institution, country, role, List.copyOf(errors));
    }

    private static void require(List<RowError> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.add(new RowError("import.error.required", field));
        } else if (value.length() > max) {
            errors.add(new RowError("import.error.too-long", field));
        }
    }

    private static String cell(CSVRecord r, int i) {
        return i < r.size() ? r.get(i).strip() : "";
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
