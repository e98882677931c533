package org.exportlicence.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import org.exportlicence.enterprise.DataScope;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.enterprise.Ownership;
import org.exportlicence.enterprise.PlatformUser;
import org.exportlicence.enterprise.Uscc;
import org.exportlicence.platform.Roles;
import org.exportlicence.quota.CarriedOverSwaps;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * The back office's demo data: non-ferrous metal exporters in two authorities' regions, the quota
 * officers of both, and the year's quotas of rice, corn, coal, tungsten, antimony and molybdenum, so
 * that 配额管理, 钨锑钼配额调换 and the statistics screens show something right after the run command.
 * Coke has no quota: the 2026 catalogue issues it on licence alone (its 专项 screens are licence queries).
 */
final class DemoBackOffice {
    private static final int YEAR = 2026;

    private final EntityManager em;
    private final String hash;
    private final IssuingAuthority tianjin;
    private final IssuingAuthority bureau;
    private final UnitOfMeasure kilogram;

    DemoBackOffice(EntityManager em, String hash) {
        this.em = em;
        this.hash = hash;
        this.tianjin = em.find(IssuingAuthority.class, "TB-天津");
        this.bureau = em.find(IssuingAuthority.class, "QLB");
        this.kilogram = em.find(UnitOfMeasure.class, "035");
    }

    void load(Enterprise grain, Enterprise energy) {
        em.persist(PlatformUser.ofAuthority(
                tianjin, "配额处", "quota-tj", hash, "配额管理员（TJ）", DataScope.ORGANISATION, Set.of(Roles.QUOTA_OFFICER)));
        em.persist(PlatformUser.ofAuthority(
                bureau, "配额处", "quota-qlb", hash, "配额许可证事务局配额处", DataScope.ORGANISATION, Set.of(Roles.QUOTA_OFFICER)));

        Enterprise tungsten = enterprise(
                "1201000000003",
                "91120118MA05W3JTQ",
                "天津津钨有色金属进出口有限公司",
                "Tianjin Jinwu Non-ferrous Metals I/E Co., Ltd.",
                tianjin);
        tungsten.describe(
                "1207960003",
                "天津市西青区中北镇有色路6号",
                "6 Youse Road, Zhongbei Town, Xiqing District, Tianjin",
                "300112",
                "陈刚",
                "022-27901234",
                "export@jinwu.example.cn");
        Enterprise coke = enterprise(
                "1201000000004", "91120116MA06BHJH2", "天津渤海焦化贸易有限公司", "Tianjin Bohai Coking Trade Co., Ltd.", tianjin);
        coke.describe(
                "1207960004",
                "天津市滨海新区临港经济区渤海路18号",
                "18 Bohai Road, Lingang Economic Zone, Tianjin",
                "300452",
                "刘洋",
                "022-25781234",
                "trade@bohaicoke.example.cn");
        Enterprise molybdenum = enterprise(
                "1101000000005",
                "91110108MA02KYJT4",
                "北京中矿钼业进出口有限公司",
                "Beijing Zhongkuang Molybdenum I/E Co., Ltd.",
                bureau);
        molybdenum.describe(
                "1105960005",
                "北京市海淀区学院路30号",
                "30 Xueyuan Road, Haidian District, Beijing",
                "100083",
                "张伟",
                "010-62301234",
                "export@zhongkuang.example.cn");
        clerk(tungsten, "jinwu", "陈刚");
        clerk(coke, "bohai", "刘洋");
        clerk(molybdenum, "zhongkuang", "张伟");

        TradeMode general = customsTradeMode("0110");
        TradeMode processing = customsTradeMode("0615");
        Country japan = em.find(Country.class, "116");
        Country netherlands = em.find(Country.class, "309");
        // The quotas of grain and coal the enterprises had before; each allocated by its authority's quota officer.
        quota(grain, "大米", "2026-DM-TJ-0001", "2000000", null, null, "quota-tj");
        quota(grain, "玉米", "2026-YM-TJ-0002", "5000000", null, null, "quota-tj");
        quota(energy, "煤炭", "2026-MT-QLB-0001", "10000000", null, null, "quota-qlb");
        Quota w1 = quota(tungsten, "钨及钨制品", "2026-W-TJ-0001", "800000", general, null, "quota-tj");
        Quota w2 = quota(tungsten, "钨及钨制品", "2026-W-TJ-0002", "300000", processing, null, "quota-tj");
        Quota sb = quota(tungsten, "锑及锑制品", "2026-SB-TJ-0001", "200000", general, japan, "quota-tj");
        quota(tungsten, "钼及钼制品", "2026-MO-TJ-0001", "500000", general, null, "quota-tj");
        Quota mo1 = quota(molybdenum, "钼及钼制品", "2026-MO-QLB-0001", "600000", general, null, "quota-qlb");
        Quota mo2 = quota(molybdenum, "钼及钼制品", "2026-MO-QLB-0002", "150000", processing, netherlands, "quota-qlb");
        quota(molybdenum, "钨及钨制品", "2026-W-QLB-0001", "250000", general, null, "quota-qlb");

        // 钨锑钼配额调换: two decided in spring, one waiting for each authority's quota officer.
        swap(w1, w2, "50000", "进料加工合同增加，调入加工贸易配额", LocalDateTime.of(YEAR, 3, 12, 10, 0), "quota-tj");
        swap(mo1, mo2, "30000", "荷兰客户订单增加", LocalDateTime.of(YEAR, 4, 8, 14, 30), "quota-qlb");
        swap(w1, sb, "20000", "日本客户改订锑制品", LocalDateTime.of(YEAR, 11, 20, 9, 15), null);
        swap(mo2, mo1, "10000", "加工合同取消，调回一般贸易", LocalDateTime.of(YEAR, 11, 25, 16, 0), null);
    }

