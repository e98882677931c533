package org.exportlicence.it.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationCommands;
import org.exportlicence.application.ApplicationEntry;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.EnterpriseQueries;
import org.exportlicence.enterprise.EnterpriseQueries.EnterpriseFilter;
import org.exportlicence.enterprise.EnterpriseRegistration;
import org.exportlicence.enterprise.EnterpriseRegistrations;
import org.exportlicence.enterprise.EnterpriseStatus;
import org.exportlicence.enterprise.Uscc;
import org.exportlicence.it.application.ApplicationFixtures;
import org.exportlicence.it.roles.Action;
import org.exportlicence.it.roles.AsAdministrator;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.it.roles.AsOfficer;
import org.exportlicence.it.roles.AsOtherAuthorityOfficer;
import org.exportlicence.it.support.Refusals;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ValidationException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 企业登记: an authority's officer registers enterprises of their own region (the administrator of any),
 * duplicate and malformed codes are refused at their fields with nothing saved, a suspended enterprise
 * cannot submit, another authority's officer can neither see nor change the enterprise, and an
 * enterprise user is refused by the container. Every test registers its own enterprises under random codes.
 */
@ExtendWith(ArquillianExtension.class)
class EnterpriseRegistryIT {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private EnterpriseRegistrations registrations;

    @EJB
    private EnterpriseQueries queries;

    @EJB
    private ApplicationEntry applicationEntry;

    @EJB
    private ApplicationCommands applicationCommands;

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private EnterpriseFixtures enterpriseFixtures;

    @EJB
    private ApplicationFixtures applicationFixtures;

    @EJB
    private AsOfficer officer;

    @EJB
    private AsOtherAuthorityOfficer otherOfficer;

    @EJB
    private AsAdministrator admin;

    @EJB
    private AsEnterprise clerk;

    @BeforeEach
    void users() {
        enterpriseFixtures.ensureUsers();
    }

    @Test
    void anOfficerRegistersAnEnterpriseOfTheirAuthorityAndItIsAudited() throws Exception {
        EnterpriseRegistration form = registration(randomCode(), randomUscc());
        Enterprise registered = officer.call(() -> registrations.register(form));
        assertEquals(EnterpriseFixtures.TIANJIN, registered.getAuthority().getCode());
        assertEquals(EnterpriseStatus.ACTIVE, registered.getStatus());
        assertEquals("run-as-officer-first", registered.getRegisteredBy());
        EnterpriseQueries.EnterpriseView view = officer.call(() -> queries.view(registered.getId()));
        assertEquals(List.of("出口部", "财务部"), view.registration().getDepartments());
        List<AuditEvent> history = view.history();
        assertEquals("REGISTER", history.get(0).getAction());
        assertTrue(
                history.get(0).getToState().contains(form.getUscc()),
                history.get(0).getToState());
        assertEquals(1L, officer.call(listed(form.getEnterpriseCode())));
        assertEquals(1L, admin.call(listed(form.getEnterpriseCode())));

        EnterpriseRegistration change = view.registration();
        change.setContactPerson("王五");
        Enterprise changed = officer.call(() -> registrations.update(registered.getId(), change));
        assertEquals("王五", changed.getContactPerson());
        AuditEvent update =
                last(officer.call(() -> queries.view(registered.getId())).history());
        assertEquals("UPDATE", update.getAction());
        assertEquals("contactPerson=李四", update.getFromState());
        assertEquals("contactPerson=王五", update.getToState());
    }

