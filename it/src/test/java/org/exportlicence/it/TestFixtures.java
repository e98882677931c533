package org.exportlicence.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.exportlicence.customs.CustomsXml;
import org.exportlicence.customs.UsageMessage;
import org.exportlicence.customs.UsageReply;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.exportlicence.application.ApplicationForm;
import org.exportlicence.customs.OutboxMessage;
import org.exportlicence.enterprise.DataScope;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.PlatformUser;
import org.exportlicence.enterprise.Uscc;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.Roles;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * The tests' own data: two test enterprises of 商务部驻天津特派员办事处, a user row for each test
 * principal (see test-glassfish-ejb-jar.xml), quotas made per test, and forms to fill in.
 * Also reaches below the services where a test must (tampering with a sealed application).
 * Deployed inside the EJB module, beside the persistence unit.
 */
@Stateless
@PermitAll
public class TestFixtures {
    static final String ENTERPRISE_A = "9900000000001";
    static final String ENTERPRISE_B = "9900000000002";
    static final String TIANJIN = "TB-天津";
    /** The department of enterprise A's 本人 and 本部门 clerks. */
    static final String DEPARTMENT_A = "出口一部";
    private static final String NO_LOGIN = "!no-password-login";

    private static final java.util.concurrent.atomic.AtomicLong USAGE_SERIAL =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:comp/DefaultJMSConnectionFactory")
    private ConnectionFactory connectionFactory;

    public void ensureUsers() {
        if (!em.createQuery("select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", ENTERPRISE_A).getResultList().isEmpty()) {
            ensureDepartmentClerk();
            return;
        }
        IssuingAuthority tianjin = em.find(IssuingAuthority.class, TIANJIN);
        IssuingAuthority bureau = em.find(IssuingAuthority.class, "QLB");
        Enterprise a = enterprise(ENTERPRISE_A, "91120116MA05TE7TA", "测试甲进出口有限公司", tianjin);
        Enterprise b = enterprise(ENTERPRISE_B, "91120116MA05TE7TB", "测试乙贸易有限公司", tianjin);
        em.persist(PlatformUser.ofEnterprise(a, "run-as-enterprise", NO_LOGIN, "测试甲经办", DataScope.ORGANISATION,
                Set.of(Roles.ENTERPRISE)));
        em.persist(PlatformUser.ofEnterprise(a, DEPARTMENT_A, "run-as-enterprise-own", NO_LOGIN, "测试甲经办二", DataScope.OWN,
                Set.of(Roles.ENTERPRISE)));
        em.persist(PlatformUser.ofEnterprise(b, "run-as-enterprise-b", NO_LOGIN, "测试乙经办", DataScope.ORGANISATION,
                Set.of(Roles.ENTERPRISE)));
        officer(tianjin, "run-as-officer-first", Roles.OFFICER_FIRST);
        officer(tianjin, "run-as-officer-second", Roles.OFFICER_SECOND);
        officer(tianjin, "run-as-officer-both", Roles.OFFICER_FIRST, Roles.OFFICER_SECOND);
        officer(bureau, "run-as-officer-other", Roles.OFFICER_FIRST);
        officer(tianjin, "run-as-issuer", Roles.ISSUER);
        ensureDepartmentClerk();
    }

    /**
     * The 本部门 clerk of enterprise A and the department it shares with the 本人 clerk (the 本公司
     * clerk is in none). Apart from the rest, so that a database made before it exists gets it too.
     */
    private void ensureDepartmentClerk() {
        if (!em.createQuery("select u from PlatformUser u where u.username = 'run-as-enterprise-dept'",
                PlatformUser.class).getResultList().isEmpty()) {
            return;
        }
        Enterprise a = em.createQuery("select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", ENTERPRISE_A).getSingleResult();
        em.persist(PlatformUser.ofEnterprise(a, DEPARTMENT_A, "run-as-enterprise-dept", NO_LOGIN, "测试甲经办三",
                DataScope.DEPARTMENT, Set.of(Roles.ENTERPRISE)));
        // A bulk update, not a native one: it also drops the users cached without the department.
        em.createQuery("update PlatformUser u set u.department = :department "
                + "where u.username = 'run-as-enterprise-own' and u.department is null")
                .setParameter("department", DEPARTMENT_A).executeUpdate();
    }

