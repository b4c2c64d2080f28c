package org.networkacademy.cohort;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table to download (dashboard grid, at-risk list, item analysis) and its CSV and XLSX forms.
 *
 * @param sheetName name of the XLSX sheet (at most 31 characters are used)
 * @param header    column headings
 * @param rows      cells: {@link Number}s stay numbers, everything else is written as text
 */
public record TableExport(String sheetName, List<String> header, List<List<Object>> rows) {

    /** Media type of {@link #csv()}. */
    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    /** Media type of {@link #xlsx()}. */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * CSV as spreadsheet programs open it safely: UTF-8 with BOM, comma separated, RFC 4180 quoting
     * and CRLF line ends. Text cells that start with {@code = + - @}, TAB or CR get a leading
     * apostrophe so that they are not run as formulas (CSV injection); numbers are written as
     * numbers (a negative number is not text and is left alone).
     */
    public byte[] csv() {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            printer.printRecord(header.stream().map(TableExport::neutralise).toList());
            for (List<Object> row : rows) {
                var cells = new ArrayList<Object>(row.size());
                for (Object c : row) {
                    cells.add(c instanceof Number n ? n : neutralise(c == null ? "" : c.toString()));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return an XLSX workbook with one sheet: a bold header row, numeric cells for numbers */
    public byte[] xlsx() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(i).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the text with a leading apostrophe when a spreadsheet would read it as a formula */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * A {@code Content-Disposition} header value (RFC 6266) that keeps non-ASCII file names:
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>}.
     *
     * @param fileName the file name, any script
     */
    public static String contentDisposition(String fileName) {
        var fallback = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        var encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            // RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
