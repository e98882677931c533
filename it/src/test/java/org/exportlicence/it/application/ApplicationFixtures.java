package org.exportlicence.it.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.it.enterprise.EnterpriseFixtures;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;

/**
 * Application forms of test enterprise A to fill in, and the one reach below the services an
 * application test needs (tampering with a sealed application).
 * Deployed inside the EJB module, beside the persistence unit.
 */
@Stateless
@PermitAll
public class ApplicationFixtures {
    @PersistenceContext
    private EntityManager em;

    /** 长粒米精米 (大米, quota-managed, 非一批一证) to Japan, shipped from Tianjin. */
    public ApplicationForm riceForm(String quotaDocumentNo, BigDecimal quantity) {
        ApplicationForm form = baseForm("1006302000");
        form.setQuotaDocumentNo(quotaDocumentNo);
        form.setQuantity(quantity);
        return form;
    }

    /** 焦炭 (licence only, no quota). */
    public ApplicationForm cokeForm() {
        ApplicationForm form = baseForm("27040010");
        form.setQuantity(new BigDecimal("500000"));
        return form;
    }

    private ApplicationForm baseForm(String commodityCode) {
        ApplicationForm form = new ApplicationForm();
        form.setCommodityCode(commodityCode);
        form.setPortCode("0200");
        form.setConsignorName("测试甲进出口有限公司");
        form.setConsignorCode(EnterpriseFixtures.ENTERPRISE_A);
        form.setTradeModeId(licenceWording(TradeMode.class, "一般贸易"));
        form.setTransportModeId(licenceWording(TransportMode.class, "海上运输"));
        form.setContractNo("HT2026-JP-0001");
        form.setCountryCode("116");
        form.setPaymentMethodCode("LC");
        form.setUnitPrice(new BigDecimal("0.6500"));
        form.setCurrencyCode("USD");
        form.setSpecification("一级");
        return form;
    }

    /** Changes a sealed application's quantity behind the services' back. */
    public int tamper(String number) {
        return em.createNativeQuery("UPDATE application SET quantity = quantity + 1 WHERE application_no = ?")
                .setParameter(1, number)
                .executeUpdate();
    }

    private Long licenceWording(Class<?> type, String nameZh) {
        return em.createQuery(
                        "select m.id from " + type.getSimpleName() + " m where m.codeSystem = :system "
                                + "and m.nameZh = :name",
                        Long.class)
                .setParameter("system", CodeSystem.LICENCE)
                .setParameter("name", nameZh)
                .getSingleResult();
    }
}