    /** A new quota of test enterprise A (or B) under a fresh document number; returns the number. */
    public String quota(String enterpriseCode, String categoryCode, BigDecimal total) {
        Enterprise enterprise = em.createQuery("select e from Enterprise e where e.enterpriseCode = :code", Enterprise.class)
                .setParameter("code", enterpriseCode).getSingleResult();
        String documentNo = "T-" + UUID.randomUUID().toString().substring(0, 18);
        em.persist(new Quota(enterprise, 2026, categoryCode, documentNo, em.find(UnitOfMeasure.class, "035"), total));
        return documentNo;
    }

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
        form.setConsignorCode(ENTERPRISE_A);
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

    /** The quota under a document number, as it is in the database now. */
    public Quota quotaNamed(String documentNo) {
        return em.createQuery("select q from Quota q where q.documentNo = :no", Quota.class)
                .setParameter("no", documentNo).getSingleResult();
    }

    /** Outbox messages about one aggregate (e.g. a licence number). */
    public long outboxCount(String aggregateId) {
        return em.createQuery("select count(m) from OutboxMessage m where m.aggregateId = :id", Long.class)
                .setParameter("id", aggregateId).getSingleResult();
    }

    /**
     * Customs uses a licence, as customs does: a usage message of {@code quantity} on the inbound
     * queue of the broker, at the licence's port, dated its first valid day ({@code cleared}: the
     * declaration is the licence's last use, so it is 已清关 afterwards). Waits for the platform's
     * reply; returns 1 when the usage was accepted, else 0.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int recordCustomsUsage(String licenceNo, BigDecimal quantity, boolean cleared) {
        Licence licence = em.createQuery("select l from Licence l where l.number = :no", Licence.class)
                .setParameter("no", licenceNo).getSingleResult();
        String declaration = String.format("020220268%09d", USAGE_SERIAL.incrementAndGet() % 1_000_000_000L);
        String body = CustomsXml.write(new UsageMessage(licenceNo, declaration, licence.getValidity().getValidFrom(),
                licence.getApplication().getPort().getCode(), 1, quantity, licence.getApplication().getUnit().getCode(),
                cleared));
        // Sent and committed first (the context closes), then the reply is awaited on a second one.
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            context.createProducer().setJMSReplyTo(context.createQueue("ElpTestFixtureReplies"))
                    .setJMSCorrelationID(declaration).setJMSType("usage").send(context.createQueue("ElpCustomsInbound"), body);
        }
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSConsumer replies = context.createConsumer(context.createQueue("ElpTestFixtureReplies"),
                        "JMSCorrelationID = '" + declaration + "'")) {
            Message reply = replies.receive(60_000);
            if (reply == null) {
                throw new IllegalStateException("no reply to usage " + declaration + " within 60 s");
            }
            UsageReply answer = (UsageReply) CustomsXml.read(((TextMessage) reply).getText());
            return "ACCEPTED".equals(answer.getResult()) ? 1 : 0;
        } catch (JMSException | CustomsXml.UnreadableMessage e) {
            throw new IllegalStateException(e);
        }
    }

    /** A licence as it is in the database now. */
    public Licence licenceNamed(String licenceNumber) {
        Licence licence = em.createQuery("select l from Licence l where l.number = :no", Licence.class)
                .setParameter("no", licenceNumber).getSingleResult();
        em.refresh(licence);
        return licence;
    }

    /** The outbox messages about one aggregate (e.g. a licence number), oldest first. */
    public List<OutboxMessage> outbox(String aggregateId) {
        return em.createQuery("select m from OutboxMessage m where m.aggregateId = :id order by m.id", OutboxMessage.class)
                .setParameter("id", aggregateId).getResultList();
    }

