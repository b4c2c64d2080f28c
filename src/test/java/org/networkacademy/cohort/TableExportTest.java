package org.networkacademy.cohort;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV and XLSX exports: BOM, RFC 4180 quoting, CSV-injection neutralising, numbers kept, RFC 6266 file names. */
class TableExportTest {

    private final TableExport table = new TableExport("Progress", List.of("Name", "Score", "Note"), List.of(
            List.of("محمد علي", 85, "=HYPERLINK(\"http://x\")"),
            List.of("Zoë, \"Z\" Å", -3, "+1"),
            List.of("@me", 12.5, "-x"),
            List.of("\tTab", 0, "line\r\nbreak")));

    @Test
    void csvIsUtf8WithBomQuotedAndFormulaSafe() {
        String csv = new String(table.csv(), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFName,Score,Note\r\n"
                + "محمد علي,85,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                + "\"Zoë, \"\"Z\"\" Å\",-3,'+1\r\n"
                + "'@me,12.5,'-x\r\n"
                + "'\tTab,0,\"line\r\nbreak\"\r\n");
    }

    @Test
    void xlsxKeepsNumbersAsNumbers() throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            var sheet = wb.getSheet("Progress");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("محمد علي");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(85.0);
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void contentDispositionKeepsNonAsciiNames() {
        assertThat(TableExport.contentDisposition("Tunis – cohorte été.csv")).isEqualTo(
                "attachment; filename=\"Tunis _ cohorte _t_.csv\"; filename*=UTF-8''Tunis%20%E2%80%93%20cohorte%20%C3%A9t%C3%A9.csv");
        assertThat(TableExport.contentDisposition("a\"b.csv")).startsWith("attachment; filename=\"a_b.csv\"; filename*=UTF-8''a%22b.csv");
    }
}
