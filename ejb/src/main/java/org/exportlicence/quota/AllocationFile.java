package org.exportlicence.quota;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.MessageBundle;

/**
 * An allocation list as published (.xlsx, first sheet, or .csv in UTF-8 or GB18030 as Excel saves it):
 * a header row, then one allocation per row in the template's column order. Blank rows are skipped; row
 * numbers are the file's own (the header is row 1), so a report points at the line the user sees.
 */
final class AllocationFile {
    /** The columns, in the file's order: the allocation's fields. */
    static final List<String> COLUMNS = List.of(
            "enterpriseCode",
            "year",
            "categoryCode",
            "documentNo",
            "quantity",
            "unitCode",
            "tradeModeCode",
            "countryCode",
            "authorityCode");

    static final int MAX_ROWS = 5000;

    /** One row of the file: its number and its cells as text (missing cells are empty). */
    record Line(int number, List<String> cells) {
        String cell(String column) {
            int i = COLUMNS.indexOf(column);
            return i < cells.size() ? cells.get(i).strip() : "";
        }
    }

    private AllocationFile() {}

    static List<Line> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Line> lines;
        if (name.endsWith(".xlsx")) {
            lines = xlsx(content);
        } else if (name.endsWith(".csv")) {
            lines = csv(text(content));
        } else {
            throw new BusinessException("quota.import.formatUnknown");
        }
        if (lines.size() > MAX_ROWS) {
            throw new BusinessException("quota.import.tooManyRows", MAX_ROWS);
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] content) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || lines.size() > MAX_ROWS) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    cells.add(text(row.getCell(i), formatter));
                }
                add(lines, row.getRowNum() + 1, cells);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("quota.import.unreadable");
        }
    }

    /** A cell as typed: numbers without grouping or exponent (codes typed as numbers keep their digits). */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return type == CellType.BLANK ? "" : formatter.formatCellValue(cell);
    }

    /** UTF-8 (with or without a byte order mark), else GB18030, which Chinese Excel writes. */
    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    /** RFC 4180: fields separated by commas, quoted with double quotes ("" inside quotes is one "). */
    static List<Line> csv(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (startLine > 1) {
                    add(lines, startLine, cells);
                }
                cells = new ArrayList<>();
                line++;
                startLine = line;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        if (startLine > 1) {
            add(lines, startLine, cells);
        }
        return lines;
    }

    private static void add(List<Line> lines, int number, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            lines.add(new Line(number, List.copyOf(cells)));
        }
    }

    /** The header a template and an export begin with, in the reader's language. */
    static List<String> header(Locale locale) {
        return COLUMNS.stream()
                .map(c -> MessageBundle.text(locale, "quota.column." + c))
                .toList();
    }

    /** 下载模板: the header row only, so that nothing is imported by mistake. */
    static byte[] template(String format, Locale locale) {
        List<String> header = header(locale);
        if ("csv".equals(format)) {
            // With a byte order mark, so that Excel opens the Chinese header as UTF-8.
            return ("\uFEFF" + String.join(",", header) + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(MessageBundle.text(locale, "quota.import.sheet"));
            CellStyle asText = book.createCellStyle();
            asText.setDataFormat(book.createDataFormat().getFormat("@"));
            Row row = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                row.createCell(i).setCellValue(header.get(i));
                // Codes such as 035 and 0615 stay text when typed in.
                sheet.setDefaultColumnStyle(i, asText);
                sheet.setColumnWidth(i, 24 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the allocation template", e);
        }
    }
}
