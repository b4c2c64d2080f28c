package org.networkacademy.certification;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The certificates register as CSV: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte order mark
 * so that spreadsheets pick the encoding, and every cell that a spreadsheet would run as a formula
 * (first character {@code = + - @}, tab or carriage return) prefixed with an apostrophe (OWASP
 * "CSV injection").
 */
final class CertificateCsv {

    static final List<String> HEADER = List.of("code", "name", "institution", "country", "module", "module_version",
            "issued_at_utc", "issue_mode", "issue_reason", "status", "revoked_at_utc", "revocation_reason", "verification_url");

    private CertificateCsv() {
    }

    static byte[] write(List<Certificate> rows, UnaryOperator<String> verificationUrl) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (Certificate c : rows) {
                printer.printRecord(List.of(c.getCode(), c.getRecipientName(), c.getRecipientInstitution(),
                        c.getRecipientCountry(), c.getModuleTitle(), c.getModuleVersion(),
                        DateTimeFormatter.ISO_INSTANT.format(c.getIssuedAt()), c.getIssueMode().name(),
                        nullToEmpty(c.getIssueReason()), c.getStatus().name(),
                        c.getRevokedAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(c.getRevokedAt()),
                        nullToEmpty(c.getRevocationReason()), verificationUrl.apply(c.getCode()))
                        .stream().map(CertificateCsv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the cell, with an apostrophe in front when a spreadsheet would read it as a formula */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
