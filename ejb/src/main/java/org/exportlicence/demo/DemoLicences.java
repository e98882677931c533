package org.exportlicence.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.exportlicence.application.Application;
import org.exportlicence.application.CarriedOverApplications;
import org.exportlicence.application.CarriedOverApplications.Handlers;
import org.exportlicence.application.CarriedOverApplications.Lines;
import org.exportlicence.enterprise.Enterprise;
import org.exportlicence.licence.CarriedOverLicences;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.quota.Quota;
import org.exportlicence.reference.CodeSystem;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.PaymentMethod;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;
import org.exportlicence.seal.SealKey;
import org.exportlicence.seal.SealKeys;

/**
 * The demo enterprises' licences of 2025-01 … 2026-11, so that 综合查询 and every statistics screen show
 * real figures at the first sign-in: 华粮's rice (its three clerks, so that 本人/本部门/本公司 differ) on the
 * year's rice quota, 渤海焦化's coke, 中能's coal on its coal quota, 津钨's tungsten and 中矿's molybdenum
 * (2026, on their quotas). Real applications and licences: sealed, reviewed, issued and signed on the day,
 * so that they print and verify. Loaded only where {@code elp.demo-licences=true} (the run command's domain). About 140 licences (startup time matters: each is sealed and signed); the same every time (a fixed seed).
 */
final class DemoLicences {
    /** Set by the run command's domain only: the test suite's lists start without this history. */
    static final String PROPERTY = "elp.demo-licences";

    private static final YearMonth FIRST = YearMonth.of(2025, 1);
    private static final YearMonth LAST = YearMonth.of(2026, 11);
    private static final String[] GRAIN_CLERKS = {"hualiang", "hualiang2", "hualiang3"};

    private final EntityManager em;
    private final SealKeys sealKeys;
    private final Random random = new Random(2026);
    private final TradeMode generalTrade;
    private final CustomsPort tianjinPort;
    private final PaymentMethod telegraphic;
    private final TransportMode sea;
    private final Currency usd;
    private final List<Country> grainMarkets;
    private final List<Country> energyMarkets;
    private final Instant signedAt = Instant.now();
    private final DemoFinder finder;
    private int contracts;

    DemoLicences(EntityManager em, SealKeys sealKeys) {
        this.em = em;
        this.sealKeys = sealKeys;
        this.finder = new DemoFinder(em);
        this.generalTrade = em.createQuery(
                        "select t from TradeMode t where t.codeSystem = :licence and t.mapsTo = '0110'",
                        TradeMode.class)
                .setParameter("licence", CodeSystem.LICENCE)
                .getSingleResult();
        this.tianjinPort = em.find(CustomsPort.class, "0200");
        this.telegraphic = em.find(PaymentMethod.class, "REM-TT");
        this.sea = em.createQuery(
                        "select t from TransportMode t where t.codeSystem = :licence and t.nameZh = '海上运输'",
                        TransportMode.class)
                .setParameter("licence", CodeSystem.LICENCE)
                .getSingleResult();
        this.usd = em.find(Currency.class, "USD");
        this.grainMarkets = finder.countries("110", "129", "133", "116", "132");
        this.energyMarkets = finder.countries("116", "133", "141", "112");
    }

