package org.exportlicence.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.ListQuery;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.Sorting;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.Quotas;
import org.exportlicence.seal.SealKeys;
import org.exportlicence.seal.SmCrypto;

/**
 * 申请表 — what the screens read about applications, always within the caller's data scope: one
 * application with its seal check, history and quota; the enterprise's lists (上报申请, 待审申请,
 * 复审未通过, 打印申请表 …) and the officers' review queues, filtered, sorted and paged by the database.
 */
@Stateless
@RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
public class ApplicationQueries {
    private static final Sorting SORTING = Sorting.by("a.number.value", "a.number.value asc")
            .and("status", "a.status")
            .and("updatedAt", "a.updatedAt")
            .and("submittedAt", "a.submittedAt");

    @EJB
    private Applications applications;

    @EJB
    private Quotas quotas;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    @EJB
    private SealKeys sealKeys;

    /** One application the caller may see; "not found" for anything else, whether it exists or not. */
    public Application find(String number) {
        return applications.inScope(number);
    }

    /** The detail page's whole read: the application, its seal check, its history and its quota. */
    public ApplicationView view(String number) {
        Application application = applications.inScope(number);
        return new ApplicationView(
                application, sealCheck(application), audit.history(application.auditSubject()), quotaOf(application));
    }

    /** Whether the enterprise's seal still verifies over the application's current content. */
    public SealCheck sealCheck(String number) {
        return sealCheck(applications.inScope(number));
    }

    public List<AuditEvent> history(String number) {
        return audit.history(applications.inScope(number).auditSubject());
    }

    /** The enterprise's quota the application draws on, or null for goods without quota. */
    public Quota quotaOf(String number) {
        return quotaOf(applications.inScope(number));
    }

    /**
     * The caller's enterprise's applications in the given states (上报申请, 待审申请, 复审未通过 …),
     * within the caller's data scope, one page at a time; sortable by 申请表号.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public ResultPage<Application> listOwn(Set<ApplicationStatus> statuses, PageRequest page) {
        return list(statuses, ReviewFilter.none(), page);
    }

    /**
     * Applications of the officer's issuing authority in the given states (the review queues),
     * filtered by the queue's search conditions.
     */
    @RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public ResultPage<Application> listForAuthority(
            Set<ApplicationStatus> statuses, ReviewFilter filter, PageRequest page) {
        return list(statuses, filter, page);
    }

    /** 打印申请表 (printed = false) and 已打印申请表 (printed = true): approved and issued applications. */
    @RolesAllowed(Roles.ENTERPRISE)
    public ResultPage<Application> listPrintable(boolean printed, PageRequest page) {
        return applications
                .scoped(users.caller())
                .where(
                        "a.status in :statuses",
                        "statuses",
                        Set.of(ApplicationStatus.APPROVED, ApplicationStatus.ISSUED))
                .where("a.printed = :printed", "printed", printed)
                .page(page, SORTING);
    }

    private ResultPage<Application> list(Set<ApplicationStatus> statuses, ReviewFilter filter, PageRequest page) {
        ListQuery<Application> query = applications
                .scoped(users.caller())
                .where("a.status in :statuses", "statuses", statuses)
                .startsWith("a.number.value", "number", filter.number())
                .contains("enterprise", filter.enterprise(), "a.exporterName", "a.exporterCode")
                .startsWith("a.goods.commodityCode", "commodity", filter.commodityCode())
                .withinDays("a.submittedAt", "submitted", filter.submittedFrom(), filter.submittedTo());
        return query.page(page, SORTING);
    }

    private SealCheck sealCheck(Application application) {
        if (application.getSeal().getSignature() == null) {
            return new SealCheck(false, null, null, "application.seal.missing", null);
        }
        SmCrypto.Verification verification = SmCrypto.verifyDetached(
                ApplicationCanonicalForm.of(application),
                Base64.getDecoder().decode(application.getSeal().getSignature()),
                sealKeys.authorityCertificate());
        boolean ownSeal = verification.valid()
                && verification.signerSubject() != null
                && verification.signerSubject().contains("OU=" + application.getExporterCode() + ",");
        return new SealCheck(
                ownSeal,
                verification.signerSubject(),
                verification.signingTime(),
                ownSeal ? "application.seal.valid" : "application.seal.invalid",
                verification.valid() && !ownSeal ? "signed by another party" : verification.reason());
    }

    private Quota quotaOf(Application application) {
        return application.getGoods().getQuotaDocumentNo() == null
                ? null
                : quotas.of(application.getEnterprise(), application.getGoods().getQuotaDocumentNo())
                        .orElse(null);
    }
}
