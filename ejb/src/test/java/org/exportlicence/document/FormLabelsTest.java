package org.exportlicence.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.exportlicence.platform.MessageBundle;
import org.junit.jupiter.api.Test;

/** The printed forms' labels come from the bundles and read as on the official form. */
class FormLabelsTest {

    @Test
    void boxesCarryTheChineseLabelAndTheEnglishOne() {
        assertEquals(new PdfWriter.Box("1", "出口商", "Exporter", "v"), LicenceFormBoxes.box("1", "v"));
        assertEquals(
                new PdfWriter.Box("8", "进口国（地区）", "Country/Region of purchase", "v"), LicenceFormBoxes.box("8", "v"));
        assertEquals(
                new PdfWriter.Box("20", "发证机关签章", "Issuing authority's stamp & signature", "v"),
                LicenceFormBoxes.box("20", "v"));
        assertEquals(new PdfWriter.Box("21", "发证日期", "Licence date", "v"), LicenceFormBoxes.box("21", "v"));
    }

    @Test
    void headingsAndMarks() {
        assertEquals(
                "EXPORT LICENCE OF THE PEOPLE'S REPUBLIC OF CHINA", MessageBundle.english("document.licence.title"));
        assertEquals("验证码 Verification code", MessageBundle.bilingual("document.licence.verificationCode"));
        assertEquals(
                "扫描二维码或访问 https://x.example/verify.xhtml?no=26-02-000050&code=AB'CD 核验",
                MessageBundle.chinese(
                        "document.licence.verifyAt", "https://x.example/verify.xhtml?no=26-02-000050&code=AB'CD"));
        assertEquals("申领单位电子签章 Applicant's seal", MessageBundle.bilingual("document.application.seal"));
        assertEquals("无效 INVALID", MessageBundle.bilingual("document.application.sealInvalid"));
        assertEquals("配额文号 2026-001", MessageBundle.chinese("licence.remarks.quotaDocument", "2026-001"));
    }
}