    void load(Enterprise grain, Enterprise energy) {
        Enterprise coke = finder.enterprise("1201000000004");
        Enterprise tungsten = finder.enterprise("1201000000003");
        Enterprise molybdenum = finder.enterprise("1101000000005");
        List<Commodity> rice = finder.commodities("06", "10063020", "10063080", "10064020");
        List<Commodity> coking = finder.commodities("33", "27040010");
        List<Commodity> coal = finder.commodities("11", "27011210", "27011290");
        List<Commodity> wolfram = finder.commodities("30");
        List<Commodity> moly = finder.commodities("31");
        Quota rice2025 = finder.lastYearsQuota(grain, "06", "2025-DM-TJ-0001", "2000000", "quota-tj");
        Quota coal2025 = finder.lastYearsQuota(energy, "11", "2025-MT-QLB-0001", "10000000", "quota-qlb");
        Quota rice2026 = finder.quota("2026-DM-TJ-0001");
        Quota coal2026 = finder.quota("2026-MT-QLB-0001");
        Quota tungsten2026 = finder.quota("2026-W-TJ-0001");
        Quota moly2026 = finder.quota("2026-MO-QLB-0001");
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            boolean thisYear = month.getYear() == 2026;
            // One rice licence a month by each of 华粮's clerks: 本人, 本部门 and 本公司 see different figures.
            for (int i = 0; i < GRAIN_CLERKS.length; i++) {
                issue(
                        grain,
                        GRAIN_CLERKS[i],
                        month,
                        i,
                        rice,
                        grainMarkets,
                        thisYear ? rice2026 : rice2025,
                        20000,
                        30000,
                        "0.52",
                        i % 2 == 0 ? "一级" : "二级");
            }
            boolean even = month.getMonthValue() % 2 == 0;
            issue(coke, "bohai", month, 4, coking, energyMarkets, null, 5000, 15000, "0.38", even ? "一级冶金焦" : "二级冶金焦");
            issue(
                    energy,
                    "zhongneng",
                    month,
                    6,
                    coal,
                    energyMarkets,
                    thisYear ? coal2026 : coal2025,
                    50000,
                    150000,
                    "0.11",
                    null);
            if (thisYear) {
                issue(tungsten, "jinwu", month, 8, wolfram, grainMarkets, tungsten2026, 2000, 4000, "38.5", null);
                issue(molybdenum, "zhongkuang", month, 8, moly, energyMarkets, moly2026, 2000, 4000, "41.2", null);
            }
        }
    }

    /** One licence: entered by {@code clerk}, submitted on the month's {@code slot}th working day, issued the next. */
    private void issue(
            Enterprise enterprise,
            String clerk,
            YearMonth month,
            int slot,
            List<Commodity> goods,
            List<Country> markets,
            Quota quota,
            int minQuantity,
            int spread,
            String usdPrice,
            String specification) {
        IssuingAuthority authority = enterprise.getAuthority();
        String office = "QLB".equals(authority.getCode()) ? "qlb" : "tj";
        // Issued by the 9th: a licence issued from 10 December on is one of the next year's.
        LocalDateTime submitted = month.atDay(1 + slot % 8).atTime(9, 30 + slot);
        LocalDateTime issued = submitted.plusDays(1).withHour(15);
        Commodity commodity = goods.get(random.nextInt(goods.size()));
        BigDecimal quantity = BigDecimal.valueOf(minQuantity + 500L * random.nextInt(spread / 500 + 1));
        BigDecimal price = new BigDecimal(usdPrice).add(BigDecimal.valueOf(random.nextInt(8), 2));
        Lines lines = new Lines(
                generalTrade,
                "HT" + month.getYear() + String.format(Locale.ROOT, "%02d", month.getMonthValue()) + "-"
                        + (++contracts),
                tianjinPort,
                markets.get(random.nextInt(markets.size())),
                telegraphic,
                sea,
                commodity,
                specification,
                quantity,
                price,
                usd,
                BigDecimal.ONE,
                quota == null ? null : quota.getDocumentNo());
        Application application = CarriedOverApplications.issued(
                em,
                enterprise,
                month.getYear(),
                new Handlers(clerk, "first-" + office, "second-" + office, "second-" + office),
                submitted,
                issued,
                lines,
                sealKeys.signerFor(
                        SealKey.OwnerType.ENTERPRISE,
                        enterprise.getEnterpriseCode(),
                        "CN=" + enterprise.getNameZh().replace(",", " ") + ", OU=" + enterprise.getEnterpriseCode()
                                + ", O=Export Licence Platform test seals, C=CN"),
                signedAt);
        CarriedOverLicences.issued(
                em,
                application,
                issued,
                quota,
                "second-" + office,
                sealKeys.signerFor(
                        SealKey.OwnerType.AUTHORITY, authority.getCode(), LicenceIssuer.authoritySubject(authority)),
                signedAt);
    }
}
