package org.networkacademy.certification;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The certificates register as an Excel workbook (Apache POI), same columns as {@link CertificateCsv}.
 * Every cell is written as a text cell, so a value such as {@code =HYPERLINK(…)} is shown as text
 * and never evaluated as a formula.
 */
final class CertificateXlsx {

    private CertificateXlsx() {
    }

    static byte[] write(List<Certificate> rows, UnaryOperator<String> verificationUrl) {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Certificates");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < CertificateCsv.HEADER.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(CertificateCsv.HEADER.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (Certificate c : rows) {
                Row row = sheet.createRow(r++);
                List<String> values = List.of(c.getCode(), c.getRecipientName(), c.getRecipientInstitution(),
                        c.getRecipientCountry(), c.getModuleTitle(), c.getModuleVersion(),
                        DateTimeFormatter.ISO_INSTANT.format(c.getIssuedAt()), c.getIssueMode().name(),
                        c.getIssueReason() == null ? "" : c.getIssueReason(), c.getStatus().name(),
                        c.getRevokedAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(c.getRevokedAt()),
                        c.getRevocationReason() == null ? "" : c.getRevocationReason(), verificationUrl.apply(c.getCode()));
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));   // string cell: never a formula
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
