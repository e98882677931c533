package org.exportlicence.it.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.ejb.EJB;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationEntry;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.document.ApplicationPrinting;
import org.exportlicence.document.LicenceDocument;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.customs.CustomsFixtures;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.roles.AsIssuer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.it.support.TestClocks;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.licence.LicenceQueries;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.licence.Validity;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.seal.SealKeys;
import org.exportlicence.seal.SmCrypto;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 生成电子许可证: number, validity, quota, signature and outbox, all in one transaction. */
@ExtendWith(ArquillianExtension.class)
class LicenceIssuingIT {

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private ApplicationEntry applicationEntry;

    @EJB
    private LicenceIssuer issuer;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private LicenceFixtures licenceFixtures;

    @EJB
    private CustomsFixtures customsFixtures;

    @EJB
    private TestLicences testLicences;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsIssuer issuingOfficer;

    @EJB
    private AsEnterpriseB otherClerk;

    @EJB
    private LicenceQueries licences;

    @EJB
    private ApplicationPrinting printing;

    @EJB
    private LicenceDocument documents;

    @EJB
    private SealKeys sealKeys;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    /** A rice application under a quota, through both reviews. */
    private Application approved(String quota, BigDecimal quantity) throws Exception {
        return testLicences.approved(applicationFixtures.riceForm(quota, quantity));
    }

