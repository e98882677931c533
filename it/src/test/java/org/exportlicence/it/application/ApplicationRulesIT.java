package org.exportlicence.it.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationEntry;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.application.SealCheck;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ValidationException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an application must satisfy to be saved, its seal, and its number under concurrent saves. */
@ExtendWith(ArquillianExtension.class)
class ApplicationRulesIT {

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private ApplicationEntry applicationEntry;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private AsEnterprise clerk;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    private long ownApplications() throws Exception {
        return clerk.call(() ->
                        applicationQueries.listOwn(EnumSet.allOf(ApplicationStatus.class), PageRequest.countOnly()))
                .total();
    }

    /** Saves a changed form, expects refusals and no new application. */
    private List<FieldError> refusals(ApplicationForm form) throws Exception {
        long before = ownApplications();
        BusinessException refused = Refusals.refusal(() -> clerk.call(() -> applicationEntry.saveAndSeal(form)));
        assertTrue(refused instanceof ValidationException, refused.toString());
        assertEquals(before, ownApplications(), "a refused form saves nothing");
        return ((ValidationException) refused).errors();
    }

    private void assertRefused(String field, String messageKey, Consumer<ApplicationForm> change) throws Exception {
        ApplicationForm form = applicationFixtures.cokeForm();
        change.accept(form);
        List<FieldError> errors = refusals(form);
        assertTrue(
                errors.stream()
                        .anyMatch(e -> e.field().equals(field) && e.messageKey().equals(messageKey)),
                "expected " + field + "/" + messageKey + " in " + errors);
    }

    @Test
    void numbersAndCodesAreChecked() throws Exception {
        assertRefused("quantity", "application.error.quantityPositive", f -> f.setQuantity(BigDecimal.ZERO));
        assertRefused("quantity", "application.error.quantityPositive", f -> f.setQuantity(new BigDecimal("-1")));
        assertRefused("quantity", "application.error.decimalFormat", f -> f.setQuantity(new BigDecimal("1.0001")));
        assertRefused("unitPrice", "application.error.priceNotNegative", f -> f.setUnitPrice(new BigDecimal("-0.01")));
        assertRefused("contractNo", "error.tooLong", f -> f.setContractNo("HT-2026-0000000001"));
        assertRefused("contractNo", "error.required", f -> f.setContractNo(" "));
        assertRefused("countryCode", "application.error.codeUnknown", f -> f.setCountryCode("ZZZ"));
        assertRefused("portCode", "application.error.codeUnknown", f -> f.setPortCode("9999"));
        assertRefused("currencyCode", "application.error.codeUnknown", f -> f.setCurrencyCode("XXX"));
        assertRefused("commodityCode", "application.error.commodityUnknown", f -> f.setCommodityCode("9999999999"));
        assertRefused("consignorCode", "application.error.enterpriseCode", f -> f.setConsignorCode("123"));
    }

    @Test
    void onlyOneLicenceWordingForTradeAndTransportMode() throws Exception {
        // A customs code row is not a wording of box 5; the field holds one value, never a list.
        Long customsRow = 1L;
        assertRefused("tradeModeId", "application.error.codeUnknown", f -> f.setTradeModeId(customsRow));
        assertRefused("transportModeId", "application.error.codeUnknown", f -> f.setTransportModeId(customsRow));
        assertRefused("tradeModeId", "error.required", f -> f.setTradeModeId(null));
    }

    @Test
    void charactersCustomsRejectAreRefusedAtEntry() throws Exception {
        assertRefused("contractNo", "application.error.characterRefused", f -> f.setContractNo("HT<2026>"));
        assertRefused("specification", "application.error.characterRefused", f -> f.setSpecification("一级|二级"));
        assertRefused("remarks", "application.error.characterRefused", f -> f.setRemarks("第一行\n第二行"));
        assertRefused("buyerName", "application.error.characterRefused", f -> f.setBuyerName("Tokyo Rice 🍚"));
    }

    @Test
    void everyRefusalIsReportedAtOnce() throws Exception {
        ApplicationForm form = applicationFixtures.cokeForm();
        form.setQuantity(BigDecimal.ZERO);
        form.setUnitPrice(new BigDecimal("-1"));
        form.setCountryCode("ZZZ");
        List<FieldError> errors = refusals(form);
        Set<String> fields = new HashSet<>();
        errors.forEach(e -> fields.add(e.field()));
        assertEquals(Set.of("quantity", "unitPrice", "countryCode"), fields);
    }

    @Test
    void quotaGoodsNeedAQuotaOfTheirOwnWithEnoughLeft() throws Exception {
        String own = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "06", new BigDecimal("1000"));
        String othersQuota = enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_B, "06", new BigDecimal("1000000"));
        String wrongCategory =
                enterpriseFixtures.quota(EnterpriseFixtures.ENTERPRISE_A, "05", new BigDecimal("1000000"));

        List<FieldError> missing = refusals(applicationFixtures.riceForm(null, BigDecimal.TEN));
        assertEquals("application.error.quotaDocumentRequired", missing.get(0).messageKey());
        assertEquals(
                "application.error.quotaNotFound",
                refusals(applicationFixtures.riceForm(othersQuota, BigDecimal.TEN))
                        .get(0)
                        .messageKey());
        assertEquals(
                "application.error.quotaNotFound",
                refusals(applicationFixtures.riceForm(wrongCategory, BigDecimal.TEN))
                        .get(0)
                        .messageKey());
        FieldError tooMuch = refusals(applicationFixtures.riceForm(own, new BigDecimal("1000.001")))
                .get(0);
        assertEquals("quantity", tooMuch.field());
        assertEquals("application.error.quotaInsufficient", tooMuch.messageKey());

        ApplicationForm consignor = applicationFixtures.riceForm(own, BigDecimal.TEN);
        consignor.setConsignorCode("9900000000002");
        assertEquals(
                "application.error.consignorMustBeExporter",
                refusals(consignor).get(0).messageKey());

        Application exactlyAll = clerk.call(
                () -> applicationEntry.saveAndSeal(applicationFixtures.riceForm(own, new BigDecimal("1000"))));
        assertEquals(ApplicationStatus.SAVED, exactlyAll.getStatus());

        ApplicationForm coke = applicationFixtures.cokeForm();
        coke.setQuotaDocumentNo(own);
        assertEquals("application.error.quotaNotNeeded", refusals(coke).get(0).messageKey());
    }

    @Test
    void theSealVerifiesUntilTheContentIsTamperedWith() throws Exception {
        Application saved = clerk.call(() -> applicationEntry.saveAndSeal(applicationFixtures.cokeForm()));
        SealCheck before = clerk.call(() -> applicationQueries.sealCheck(saved.getNumber()));
        assertTrue(before.valid());
        assertEquals("application.seal.valid", before.messageKey());
        assertEquals(1, applicationFixtures.tamper(saved.getNumber()));
        SealCheck after = clerk.call(() -> applicationQueries.sealCheck(saved.getNumber()));
        assertFalse(after.valid());
        assertEquals("application.seal.invalid", after.messageKey());
    }

    @Test
    void concurrentSavesNeverShareANumber() throws Exception {
        List<Future<Application>> saves = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ApplicationForm form = applicationFixtures.cokeForm();
            saves.add(clerk.callConcurrently(() -> applicationEntry.saveAndSeal(form)));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<Application> save : saves) {
            numbers.add(save.get().getNumber());
        }
        assertEquals(12, numbers.size(), numbers.toString());
    }
}
