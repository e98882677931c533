package org.exportlicence.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.seal.SealKey;
import org.exportlicence.seal.SealKeys;
import org.exportlicence.seal.SmCrypto;

/**
 * 申请表 — everything that happens to an application: entry and 保存并盖章, modification, copy,
 * submission, deletion, withdrawal, and the officers' first and second review. Every action checks
 * the caller's role and scope (an enterprise reaches only its own applications, an officer only
 * those of their authority — anything else is "not found"), the state machine and the version the
 * caller saw; every change is audited in the same transaction.
 */
@Stateless
public class ApplicationService {
    static final String AUDIT_TYPE = "Application";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    @EJB
    private SealKeys sealKeys;

    @Inject
    private Clock clock;

    /** 录入申请 step 1 → step 2: a new form with the chosen commodity and port and the enterprise's own data. */
    @RolesAllowed(Roles.ENTERPRISE)
    public ApplicationForm newForm(String commodityCode, String portCode) {
        Enterprise enterprise = ownEnterprise();
        int year = LocalDate.now(clock).getYear();
        // Nothing entered is "required" (the page names the field), not an unknown empty code.
        if (commodityCode == null || commodityCode.isBlank()) {
            throw BusinessException.atField("commodityCode", "error.required");
        }
        if (ApplicationChecks.commodity(em, commodityCode, year) == null) {
            throw BusinessException.atField("commodityCode", "application.error.commodityUnknown", commodityCode, year);
        }
        if (portCode == null || portCode.isBlank()) {
            throw BusinessException.atField("portCode", "error.required");
        }
        if (em.find(CustomsPort.class, portCode) == null) {
            throw BusinessException.atField("portCode", "application.error.codeUnknown", portCode);
        }
        ApplicationForm form = new ApplicationForm();
        form.setCommodityCode(commodityCode);
        form.setPortCode(portCode);
        prefill(form, enterprise);
        form.setConsignorName(enterprise.getNameZh());
        form.setConsignorCode(enterprise.getEnterpriseCode());
        return form;
    }

    /** The catalogue entry a form's commodity code stands for in the current licence year, or null. */
    @RolesAllowed(Roles.ENTERPRISE)
    public Commodity commodityOf(String commodityCode) {
        return ApplicationChecks.commodity(em, commodityCode, LocalDate.now(clock).getYear());
    }

    /**
     * 保存并盖章: checks the form, saves it (a new application gets its number; a modification keeps
     * it) and applies the enterprise's electronic seal over the saved content. Refused forms change
     * nothing.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public Application saveAndSeal(ApplicationForm form) {
        Caller caller = users.caller();
        Enterprise enterprise = ownEnterprise();
        LocalDateTime now = LocalDateTime.now(clock);
        Application application;
        if (form.getNumber() == null) {
            int year = now.getYear();
            ApplicationContent content = new ApplicationChecks(em).check(form, enterprise, year, now.toLocalDate());
            application = new Application(enterprise, caller.username(), year, now, content);
            em.persist(application);
            application.assignNumber(ApplicationNumbers.format(year, application.getId()));
            audit.record(AUDIT_TYPE, application.getNumber(), "CREATE", null, ApplicationStatus.SAVED.name(), null);
        } else {
            application = scoped(form.getNumber(), caller);
            checkVersion(application, form.getVersion());
            if (!ApplicationAction.MODIFY.allowedFrom(application.getStatus())) {
                throw new BusinessException("application.error.transition", application.getNumber(),
                        application.getStatus().labelKey(), ApplicationAction.MODIFY.labelKey());
            }
            ApplicationContent content = new ApplicationChecks(em).check(form, enterprise,
                    application.getLicenceYear(), now.toLocalDate());
            application.fill(content, now);
            audit.record(AUDIT_TYPE, application.getNumber(), ApplicationAction.MODIFY.name(),
                    application.getStatus().name(), application.getStatus().name(), null);
        }
        seal(application, enterprise, caller, now);
        flush();
        return application;
    }

    /** 修改: the form of a saved, returned or withdrawn application, as it is now. */
    @RolesAllowed(Roles.ENTERPRISE)
    public ApplicationForm formOf(String number) {
        Application application = scoped(number, users.caller());
        if (!ApplicationAction.MODIFY.allowedFrom(application.getStatus())) {
            throw new BusinessException("application.error.transition", number, application.getStatus().labelKey(),
                    ApplicationAction.MODIFY.labelKey());
        }
        ApplicationForm form = contentForm(application);
        form.setNumber(application.getNumber());
        form.setVersion(application.getVersion());
        return form;
    }