    /** Licences generated from one application (0 or 1). */
    public long licencesOf(String applicationNumber) {
        return em.createQuery("select count(l) from Licence l where l.application.number = :no", Long.class)
                .setParameter("no", applicationNumber).getSingleResult();
    }

    /** Usage lines (customs declarations) recorded for a licence. */
    public long usageLines(String licenceNumber) {
        return em.createQuery("select count(u) from UsageLine u where u.licence.number = :no", Long.class)
                .setParameter("no", licenceNumber).getSingleResult();
    }

    /** Usage lines of all licences. */
    public long allUsageLines() {
        return em.createQuery("select count(u) from UsageLine u", Long.class).getSingleResult();
    }

    /** Writes a raw status value into a licence row (a value no code writes: a corrupt row). */
    public int setRawLicenceStatus(String licenceNumber, String status) {
        return em.createNativeQuery("UPDATE licence SET status = ? WHERE licence_no = ?")
                .setParameter(1, status).setParameter(2, licenceNumber).executeUpdate();
    }

    /**
     * Writes {@code count} outbox rows at once (as many licence events would), about aggregates
     * named prefix + serial, for delivery tests.
     */
    public void outboxBurst(String prefix, int count) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        for (int i = 0; i < count; i++) {
            em.persist(new org.exportlicence.customs.OutboxMessage("Licence", prefix + i, "LICENCE_DELETED",
                    "<licenceDeleted xmlns=\"urn:exportlicence:customs:licence:1\"><licenceNo>26-99-000001</licenceNo>"
                            + "<deletedOn>2026-11-27</deletedOn></licenceDeleted>", now));
            if (i % 500 == 499) {
                em.flush();
                em.clear();
            }
        }
    }

    /** Outbox rows about aggregates whose name starts with the prefix: [all, sent]. */
    public long[] outboxProgress(String prefix) {
        Object[] row = em.createQuery("select count(m), count(m.sentAt) from OutboxMessage m "
                + "where m.aggregateId like :prefix", Object[].class)
                .setParameter("prefix", prefix + "%").getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** The newest aggregate name starting with the prefix, or null. */
    public String newestAggregate(String prefix) {
        return em.createQuery("select max(m.aggregateId) from OutboxMessage m where m.aggregateId like :prefix",
                String.class).setParameter("prefix", prefix + "%").getSingleResult();
    }

    /** Changes an issued licence's quantity behind the services' back. */
    public int tamperLicence(String licenceNumber) {
        return em.createNativeQuery("UPDATE licence SET quantity = quantity + 1 WHERE licence_no = ?")
                .setParameter(1, licenceNumber).executeUpdate();
    }

    /** Changes a sealed application's quantity behind the services' back. */
    public int tamper(String number) {
        return em.createNativeQuery("UPDATE application SET quantity = quantity + 1 WHERE application_no = ?")
                .setParameter(1, number).executeUpdate();
    }

    private Long licenceWording(Class<?> type, String nameZh) {
        return em.createQuery("select m.id from " + type.getSimpleName() + " m where m.codeSystem = :system "
                + "and m.nameZh = :name", Long.class)
                .setParameter("system", CodeSystem.LICENCE).setParameter("name", nameZh).getSingleResult();
    }

    private Enterprise enterprise(String code, String usccFirst17, String name, IssuingAuthority authority) {
        Enterprise enterprise = new Enterprise(code, Uscc.of(usccFirst17 + Uscc.checkCharacter(usccFirst17)), name,
                null, authority);
        em.persist(enterprise);
        return enterprise;
    }

    private void officer(IssuingAuthority authority, String username, String... roles) {
        em.persist(PlatformUser.ofAuthority(authority, "许可证处", username, NO_LOGIN, username,
                DataScope.DEPARTMENT, Set.of(roles)));
    }
}
