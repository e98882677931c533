package org.exportlicence.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.exportlicence.ekey.EKeys;
import org.exportlicence.enterprise.DataScope;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.PasswordPolicy;
import org.exportlicence.enterprise.PlatformUser;
import org.exportlicence.enterprise.Uscc;
import org.exportlicence.platform.ClusterLock;
import org.exportlicence.platform.Roles;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.seal.SealKeys;

/**
 * Demo enterprises with quotas, officers and an administrator for the run command's database. Loaded only when
 * the server sets the system property {@code elp.demo-data=true} (the run and test domains do; a
 * production domain does not), and only once: an existing {@code admin} user means it is done.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "SealKeys"})
// Signs the demo licences through SealKeys as the principal demo-data (role ADMIN, see glassfish-ejb-jar.xml).
@RunAs(Roles.ADMIN)
public class DemoData {
    public static final String PROPERTY = "elp.demo-data";
    /** The password of every demo user; printed by the run command. */
    public static final String DEMO_PASSWORD = "Demo@2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @EJB
    private SealKeys sealKeys;

    @EJB
    private EKeys ekeys;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        // The servers of a cluster start together: one loads the demo data, the others wait and find it there.
        ClusterLock.await(em, ClusterLock.STARTUP);
        Long admins = em.createQuery("select count(u) from PlatformUser u where u.username = 'admin'", Long.class)
                .getSingleResult();
        if (admins > 0) {
            return;
        }
        passwordHash.initialize(PasswordPolicy.HASH_PARAMETERS);
        String hash = passwordHash.generate(DEMO_PASSWORD.toCharArray());

        IssuingAuthority tianjin = em.find(IssuingAuthority.class, "TB-天津");
        IssuingAuthority bureau = em.find(IssuingAuthority.class, "QLB");

        Enterprise grain = enterprise(
                "1201000000001",
                "91120116MA05K8XQ1",
                "天津华粮进出口有限公司",
                "Tianjin Hualiang Import & Export Co., Ltd.",
                tianjin);
        grain.describe(
                "1207960001",
                "天津市滨海新区港城大道88号",
                "88 Gangcheng Avenue, Binhai New Area, Tianjin",
                "300450",
                "王丽",
                "022-25601234",
                "licence@hualiang.example.cn");
        Enterprise energy = enterprise(
                "1101000000002",
                "91110105MA01R2TW3",
                "北京中能煤炭贸易有限公司",
                "Beijing Zhongneng Coal Trading Co., Ltd.",
                bureau);
        energy.describe(
                "1105960002",
                "北京市朝阳区建国路99号",
                "99 Jianguo Road, Chaoyang District, Beijing",
                "100022",
                "李强",
                "010-65001234",
                "export@zhongneng.example.cn");

        em.persist(PlatformUser.ofEnterprise(
                grain, "hualiang", hash, "王丽", DataScope.ORGANISATION, Set.of(Roles.ENTERPRISE)));
        // 赵敏 sees what she entered, 孙杰 what his department (hers too) entered, 王丽 everything of 华粮.
        em.persist(PlatformUser.ofEnterprise(
                grain, "出口业务部", "hualiang2", hash, "赵敏", DataScope.OWN, Set.of(Roles.ENTERPRISE)));
        em.persist(PlatformUser.ofEnterprise(
                grain, "出口业务部", "hualiang3", hash, "孙杰", DataScope.DEPARTMENT, Set.of(Roles.ENTERPRISE)));
        em.persist(PlatformUser.ofEnterprise(
                energy, "zhongneng", hash, "李强", DataScope.ORGANISATION, Set.of(Roles.ENTERPRISE)));

        for (Map.Entry<String, IssuingAuthority> office :
                Map.of("tj", tianjin, "qlb", bureau).entrySet()) {
            String suffix = office.getKey();
            IssuingAuthority authority = office.getValue();
            em.persist(PlatformUser.ofAuthority(
                    authority,
                    "许可证处",
                    "first-" + suffix,
                    hash,
                    "初审经办人（" + suffix.toUpperCase() + "）",
                    DataScope.DEPARTMENT,
                    Set.of(Roles.OFFICER_FIRST)));
            em.persist(PlatformUser.ofAuthority(
                    authority,
                    "许可证处",
                    "second-" + suffix,
                    hash,
                    "复审经办人（" + suffix.toUpperCase() + "）",
                    DataScope.ORGANISATION,
                    Set.of(Roles.OFFICER_SECOND, Roles.ISSUER)));
        }
        // 批处理作业 of 特办天津: watches the nightly and monthly jobs, and does nothing else.
        em.persist(PlatformUser.ofAuthority(
                tianjin, "信息处", "operator-tj", hash, "批处理作业员（TJ）", DataScope.ORGANISATION, Set.of(Roles.OPERATOR)));
        em.persist(PlatformUser.administrator("admin", hash, "系统管理员", Set.of(Roles.ADMIN)));

        new DemoBackOffice(em, hash).load(grain, energy);
        boolean licences = Boolean.getBoolean(DemoLicences.PROPERTY);
        if (licences) {
            new DemoLicences(em, sealKeys).load(grain, energy);
        }
        LOG.info("Demo enterprises, officers, quota officers, administrator and quotas loaded"
                + (licences ? ", with the demo licences of 2025-2026" : ""));
        String ekeyFolder = System.getProperty(DemoEkeys.PROPERTY);
        if (ekeyFolder != null && !ekeyFolder.isBlank()) {
            List<String> demoUsers = em.createQuery(
                            "select u.username from PlatformUser u order by u.username", String.class)
                    .getResultList();
            new DemoEkeys(ekeys).issue(demoUsers, Path.of(ekeyFolder));
        }
    }

    private Enterprise enterprise(
            String code, String usccFirst17, String nameZh, String nameEn, IssuingAuthority authority) {
        Enterprise enterprise = new Enterprise(
                code, Uscc.of(usccFirst17 + Uscc.checkCharacter(usccFirst17)), nameZh, nameEn, authority);
        em.persist(enterprise);
        return enterprise;
    }
}