    /** 复制: a new form with the content of an application of the caller's own; saving it makes a new number. */
    @RolesAllowed(Roles.ENTERPRISE)
    public ApplicationForm copyOf(String number) {
        Application application = scoped(number, users.caller());
        ApplicationForm form = contentForm(application);
        prefill(form, ownEnterprise());
        return form;
    }

    @RolesAllowed(Roles.ENTERPRISE)
    public void submit(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.SUBMIT, null);
    }

    /** 上报 of several selected applications at once: all of them, or — if any is refused — none. */
    @RolesAllowed(Roles.ENTERPRISE)
    public void submitAll(Map<String, Integer> seenVersions) {
        seenVersions.forEach((number, version) -> act(number, version, ApplicationAction.SUBMIT, null));
    }

    @RolesAllowed(Roles.ENTERPRISE)
    public void delete(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.DELETE, null);
    }

    /** 撤销 on a 待初审 application: asks the authority to withdraw it. */
    @RolesAllowed(Roles.ENTERPRISE)
    public void requestWithdrawal(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.REQUEST_WITHDRAWAL, null);
    }

    @RolesAllowed(Roles.OFFICER_FIRST)
    public void approveFirstReview(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.APPROVE_FIRST, null);
    }

    @RolesAllowed(Roles.OFFICER_FIRST)
    public void returnAtFirstReview(String number, int seenVersion, String reason) {
        act(number, seenVersion, ApplicationAction.RETURN_FIRST, reason);
    }

    @RolesAllowed(Roles.OFFICER_SECOND)
    public void approveSecondReview(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.APPROVE_SECOND, null);
    }

    @RolesAllowed(Roles.OFFICER_SECOND)
    public void rejectAtSecondReview(String number, int seenVersion, String reason) {
        act(number, seenVersion, ApplicationAction.REJECT_SECOND, reason);
    }

    @RolesAllowed(Roles.OFFICER_FIRST)
    public void approveWithdrawal(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.APPROVE_WITHDRAWAL, null);
    }

    @RolesAllowed(Roles.OFFICER_FIRST)
    public void refuseWithdrawal(String number, int seenVersion, String reason) {
        act(number, seenVersion, ApplicationAction.REFUSE_WITHDRAWAL, reason);
    }

    /**
     * 生成电子许可证, the application's side: an approved application becomes ISSUED, in the
     * caller's transaction (the licence issuer's), at the version the issuer saw.
     */
    @RolesAllowed(Roles.ISSUER)
    public Application markIssued(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.ISSUE, null);
        return scoped(number, users.caller());
    }

    /** 打印申请表: marks an approved application printed (again, for 已打印申请表) and returns it. */
    @RolesAllowed(Roles.ENTERPRISE)
    public Application markPrinted(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.PRINT, null);
        return scoped(number, users.caller());
    }

    /** 打印申请表 (printed = false) and 已打印申请表 (printed = true): approved and issued applications. */
    @RolesAllowed(Roles.ENTERPRISE)
    public ResultPage<Application> listPrintable(boolean printed, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = users.caller().scopeCondition("a", parameters) + " and a.status in :statuses and a.printed = :printed";
        parameters.put("statuses", Set.of(ApplicationStatus.APPROVED, ApplicationStatus.ISSUED));
        parameters.put("printed", printed);
        return page(where, parameters, page);
    }

    /** One application the caller may see; "not found" for anything else, whether it exists or not. */
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public Application find(String number) {
        return scoped(number, users.caller());
    }

    /** Whether the enterprise's seal still verifies over the application's current content. */
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public SealCheck sealCheck(String number) {
        Application application = scoped(number, users.caller());
        if (application.getSealSignature() == null) {
            return new SealCheck(false, null, null, "application.seal.missing", null);
        }
        SmCrypto.Verification verification = SmCrypto.verifyDetached(ApplicationCanonicalForm.of(application),
                Base64.getDecoder().decode(application.getSealSignature()), sealKeys.authorityCertificate());
        boolean ownSeal = verification.valid() && verification.signerSubject() != null
                && verification.signerSubject().contains("OU=" + application.getExporterCode() + ",");
        return new SealCheck(ownSeal, verification.signerSubject(), verification.signingTime(),
                ownSeal ? "application.seal.valid" : "application.seal.invalid",
                verification.valid() && !ownSeal ? "signed by another party" : verification.reason());
    }

    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public List<AuditEvent> history(String number) {
        Application application = scoped(number, users.caller());
        return audit.history(AUDIT_TYPE, application.getNumber());
    }

    /**
     * The caller's enterprise's applications in the given states (上报申请, 待审申请, 复审未通过 …),
     * within the caller's data scope, one page at a time; sortable by 申请表号.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public ResultPage<Application> listOwn(Set<ApplicationStatus> statuses, PageRequest page) {
        return listInScope(statuses, page);
    }

    /**
     * Applications of the officer's issuing authority in the given states (the review queues),
     * filtered by the queue's search conditions.
     */
    @RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public ResultPage<Application> listForAuthority(Set<ApplicationStatus> statuses, ReviewFilter filter,
            PageRequest page) {
        return listInScope(statuses, filter, page);
    }

    /** The enterprise's quota the application draws on, or null for goods without quota. */
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public Quota quotaOf(String number) {
        Application application = scoped(number, users.caller());
        if (application.getQuotaDocumentNo() == null) {
            return null;
        }
        List<Quota> found = em.createQuery("select q from Quota q where q.documentNo = :no and q.enterprise = :enterprise",
                Quota.class).setParameter("no", application.getQuotaDocumentNo())
                .setParameter("enterprise", application.getEnterprise()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private ResultPage<Application> listInScope(Set<ApplicationStatus> statuses, PageRequest page) {
        return listInScope(statuses, ReviewFilter.none(), page);
    }

    private ResultPage<Application> listInScope(Set<ApplicationStatus> statuses, ReviewFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(users.caller().scopeCondition("a", parameters)).append(" and a.status in :statuses");
        parameters.put("statuses", statuses);
        if (hasText(filter.number())) {
            where.append(" and a.number like :number");
            parameters.put("number", likePrefix(filter.number()));
        }
        if (hasText(filter.enterprise())) {
            where.append(" and (a.exporterName like :enterprise or a.exporterCode like :enterprise)");
            parameters.put("enterprise", "%" + likeEscape(filter.enterprise().strip()) + "%");
        }
        if (hasText(filter.commodityCode())) {
            where.append(" and a.commodityCode like :commodity");
            parameters.put("commodity", likePrefix(filter.commodityCode()));
        }
        if (filter.submittedFrom() != null) {
            where.append(" and a.submittedAt >= :from");
            parameters.put("from", filter.submittedFrom().atStartOfDay());
        }
        if (filter.submittedTo() != null) {
            where.append(" and a.submittedAt < :to");
            parameters.put("to", filter.submittedTo().plusDays(1).atStartOfDay());
        }
        return page(where.toString(), parameters, page);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String likePrefix(String value) {
        return likeEscape(value.strip()) + "%";
    }

    /** Wildcards a user types are taken literally (the queries declare no escape, so they are removed). */
    private static String likeEscape(String value) {
        return value.replace("%", "").replace("_", "");
    }

    private ResultPage<Application> page(String where, Map<String, Object> parameters, PageRequest page) {
        TypedQuery<Long> count = em.createQuery("select count(a) from Application a where " + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (page.isCountOnly() || total == 0) {
            return new ResultPage<>(List.of(), total);
        }
        String order = switch (page.sortField() == null ? "" : page.sortField()) {
            case "status" -> "a.status";
            case "updatedAt" -> "a.updatedAt";
            case "submittedAt" -> "a.submittedAt";
            default -> "a.number";
        };
        TypedQuery<Application> rows = em.createQuery("select a from Application a where " + where + " order by "
                + order + (page.ascending() ? " asc" : " desc") + ", a.number asc", Application.class);
        parameters.forEach(rows::setParameter);
        return new ResultPage<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(), total);
    }

    private void act(String number, Integer seenVersion, ApplicationAction action, String reason) {
        Caller caller = users.caller();
        Application application = scoped(number, caller);
        checkVersion(application, seenVersion);
        ApplicationStatus from = application.apply(action, caller.username(), reason, LocalDateTime.now(clock));
        audit.record(AUDIT_TYPE, application.getNumber(), action.name(), from.name(), application.getStatus().name(),
                reason == null || reason.isBlank() ? null : reason.strip());
        flush();
    }

    /**
     * Loads an application within the caller's scope, locked optimistically so that two people
     * acting on it at once never both succeed.
     */
    private Application scoped(String number, Caller caller) {
        if (!ApplicationNumbers.isWellFormed(number)) {
            throw new NotFoundException();
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = caller.scopeCondition("a", parameters) + " and a.number = :number and a.status <> :deleted";
        parameters.put("number", number);
        parameters.put("deleted", ApplicationStatus.DELETED);
        TypedQuery<Application> query = em.createQuery("select a from Application a where " + where, Application.class);
        parameters.forEach(query::setParameter);
        List<Application> found = query.setLockMode(LockModeType.OPTIMISTIC).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    private static void checkVersion(Application application, Integer seenVersion) {
        if (seenVersion == null || application.getVersion() != seenVersion) {
            throw new BusinessException("error.staleData");
        }
    }

    /** Makes a concurrent change surface here, as a refusal the user understands. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("error.staleData");
        }
    }

    private void seal(Application application, Enterprise enterprise, Caller caller, LocalDateTime now) {
        SealKeys.Signer signer = sealKeys.signerFor(SealKey.OwnerType.ENTERPRISE, enterprise.getEnterpriseCode(),
                "CN=" + enterprise.getNameZh().replace(",", " ") + ", OU=" + enterprise.getEnterpriseCode()
                        + ", O=Export Licence Platform test seals, C=CN");
        byte[] signature = SmCrypto.signDetached(ApplicationCanonicalForm.of(application), signer.key(),
                signer.certificate(), clock.instant());
        application.seal(Base64.getEncoder().encodeToString(signature), caller.username(), now);
        audit.record(AUDIT_TYPE, application.getNumber(), "SEAL", null, null, null);
    }

    private Enterprise ownEnterprise() {
        Caller caller = users.caller();
        if (!caller.isEnterpriseUser()) {
            throw new NotFoundException();
        }
        return em.find(Enterprise.class, caller.enterpriseId());
    }

    private static void prefill(ApplicationForm form, Enterprise enterprise) {
        form.setExporterName(enterprise.getNameZh());
        form.setExporterCode(enterprise.getEnterpriseCode());
    }

    private static ApplicationForm contentForm(Application a) {
        ApplicationForm f = new ApplicationForm();
        f.setExporterName(a.getExporterName());
        f.setExporterCode(a.getExporterCode());
        f.setConsignorName(a.getConsignorName());
        f.setConsignorCode(a.getConsignorCode());
        f.setTradeModeId(a.getTradeMode().getId());
        f.setContractNo(a.getContractNo());
        f.setPortCode(a.getPort().getCode());
        f.setCountryCode(a.getCountry().getCode());
        f.setPaymentMethodCode(a.getPaymentMethod().getCode());
        f.setTransportModeId(a.getTransportMode().getId());
        f.setCommodityCode(a.getCommodityCode());
        f.setSpecification(a.getSpecification());
        f.setQuantity(a.getQuantity());
        f.setUnitPrice(a.getUnitPrice());
        f.setCurrencyCode(a.getCurrency().getCode());
        f.setQuotaDocumentNo(a.getQuotaDocumentNo());
        f.setRemarks(a.getRemarks());
        f.setContractDate(a.getContractDate());
        f.setBuyerName(a.getBuyerName());
        f.setBuyerAddress(a.getBuyerAddress());
        f.setContractAmount(a.getContractAmount());
        f.setContractCurrencyCode(a.getContractCurrency() == null ? null : a.getContractCurrency().getCode());
        f.setPriceTermCode(a.getPriceTerm() == null ? null : a.getPriceTerm().getCode());
        return f;
    }
}