    private void swap(Quota from, Quota to, String quantity, String reason, LocalDateTime filedAt, String officer) {
        Enterprise enterprise = from.getEnterprise();
        String clerk = enterprise.getEnterpriseCode().equals("1201000000003") ? "jinwu" : "zhongkuang";
        em.persist(CarriedOverSwaps.swap(
                Ownership.of(enterprise, from.getAuthority(), clerk),
                from,
                to,
                new BigDecimal(quantity),
                reason,
                filedAt,
                officer));
    }

    private Enterprise enterprise(
            String code, String usccFirst17, String nameZh, String nameEn, IssuingAuthority authority) {
        Enterprise enterprise = new Enterprise(
                code, Uscc.of(usccFirst17 + Uscc.checkCharacter(usccFirst17)), nameZh, nameEn, authority);
        em.persist(enterprise);
        return enterprise;
    }

    private void clerk(Enterprise enterprise, String username, String name) {
        em.persist(PlatformUser.ofEnterprise(
                enterprise, username, hash, name, DataScope.ORGANISATION, Set.of(Roles.ENTERPRISE)));
    }

    private Quota quota(
            Enterprise enterprise,
            String category,
            String documentNo,
            String total,
            TradeMode tradeMode,
            Country country,
            String officer) {
        String code = em.createQuery(
                        "select c.code from CommodityCategory c where c.catalogueYear = :year and c.nameZh = :name",
                        String.class)
                .setParameter("year", YEAR)
                .setParameter("name", category)
                .getSingleResult();
        IssuingAuthority authority = "quota-qlb".equals(officer) ? bureau : tianjin;
        Quota quota = new Quota(enterprise, YEAR, code, documentNo, kilogram, new BigDecimal(total))
                .allocatedBy(authority, tradeMode, country, officer, LocalDateTime.of(YEAR, 1, 5, 9, 0));
        em.persist(quota);
        return quota;
    }

    /** A restriction names the customs trade mode (监管方式); a licence's box-5 wording maps to it. */
    private TradeMode customsTradeMode(String code) {
        return em.createQuery(
                        "select t from TradeMode t where t.codeSystem = :customs and t.code = :code", TradeMode.class)
                .setParameter("customs", CodeSystem.CUSTOMS)
                .setParameter("code", code)
                .getSingleResult();
    }
}