    @Test
    void aDuplicateUsccIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
        String uscc = randomUscc();
        officer.call(() -> registrations.register(registration(randomCode(), uscc)));
        String secondCode = randomCode();
        // The same code in lower case and with blanks around it is the same code.
        BusinessException refused = Refusals.refusal(() -> officer.call(
                () -> registrations.register(registration(secondCode, " " + uscc.toLowerCase(java.util.Locale.ROOT)))));
        assertEquals(Set.of("uscc"), fields(refused));
        assertEquals("enterprise.error.usccTaken", refused.messageKey());
        assertEquals(0L, admin.call(listed(secondCode)));
    }

    @Test
    void aWrongCheckCharacterIsRefused() throws Exception {
        String uscc = randomUscc();
        String wrong = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        String code = randomCode();
        BusinessException refused =
                Refusals.refusal(() -> officer.call(() -> registrations.register(registration(code, wrong))));
        assertEquals(Set.of("uscc"), fields(refused));
        assertEquals("enterprise.error.uscc", refused.messageKey());
        assertEquals(0L, admin.call(listed(code)));
    }

    @Test
    void aDuplicateOrMalformedEnterpriseCodeIsRefusedAtItsField() throws Exception {
        String code = randomCode();
        officer.call(() -> registrations.register(registration(code, randomUscc())));
        BusinessException duplicate =
                Refusals.refusal(() -> officer.call(() -> registrations.register(registration(code, randomUscc()))));
        assertEquals(Set.of("enterpriseCode"), fields(duplicate));
        assertEquals("enterprise.error.codeTaken", duplicate.messageKey());
        BusinessException malformed = Refusals.refusal(
                () -> officer.call(() -> registrations.register(registration("12345-ABC", randomUscc()))));
        assertEquals(Set.of("enterpriseCode"), fields(malformed));
        assertEquals("enterprise.error.code", malformed.messageKey());
    }

    @Test
    void twoConcurrentRegistrationsOfOneUsccGiveOneEnterpriseAndOneRefusalAtTheField() throws Exception {
        String uscc = randomUscc();
        List<Future<Enterprise>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            EnterpriseRegistration form = registration(randomCode(), uscc);
            both.add(officer.callConcurrently(() -> registrations.register(form)));
        }
        int registered = 0;
        for (Future<Enterprise> one : both) {
            try {
                one.get();
                registered++;
            } catch (java.util.concurrent.ExecutionException e) {
                BusinessException refused = Refusals.refusal(() -> {
                    throw e;
                });
                assertEquals("uscc", refused.field(), refused.toString());
            }
        }
        assertEquals(1, registered);
    }

    @Test
    void aSuspendedEnterpriseCannotSubmitUntilItIsReinstated() throws Exception {
        Application saved = clerk.call(() -> applicationEntry.saveAndSeal(applicationFixtures.cokeForm()));
        Enterprise a = enterpriseA();
        BusinessException noReason =
                Refusals.refusal(() -> officer.call(() -> registrations.suspend(a.getId(), a.getVersion(), " ")));
        assertEquals("reason", noReason.field());
        Enterprise suspended = officer.call(() -> registrations.suspend(a.getId(), a.getVersion(), "年检未通过"));
        try {
            assertEquals(EnterpriseStatus.SUSPENDED, suspended.getStatus());
            BusinessException refused = Refusals.refusal(() -> clerk.call(() -> {
                applicationCommands.submit(saved.getNumber(), saved.getVersion());
                return null;
            }));
            assertEquals("enterprise.error.suspended", refused.messageKey());
            assertEquals(
                    "enterprise.error.suspended",
                    Refusals.refusal(() ->
                                    clerk.call(() -> applicationEntry.saveAndSeal(applicationFixtures.cokeForm())))
                            .messageKey());
            assertEquals(
                    ApplicationStatus.SAVED,
                    clerk.call(() -> applicationQueries.find(saved.getNumber())).getStatus());
        } finally {
            Enterprise now = enterpriseA();
            if (now.getStatus() == EnterpriseStatus.SUSPENDED) {
                officer.call(() -> registrations.reinstate(now.getId(), now.getVersion(), "年检已补正"));
            }
        }
        clerk.call(() -> {
            applicationCommands.submit(saved.getNumber(), saved.getVersion());
            return null;
        });
        assertEquals(
                ApplicationStatus.SUBMITTED,
                clerk.call(() -> applicationQueries.find(saved.getNumber())).getStatus());
        List<String> actions = officer.call(() -> queries.view(a.getId())).history().stream()
                .map(AuditEvent::getAction)
                .toList();
        assertEquals(List.of("SUSPEND", "REINSTATE"), actions.subList(actions.size() - 2, actions.size()));
    }

    @Test
    void anotherAuthoritysOfficerNeitherSeesNorChangesTheEnterprise() throws Exception {
        EnterpriseRegistration form = registration(randomCode(), randomUscc());
        Enterprise registered = officer.call(() -> registrations.register(form));
        long id = registered.getId();
        int version = registered.getVersion();
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherOfficer.call(() -> queries.find(id)))
                        .messageKey());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherOfficer.call(() -> queries.view(id)))
                        .messageKey());
        EnterpriseRegistration change = officer.call(() -> queries.view(id)).registration();
        change.setNameZh("被改名");
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherOfficer.call(() -> registrations.update(id, change)))
                        .messageKey());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherOfficer.call(() -> registrations.suspend(id, version, "试图暂停")))
                        .messageKey());
        assertEquals(
                "error.notFound",
                Refusals.refusal(() -> otherOfficer.call(() -> registrations.addDepartment(id, version, "外部门")))
                        .messageKey());
        assertEquals(0L, otherOfficer.call(listed(form.getEnterpriseCode())));
        Enterprise unchanged = officer.call(() -> queries.find(id));
        assertEquals(form.getNameZh(), unchanged.getNameZh());
        assertEquals(EnterpriseStatus.ACTIVE, unchanged.getStatus());
    }

    @Test
    void anOfficerRegistersForTheirOwnAuthorityOnlyAndTheAdministratorChooses() throws Exception {
        EnterpriseRegistration elsewhere = registration(randomCode(), randomUscc());
        elsewhere.setAuthorityCode("QLB");
        BusinessException refused = Refusals.refusal(() -> officer.call(() -> registrations.register(elsewhere)));
        assertEquals(Set.of("authorityCode"), fields(refused));
        assertEquals(0L, admin.call(listed(elsewhere.getEnterpriseCode())));

        Enterprise bureaus = admin.call(() -> registrations.register(elsewhere));
        assertEquals("QLB", bureaus.getAuthority().getCode());
        assertEquals(1L, otherOfficer.call(listed(elsewhere.getEnterpriseCode())));
        assertEquals(0L, officer.call(listed(elsewhere.getEnterpriseCode())));
    }

    @Test
    void departmentsAreAddedRenamedAndRemovedButNotWhileAClerkIsInThem() throws Exception {
        Enterprise registered = officer.call(() -> registrations.register(registration(randomCode(), randomUscc())));
        long id = registered.getId();
        Enterprise added = officer.call(() -> registrations.addDepartment(id, registered.getVersion(), "物流部"));
        assertEquals(
                "enterprise.error.departmentTaken",
                Refusals.refusal(() -> officer.call(() -> registrations.addDepartment(id, added.getVersion(), "物流部")))
                        .messageKey());
        Enterprise renamed = officer.call(() -> registrations.renameDepartment(id, added.getVersion(), "物流部", "储运部"));
        Enterprise removed = officer.call(() -> registrations.removeDepartment(id, renamed.getVersion(), "储运部"));
        assertEquals(
                List.of("出口部", "财务部"),
                officer.call(() -> queries.view(id)).registration().getDepartments());
        // The version the user saw is gone after a department change.
        assertEquals(
                "error.staleData",
                Refusals.refusal(() -> officer.call(() -> registrations.addDepartment(id, added.getVersion(), "审计部")))
                        .messageKey());
        assertTrue(removed.getVersion() > registered.getVersion());

        // Test enterprise A's 本人 and 本部门 clerks are in DEPARTMENT_A.
        Enterprise a = enterpriseA();
        Enterprise withDepartment = officer.call(() -> queries.view(a.getId()))
                        .registration()
                        .getDepartments()
                        .contains(EnterpriseFixtures.DEPARTMENT_A)
                ? a
                : officer.call(
                        () -> registrations.addDepartment(a.getId(), a.getVersion(), EnterpriseFixtures.DEPARTMENT_A));
        BusinessException inUse = Refusals.refusal(() -> officer.call(() -> registrations.removeDepartment(
                a.getId(), withDepartment.getVersion(), EnterpriseFixtures.DEPARTMENT_A)));
        assertEquals("enterprise.error.departmentInUse", inUse.messageKey());
        assertEquals("department", inUse.field());
    }

    @Test
    void anEnterpriseUserIsRefusedByTheContainer() throws Exception {
        Refusals.assertAccessDenied(
                () -> clerk.call(() -> registrations.register(registration(randomCode(), randomUscc()))));
        Refusals.assertAccessDenied(
                () -> clerk.call(() -> queries.list(EnterpriseFilter.none(), PageRequest.of(0, 10))));
        Enterprise a = enterpriseA();
        Refusals.assertAccessDenied(() -> clerk.call(() -> registrations.suspend(a.getId(), a.getVersion(), "自己暂停")));
    }

    private Enterprise enterpriseA() throws Exception {
        List<Enterprise> rows = officer.call(() -> queries.list(
                        new EnterpriseFilter(null, EnterpriseFixtures.ENTERPRISE_A, null, null, null),
                        PageRequest.of(0, 10)))
                .rows();
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    /** How many enterprises with this code the caller's list shows (run it as the role in question). */
    private Action<Long> listed(String code) {
        return () -> queries.list(new EnterpriseFilter(null, code, null, null, null), PageRequest.of(0, 10))
                .total();
    }

    private static Set<String> fields(BusinessException refused) {
        if (refused instanceof ValidationException form) {
            return new java.util.HashSet<>(
                    form.errors().stream().map(FieldError::field).toList());
        }
        return Set.of(String.valueOf(refused.field()));
    }

    private static AuditEvent last(List<AuditEvent> history) {
        return history.get(history.size() - 1);
    }

    private static EnterpriseRegistration registration(String code, String uscc) {
        EnterpriseRegistration r = EnterpriseRegistration.blank(null);
        r.setEnterpriseCode(code);
        r.setUscc(uscc);
        r.setNameZh("登记测试" + code + "有限公司");
        r.setNameEn("Registry Test " + code + " Co., Ltd.");
        r.setCustomsCode("1207960099");
        r.setAddressZh("天津市滨海新区测试路1号");
        r.setPostalCode("300450");
        r.setContactPerson("李四");
        r.setPhone("022-12345678");
        r.setEmail("registry@example.com");
        r.setDepartments(List.of("出口部", "财务部"));
        return r;
    }

    private static String randomCode() {
        StringBuilder code = new StringBuilder("R");
        for (int i = 0; i < 12; i++) {
            code.append("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(RANDOM.nextInt(36)));
        }
        return code.toString();
    }

    private static String randomUscc() {
        StringBuilder first17 = new StringBuilder("91120116");
        for (int i = 0; i < 9; i++) {
            first17.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return first17.toString() + Uscc.checkCharacter(first17.toString());
    }
}
