package org.exportlicence.document;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The platform's one PDF writer (PDFBox): A4 pages of numbered boxes with Chinese and English
 * labels, as the licence forms are laid out. Chinese text needs a CJK TrueType font, embedded as a
 * subset: the server property {@code elp.pdf.font} names its file, otherwise the first of the
 * Debian fonts below that exists (the run and test commands install fonts-wqy-zenhei).
 */
public final class PdfWriter {
    static final List<String> FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc");
    private static final float MARGIN = 40;
    private static final float LABEL_WIDTH = 170;
    private static final float CORNER_SIZE = 64;
    /** White space between the corner image and the boxes: a QR code needs a quiet zone to scan. */
    private static final float CORNER_GAP = 10;

    private PdfWriter() {}

    /** One labelled box of a form: its number ("1"), Chinese and English label, and value. */
    public record Box(String number, String labelZh, String labelEn, String value) {}

    /** Writes a one-page form: a title, a subtitle line, the boxes in order and a footer line. */
    public static byte[] form(String titleZh, String titleEn, String subtitle, List<Box> boxes, String footer) {
        return form(titleZh, titleEn, subtitle, boxes, footer, null);
    }

    /** The same, with an image (a QR code) in the top right corner. */
    public static byte[] form(
            String titleZh,
            String titleEn,
            String subtitle,
            List<Box> boxes,
            String footer,
            java.awt.image.BufferedImage corner) {
        List<java.io.Closeable> fontFiles = new java.util.ArrayList<>();
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = cjkFont(document, fontFiles);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - MARGIN;
            float cornerBottom = y;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (corner != null) {
                    var image =
                            org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, corner);
                    cornerBottom = y - CORNER_SIZE;
                    content.drawImage(image, width - MARGIN - CORNER_SIZE, cornerBottom, CORNER_SIZE, CORNER_SIZE);
                }
                y = text(content, font, 16, centre(font, 16, titleZh, width), y, titleZh);
                y = text(content, font, 10, centre(font, 10, titleEn, width), y - 2, titleEn);
                y = text(content, font, 9, MARGIN, y - 8, subtitle);
                y -= 6;
                if (corner != null) {
                    y = Math.min(y, cornerBottom - CORNER_GAP);
                }
                for (Box box : boxes) {
                    float rowTop = y;
                    text(content, font, 9, MARGIN + 4, y - 12, box.number() + ". " + box.labelZh());
                    text(content, font, 7, MARGIN + 4, y - 22, box.labelEn());
                    float valueY = y - 12;
                    for (String line : wrap(
                            font, 10, box.value() == null ? "" : box.value(), width - 2 * MARGIN - LABEL_WIDTH - 8)) {
                        valueY = text(content, font, 10, MARGIN + LABEL_WIDTH + 4, valueY, line) - 2;
                    }
                    y = Math.min(y - 28, valueY - 4);
                    content.addRect(MARGIN, y, width - 2 * MARGIN, rowTop - y);
                    content.moveTo(MARGIN + LABEL_WIDTH, y);
                    content.lineTo(MARGIN + LABEL_WIDTH, rowTop);
                    content.stroke();
                }
                text(content, font, 9, MARGIN, y - 20, footer);
            }
            // The font is subset and embedded on save, so its file stays open until then.
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF", e);
        } finally {
            for (java.io.Closeable file : fontFiles) {
                try {
                    file.close();
                } catch (IOException e) {
                    // Closing a read-only font file cannot lose anything.
                }
            }
        }
    }

    private static PDFont cjkFont(PDDocument document, List<java.io.Closeable> open) throws IOException {
        String configured = System.getProperty("elp.pdf.font");
        List<String> candidates = configured == null ? FONT_CANDIDATES : List.of(configured);
        for (String path : candidates) {
            File file = new File(path);
            if (!file.isFile()) {
                continue;
            }
            if (path.endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                open.add(collection);
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                return PDType0Font.load(document, first[0], true);
            }
            return PDType0Font.load(document, file);
        }
        throw new IllegalStateException("No CJK font for PDFs: set the server property elp.pdf.font or install "
                + "the Debian package fonts-wqy-zenhei (looked for " + candidates + ")");
    }

    private static float text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y - size);
        content.showText(text);
        content.endText();
        return y - size - 2;
    }

    private static float centre(PDFont font, float size, String text, float pageWidth) throws IOException {
        return (pageWidth - font.getStringWidth(text) / 1000 * size) / 2;
    }

    private static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (font.getStringWidth(next) / 1000 * size > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }
}
