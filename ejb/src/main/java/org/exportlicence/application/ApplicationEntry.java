package org.exportlicence.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;
import org.exportlicence.quota.Quotas;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.seal.SealKey;
import org.exportlicence.seal.SealKeys;
import org.exportlicence.seal.SmCrypto;

/**
 * 录入申请 — the enterprise's side of an application's content: the form (step 1 → step 2), 保存并盖章
 * (a new application gets its number; a modification keeps it), 修改 and 复制. Refused forms change
 * nothing; every save is sealed with the enterprise's electronic seal and audited.
 */
@Stateless
@RolesAllowed(Roles.ENTERPRISE)
public class ApplicationEntry {
    @PersistenceContext
    private EntityManager em;

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

    @Inject
    private Clock clock;

    /** 录入申请 step 1 → step 2: a new form with the chosen commodity and port and the enterprise's own data. */
    public ApplicationForm newForm(String commodityCode, String portCode) {
        Enterprise enterprise = applications.callersEnterprise();
        enterprise.requireActive();
        int year = LocalDate.now(clock).getYear();
        // Nothing entered is "required" (the page names the field), not an unknown empty code.
        if (commodityCode == null || commodityCode.isBlank()) {
            throw BusinessException.atField("commodityCode", "error.required");
        }
        if (ReferenceLookups.commodity(em, commodityCode, year) == null) {
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
    public Commodity commodityOf(String commodityCode) {
        return ReferenceLookups.commodity(
                em, commodityCode, LocalDate.now(clock).getYear());
    }

    /**
     * 保存并盖章: checks the form, saves it (a new application gets its number; a modification keeps
     * it) and applies the enterprise's electronic seal over the saved content.
     */
    public Application saveAndSeal(ApplicationForm form) {
        String clerk = users.caller().username();
        Enterprise enterprise = applications.callersEnterprise();
        LocalDateTime now = LocalDateTime.now(clock);
        ApplicationChecks checks = new ApplicationChecks(em, quotas);
        Application application;
        if (form.getNumber() == null) {
            enterprise.requireActive();
            int year = now.getYear();
            application = new Application(
                    enterprise, clerk, year, now, checks.check(form, enterprise, year, now.toLocalDate()));
            em.persist(application);
            application.assignNumber(ApplicationNumber.of(year, application.getId()));
            audit.record(application.auditSubject(), "CREATE", null, ApplicationStatus.SAVED.name(), null);
        } else {
            application = applications.inScope(form.getNumber());
            StaleData.check(application, form.getVersion());
            requireModifiable(application);
            application.fill(checks.check(form, enterprise, application.getLicenceYear(), now.toLocalDate()), now);
            audit.record(
                    application.auditSubject(),
                    ApplicationAction.MODIFY.name(),
                    application.getStatus().name(),
                    application.getStatus().name(),
                    null);
        }
        seal(application, enterprise, clerk, now);
        StaleData.flush(em);
        return application;
    }

    /** 修改: the form of a saved, returned or withdrawn application, as it is now. */
    public ApplicationForm formOf(String number) {
        Application application = applications.inScope(number);
        requireModifiable(application);
        ApplicationForm form = contentOf(application);
        form.setNumber(application.getNumber());
        form.setVersion(application.getVersion());
        return form;
    }

    /** 复制: a new form with the content of an application of the caller's own; saving it makes a new number. */
    public ApplicationForm copyOf(String number) {
        ApplicationForm form = contentOf(applications.inScope(number));
        prefill(form, applications.callersEnterprise());
        return form;
    }

    private static void requireModifiable(Application application) {
        if (!ApplicationAction.MODIFY.allowedFrom(application.getStatus())) {
            throw new BusinessException(
                    "application.error.transition",
                    application.getNumber(),
                    application.getStatus().labelKey(),
                    ApplicationAction.MODIFY.labelKey());
        }
    }

    private void seal(Application application, Enterprise enterprise, String clerk, LocalDateTime now) {
        SealKeys.Signer signer = sealKeys.signerFor(
                SealKey.OwnerType.ENTERPRISE,
                enterprise.getEnterpriseCode(),
                "CN=" + enterprise.getNameZh().replace(",", " ") + ", OU=" + enterprise.getEnterpriseCode()
                        + ", O=Export Licence Platform test seals, C=CN");
        byte[] signature = SmCrypto.signDetached(
                ApplicationCanonicalForm.of(application), signer.key(), signer.certificate(), clock.instant());
        application.seal(Base64.getEncoder().encodeToString(signature), clerk, now);
        audit.record(application.auditSubject(), "SEAL", null, null, null);
    }

    private static void prefill(ApplicationForm form, Enterprise enterprise) {
        form.setExporterName(enterprise.getNameZh());
        form.setExporterCode(enterprise.getEnterpriseCode());
    }

    private static ApplicationForm contentOf(Application a) {
        TradeTerms t = a.getTrade();
        Goods g = a.getGoods();
        ContractInfo c = a.getContract();
        ApplicationForm f = new ApplicationForm();
        f.setExporterName(a.getExporterName());
        f.setExporterCode(a.getExporterCode());
        f.setConsignorName(t.getConsignorName());
        f.setConsignorCode(t.getConsignorCode());
        f.setTradeModeId(t.getTradeMode().getId());
        f.setContractNo(t.getContractNo());
        f.setPortCode(t.getPort().getCode());
        f.setCountryCode(t.getCountry().getCode());
        f.setPaymentMethodCode(t.getPaymentMethod().getCode());
        f.setTransportModeId(t.getTransportMode().getId());
        f.setCommodityCode(g.getCommodityCode());
        f.setSpecification(g.getSpecification());
        f.setQuantity(g.getQuantity());
        f.setUnitPrice(g.getUnitPrice());
        f.setCurrencyCode(g.getCurrency().getCode());
        f.setQuotaDocumentNo(g.getQuotaDocumentNo());
        f.setRemarks(g.getRemarks());
        f.setContractDate(c.getContractDate());
        f.setBuyerName(c.getBuyerName());
        f.setBuyerAddress(c.getBuyerAddress());
        f.setContractAmount(c.getContractAmount());
        f.setContractCurrencyCode(
                c.getContractCurrency() == null ? null : c.getContractCurrency().getCode());
        f.setPriceTermCode(c.getPriceTerm() == null ? null : c.getPriceTerm().getCode());
        return f;
    }
}
