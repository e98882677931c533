package org.exportlicence.it.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.EnterpriseDetails;
import org.exportlicence.enterprise.EnterpriseRegistry;
import org.exportlicence.enterprise.Uscc;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsEnterpriseB;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ValidationException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 申请企业信息: an enterprise keeps its own master data, checked (USCC check digit) and audited. */
@ExtendWith(ArquillianExtension.class)
class EnterpriseInfoIT {

    @EJB
    private EnterpriseRegistry registry;

    @EJB
    private AuditTrail audit;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private AsEnterprise clerk;

    @EJB
    private AsEnterpriseB otherClerk;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    @Test
    void aWrongCheckCharacterAndBadFormatsAreRefusedAtTheirFields() throws Exception {
        Enterprise before = clerk.call(() -> registry.ownEnterprise());
        EnterpriseDetails details = EnterpriseDetails.of(before);
        String uscc = before.getUscc().value();
        char wrong = uscc.charAt(17) == '0' ? '1' : '0';
        details.setUscc(uscc.substring(0, 17) + wrong);
        details.setPostalCode("30045");
        details.setNameZh(" ");
        BusinessException refused = Refusals.refusal(() -> clerk.call(() -> registry.updateOwn(details)));
        assertTrue(refused instanceof ValidationException);
        assertEquals(
                java.util.Set.of("uscc", "postalCode", "nameZh"),
                new java.util.HashSet<>(((ValidationException) refused)
                        .errors().stream().map(FieldError::field).toList()));
        assertEquals(
                before.getUscc(), clerk.call(() -> registry.ownEnterprise()).getUscc());
    }

    @Test
    void theEnterpriseUpdatesItsOwnDataOnlyAndTheChangeIsAudited() throws Exception {
        Enterprise before = clerk.call(() -> registry.ownEnterprise());
        EnterpriseDetails details = EnterpriseDetails.of(before);
        details.setContactPerson("张三" + System.nanoTime() % 1000);
        details.setPostalCode("300450");
        details.setCustomsCode("1207960099");
        String first17 = "91120116MA05TE7TC";
        details.setUscc(first17 + Uscc.checkCharacter(first17));
        Enterprise after = clerk.call(() -> registry.updateOwn(details));
        assertEquals(details.getContactPerson(), after.getContactPerson());
        assertEquals(details.getUscc(), after.getUscc().value());
        assertEquals(
                "UPDATE",
                clerk.call(() -> audit.history(AuditSubject.of("Enterprise", before.getEnterpriseCode())))
                        .get(0)
                        .getAction());
        assertNotEquals(
                details.getContactPerson(),
                otherClerk.call(() -> registry.ownEnterprise()).getContactPerson());
        // The version the clerk saw is gone now: a second save of the same details is refused.
        assertEquals(
                "error.staleData",
                Refusals.refusal(() -> clerk.call(() -> registry.updateOwn(details)))
                        .messageKey());
    }
}
