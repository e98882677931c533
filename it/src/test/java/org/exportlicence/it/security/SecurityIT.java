package org.exportlicence.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.EnterpriseRegistry;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.ReferenceCatalogue;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles at the service layer: what each role may call, and that a refused call changes nothing. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @EJB
    private ReferenceCatalogue catalogue;

    @EJB
    private EnterpriseRegistry registry;

    @EJB
    private AuditTrail audit;

    @EJB
    private AsEnterprise asEnterprise;

    @EJB
    private AsAdministrator asAdministrator;

    @EJB
    private AsOfficer asOfficer;

    private Currency currency(String code) throws Exception {
        return asEnterprise.call(() -> catalogue.list(Currency.class, PageRequest.of(0, 50)).rows().stream()
                .filter(c -> c.getCode().equals(code))
                .findFirst()
                .orElseThrow());
    }

    @Test
    void anEnterpriseUserMayNotCallAnAdministratorOnlyMethod() throws Exception {
        Currency before = currency("JPY");
        Refusals.assertAccessDenied(() -> asEnterprise.call(
                () -> catalogue.rename(Currency.class, "JPY", before.getVersion(), "篡改", "Tampered")));
        assertEquals(before.getNameZh(), currency("JPY").getNameZh());
    }

    @Test
    void anOfficerMayNotEditReferenceDataEither() throws Exception {
        Currency before = currency("JPY");
        Refusals.assertAccessDenied(() ->
                asOfficer.call(() -> catalogue.rename(Currency.class, "JPY", before.getVersion(), "篡改", "Tampered")));
    }

    @Test
    void nobodyUnauthenticatedReadsAnything() {
        Refusals.assertAccessDenied(() -> catalogue.list(Currency.class, PageRequest.of(0, 5)));
        Refusals.assertAccessDenied(() -> registry.ownEnterprise());
    }

    @Test
    void officersCannotUseTheEnterpriseOnlyEnterpriseInformation() {
        Refusals.assertAccessDenied(() -> asOfficer.call(() -> registry.ownEnterprise()));
    }

    @Test
    void theAdministratorRenamesAndTheChangeIsAudited() throws Exception {
        Currency before = currency("HKD");
        String original = before.getNameEn();
        Currency renamed = asAdministrator.call(() -> catalogue.rename(
                Currency.class, "HKD", before.getVersion(), before.getNameZh(), "Hong Kong dollar (HKD)"));
        assertEquals("Hong Kong dollar (HKD)", renamed.getNameEn());
        List<AuditEvent> history = asAdministrator.call(() -> audit.history(AuditSubject.of("Currency", "HKD")));
        AuditEvent last = history.get(history.size() - 1);
        assertEquals("RENAME", last.getAction());
        assertEquals("run-as-admin", last.getActor());
        assertTrue(last.getFromState().endsWith(original));
        assertTrue(last.getToState().endsWith("Hong Kong dollar (HKD)"));
        asAdministrator.call(
                () -> catalogue.rename(Currency.class, "HKD", renamed.getVersion(), renamed.getNameZh(), original));
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() throws Exception {
        Currency before = currency("EUR");
        BusinessException refused = Refusals.refusal(() -> asAdministrator.call(
                () -> catalogue.rename(Currency.class, "EUR", before.getVersion() - 1, "欧元X", "EuroX")));
        assertEquals("error.staleData", refused.messageKey());
        assertEquals(before.getNameZh(), currency("EUR").getNameZh());
    }

    @Test
    void blankNamesAreRefusedAtTheirField() throws Exception {
        Currency before = currency("GBP");
        BusinessException refused = Refusals.refusal(() -> asAdministrator.call(
                () -> catalogue.rename(Currency.class, "GBP", before.getVersion(), "  ", "Pound")));
        assertEquals("nameZh", refused.field());
        assertEquals("error.required", refused.messageKey());
    }
}