    @Test
    void anApprovedApplicationBecomesASignedLicenceThatConsumesQuota() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("100000"));
        Application application = approved(quota, new BigDecimal("30000"));
        Licence licence = issuingOfficer.call(() -> issuer.issue(application.getNumber(), application.getVersion()));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Validity validity = Validity.forIssueOn(today);
        assertTrue(
                licence.getNumber().matches(String.format("%02d-02-\\d{6,}", validity.getLicenceYear() % 100)),
                licence.getNumber());
        assertEquals(LicenceStatus.VALID, licence.getStatus());
        assertEquals(today, licence.getValidity().getIssueDate());
        assertEquals(validity.getExpiryDate(), licence.getValidity().getExpiryDate());
        assertEquals(12, licence.getBalance().getMaxUses(), "rice is 非一批一证");
        assertTrue(licence.getRemarks().contains("非一批一证"));
        assertEquals(8, licence.getIssuance().getVerificationCode().length());
        assertEquals(
                0,
                new BigDecimal("30000")
                        .compareTo(enterpriseFixtures.quotaNamed(quota).getUsed()));
        assertEquals(
                ApplicationStatus.ISSUED,
                clerk.call(() -> applicationQueries.find(application.getNumber()))
                        .getStatus());
        assertEquals(1, customsFixtures.outboxCount(licence.getNumber()));
        assertTrue(issuingOfficer
                .call(() -> issuer.verifySignature(licence.getNumber()))
                .valid());
        // The enterprise sees its licence, another enterprise does not.
        assertEquals(
                licence.getNumber(),
                clerk.call(() -> licences.find(licence.getNumber())).getNumber());
        assertTrue(
                clerk
                        .call(() -> licences.list(LicenceQueries.LicenceFilter.none(), PageRequest.of(0, 200)))
                        .rows()
                        .stream()
                        .anyMatch(l -> l.getNumber().equals(licence.getNumber())));
        assertFalse(
                otherClerk
                        .call(() -> licences.list(LicenceQueries.LicenceFilter.none(), PageRequest.of(0, 200)))
                        .rows()
                        .stream()
                        .anyMatch(l -> l.getNumber().equals(licence.getNumber())));
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherClerk.call(() -> licences.find(licence.getNumber())))
                        .messageKey());
        // Anyone may verify a printed licence with its number and code, and learns nothing about the enterprise.
        LicenceQueries.PublicCheck check =
                licences.verify(licence.getNumber(), licence.getIssuance().getVerificationCode());
        assertTrue(check.signatureValid());
        assertEquals(licence.getValidity().getExpiryDate(), check.expiryDate());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> licences.verify(licence.getNumber(), "WRONG123"))
                        .messageKey());
        // The signature fails once the content changes.
        assertEquals(1, licenceFixtures.tamperLicence(licence.getNumber()));
        assertFalse(issuingOfficer
                .call(() -> issuer.verifySignature(licence.getNumber()))
                .valid());
        assertFalse(licences.verify(licence.getNumber(), licence.getIssuance().getVerificationCode())
                .signatureValid());
    }

    @Test
    void theLicencePdfCarriesAVerifiableSignatureAndTheVerificationQrCode() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Application application = approved(quota, new BigDecimal("200"));
        Licence licence = issuingOfficer.call(() -> issuer.issue(application.getNumber(), application.getVersion()));
        byte[] pdf = clerk.call(() -> documents.pdf(licence.getNumber()));
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherClerk.call(() -> documents.pdf(licence.getNumber())))
                        .messageKey());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains(licence.getNumber()));
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals("adbe.pkcs7.detached", signature.getSubFilter());
            byte[] signed = signature.getSignedContent(pdf);
            byte[] cms = signature.getContents(pdf);
            assertTrue(SmCrypto.verifyDetached(signed, cms, sealKeys.authorityCertificate())
                    .valid());
            signed[signed.length / 2] ^= 1;
            assertFalse(SmCrypto.verifyDetached(signed, cms, sealKeys.authorityCertificate())
                    .valid());

            PDImageXObject qr = null;
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
                    qr = image;
                }
            }
            BufferedImage image = qr.getImage();
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            String decoded = new QRCodeReader()
                    .decode(new BinaryBitmap(
                            new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                    .getText();
            assertEquals(LicenceDocument.verificationUrl(licence), decoded);
            assertTrue(decoded.contains("verify.xhtml?no=" + licence.getNumber()), decoded);
        }
    }

    @Test
    void theApplicationFormPrintsAsAPdfAndMovesToPrinted() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Application application = approved(quota, new BigDecimal("100"));
        Refusals.refusal(() -> clerk.call(() -> printing.print(application.getNumber(), application.getVersion() - 1)));
        byte[] pdf = clerk.call(() -> printing.print(application.getNumber(), application.getVersion()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(application.getNumber()), text);
            assertTrue(text.contains("Application for Export Licence"), text);
            assertTrue(text.contains("长粒米精米"), "Chinese text is embedded and extractable: " + text);
        }
        Application printed = clerk.call(() -> applicationQueries.find(application.getNumber()));
        assertTrue(printed.isPrinted());
        assertEquals(ApplicationStatus.APPROVED, printed.getStatus(), "printing is a flag, not a state");
        assertTrue(clerk.call(() -> applicationQueries.listPrintable(true, PageRequest.of(0, 200))).rows().stream()
                .anyMatch(a -> a.getNumber().equals(application.getNumber())));
        assertFalse(clerk.call(() -> applicationQueries.listPrintable(false, PageRequest.of(0, 200))).rows().stream()
                .anyMatch(a -> a.getNumber().equals(application.getNumber())));
        // 已打印申请表 may be printed again.
        clerk.call(() -> printing.print(printed.getNumber(), printed.getVersion()));
        Application saved =
                clerk.call(() -> applicationEntry.saveAndSeal(applicationFixtures.riceForm(quota, BigDecimal.ONE)));
        assertEquals(
                "application.error.transition",
                Refusals.refusal(() -> clerk.call(() -> printing.print(saved.getNumber(), saved.getVersion())))
                        .messageKey());
    }

    /** Issues an approved application with the platform's clock fixed at 10:00 in Beijing on a day. */
    private Licence issuedOn(LocalDate day) throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Application application = approved(quota, BigDecimal.TEN);
        TestClocks.fixAt(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        try {
            return issuingOfficer.call(() -> issuer.issue(application.getNumber(), application.getVersion()));
        } finally {
            TestClocks.release();
        }
    }

    @Test
    void validityAtTheBoundariesOfTheYear() throws Exception {
        Licence june = issuedOn(LocalDate.of(2026, 6, 30));
        assertEquals(LocalDate.of(2026, 6, 30), june.getValidity().getIssueDate());
        assertEquals(LocalDate.of(2026, 12, 29), june.getValidity().getExpiryDate(), "six months at most");
        assertTrue(june.getNumber().startsWith("26-02-"), june.getNumber());

        Licence october = issuedOn(LocalDate.of(2026, 10, 20));
        assertEquals(LocalDate.of(2026, 12, 31), october.getValidity().getExpiryDate(), "never past 31 December");

        Licence december = issuedOn(LocalDate.of(2026, 12, 11));
        assertEquals(LocalDate.of(2026, 12, 11), december.getValidity().getIssueDate());
        assertEquals(LocalDate.of(2027, 1, 1), december.getValidity().getValidFrom());
        assertEquals(LocalDate.of(2027, 6, 30), december.getValidity().getExpiryDate());
        assertEquals(2027, december.getValidity().getLicenceYear());
        assertTrue(december.getNumber().startsWith("27-02-"), december.getNumber());
        assertTrue(december.getRemarks().contains("有效期自下一年度1月1日起"), december.getRemarks());
    }

    @Test
    void onlyTheIssuerIssuesAndOnlyApprovedApplications() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Application saved =
                clerk.call(() -> applicationEntry.saveAndSeal(applicationFixtures.riceForm(quota, BigDecimal.TEN)));
        Refusals.assertAccessDenied(() -> clerk.call(() -> issuer.issue(saved.getNumber(), saved.getVersion())));
        BusinessException refused =
                Refusals.refusal(() -> issuingOfficer.call(() -> issuer.issue(saved.getNumber(), saved.getVersion())));
        assertEquals("application.error.transition", refused.messageKey());
        assertEquals(0, licenceFixtures.licencesOf(saved.getNumber()));
        assertEquals(
                0,
                BigDecimal.ZERO.compareTo(enterpriseFixtures.quotaNamed(quota).getUsed()));
    }

    @Test
    void twoIssuersRacingForTheLastOfOneQuotaNeverBothWin() throws Exception {
        String quota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        Application first = approved(quota, new BigDecimal("600"));
        Application second = approved(quota, new BigDecimal("600"));
        List<Future<Licence>> issues = new ArrayList<>();
        for (Application a : List.of(first, second)) {
            issues.add(issuingOfficer.callConcurrently(() -> issuer.issue(a.getNumber(), a.getVersion())));
        }
        int issued = 0;
        int refused = 0;
        for (Future<Licence> issue : issues) {
            try {
                issue.get();
                issued++;
            } catch (ExecutionException e) {
                refused++;
                boolean quotaRefusal = false;
                for (Throwable t = e; t != null; t = t.getCause()) {
                    quotaRefusal |=
                            t instanceof BusinessException b && b.messageKey().equals("licence.error.quotaExhausted");
                }
                assertTrue(quotaRefusal, e.toString());
            }
        }
        assertEquals(1, issued);
        assertEquals(1, refused);
        assertEquals(
                0,
                new BigDecimal("600")
                        .compareTo(enterpriseFixtures.quotaNamed(quota).getUsed()));
        // The refused issue left nothing behind: no licence, no outbox message, the application still approved.
        long licences = licenceFixtures.licencesOf(first.getNumber()) + licenceFixtures.licencesOf(second.getNumber());
        assertEquals(1, licences);
        Application loser = licenceFixtures.licencesOf(first.getNumber()) == 0 ? first : second;
        assertEquals(
                ApplicationStatus.APPROVED,
                clerk.call(() -> applicationQueries.find(loser.getNumber())).getStatus());
    }
}
