package org.exportlicence.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exportlicence.audit.AuditSubject;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;

/**
 * 参数列表 — reads the code tables and the commodity catalogue, a page at a time, filtered and sorted
 * by the database. Everyone signed in may read; only the administrator may change a name.
 */
@Stateless
@RolesAllowed({
    Roles.ENTERPRISE,
    Roles.OFFICER_FIRST,
    Roles.OFFICER_SECOND,
    Roles.ISSUER,
    Roles.QUOTA_OFFICER,
    Roles.ADMIN,
    Roles.OPERATOR
})
public class ReferenceCatalogue {
    /** The code tables whose names the administrator may edit (what the 参数列表 screens list). */
    private static final Set<Class<? extends CodeEntry>> EDITABLE = Set.of(
            Country.class,
            Currency.class,
            UnitOfMeasure.class,
            PaymentMethod.class,
            CustomsPort.class,
            IssuingAuthority.class,
            PriceTerm.class,
            TradeMode.class,
            TransportMode.class);

    private static final int MAX_NAME_ZH = 100;
    private static final int MAX_NAME_EN = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** 商品目录: by year (required), HS code or licence code prefix, 商品大类码, and name. */
    public ResultPage<Commodity> findCommodities(CommodityQuery query, PageRequest page) {
        return find(Commodity.class, page, "hsCode", (cb, root) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("catalogueYear"), query.year()));
            String code = CommodityCode.searchPrefix(query.code());
            if (code != null) {
                where.add(cb.like(root.get("hsCode"), escape(code) + "%", '\\'));
            }
            if (hasText(query.categoryCode())) {
                where.add(
                        cb.equal(root.get("categoryCode"), query.categoryCode().trim()));
            }
            if (hasText(query.name())) {
                where.add(cb.like(root.get("nameZh"), "%" + escape(query.name().trim()) + "%", '\\'));
            }
            return where;
        });
    }

    /** 国别（地区）代码: by code prefix and/or a part of the Chinese or English name. */
    public ResultPage<Country> findCountries(CodeNameQuery query, PageRequest page) {
        return find(Country.class, page, "code", (cb, root) -> codeAndName(cb, root, query));
    }

    /** 口岸代码: by code prefix and/or a part of the Chinese or English name. */
    public ResultPage<CustomsPort> findPorts(CodeNameQuery query, PageRequest page) {
        return find(CustomsPort.class, page, "code", (cb, root) -> codeAndName(cb, root, query));
    }

    /** The list screens without filters (贸易方式, 支付方式, 运输方式, 货币代码, 发证机构). */
    public <T extends CodeEntry> ResultPage<T> list(Class<T> type, PageRequest page) {
        requireCodeTable(type);
        return find(
                type,
                page,
                type == TradeMode.class || type == TransportMode.class ? "id" : "code",
                (cb, root) -> List.of());
    }

    /** The catalogue years on record, newest first. */
    public List<Integer> catalogueYears() {
        return em.createQuery(
                        "select distinct c.catalogueYear from CommodityCategory c order by c.catalogueYear desc",
                        Integer.class)
                .getResultList();
    }

    /** The 商品大类 of one year's catalogue, in code order. */
    public List<CommodityCategory> categories(int year) {
        return em.createQuery(
                        "select c from CommodityCategory c where c.catalogueYear = :year order by c.code",
                        CommodityCategory.class)
                .setParameter("year", year)
                .getResultList();
    }

    /**
     * Corrects the Chinese and English name of a code table row. The version the editor saw must
     * still be current, so that two administrators never overwrite each other unseen.
     */
    @RolesAllowed(Roles.ADMIN)
    public <T extends CodeEntry> T rename(Class<T> type, Object key, int seenVersion, String nameZh, String nameEn) {
        requireCodeTable(type);
        String zh = nameZh == null ? "" : nameZh.strip();
        String en = nameEn == null ? "" : nameEn.strip();
        if (zh.isEmpty()) {
            throw BusinessException.atField("nameZh", "error.required");
        }
        if (en.isEmpty()) {
            throw BusinessException.atField("nameEn", "error.required");
        }
        if (zh.length() > MAX_NAME_ZH) {
            throw BusinessException.atField("nameZh", "error.tooLong", MAX_NAME_ZH);
        }
        if (en.length() > MAX_NAME_EN) {
            throw BusinessException.atField("nameEn", "error.tooLong", MAX_NAME_EN);
        }
        if (zh.chars().anyMatch(Character::isISOControl) || en.chars().anyMatch(Character::isISOControl)) {
            throw new BusinessException("error.controlCharacters");
        }
        T entry = em.find(type, key, LockModeType.OPTIMISTIC);
        if (entry == null) {
            throw new NotFoundException();
        }
        if (entry.getVersion() != seenVersion) {
            throw new BusinessException("error.staleData");
        }
        String before = entry.getNameZh() + " / " + entry.getNameEn();
        entry.rename(zh, en);
        em.flush();
        audit.record(AuditSubject.of(type.getSimpleName(), key), "RENAME", before, zh + " / " + en, null);
        return entry;
    }

    private static List<Predicate> codeAndName(CriteriaBuilder cb, Root<?> root, CodeNameQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (hasText(query.code())) {
            where.add(cb.like(root.get("code"), escape(query.code().trim()) + "%", '\\'));
        }
        if (hasText(query.name())) {
            String part = "%" + escape(query.name().trim().toLowerCase(Locale.ROOT)) + "%";
            where.add(
                    cb.or(cb.like(root.get("nameZh"), part, '\\'), cb.like(cb.lower(root.get("nameEn")), part, '\\')));
        }
        return where;
    }

    private <T> ResultPage<T> find(Class<T> type, PageRequest page, String defaultSort, Filter<T> filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filter.where(cb, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();
        if (page.isCountOnly() || total == 0) {
            return new ResultPage<>(List.of(), total);
        }

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root).where(filter.where(cb, root).toArray(Predicate[]::new));
        Path<?> sort = root.get(sortable(type, page.sortField(), defaultSort));
        Path<?> tieBreak = root.get(defaultSort);
        select.orderBy(page.ascending() ? cb.asc(sort) : cb.desc(sort), cb.asc(tieBreak));
        TypedQuery<T> rows = em.createQuery(select).setFirstResult(page.first()).setMaxResults(page.size());
        return new ResultPage<>(rows.getResultList(), total);
    }

    /** A sort field only reaches the query if it is a plain attribute of the entity. */
    private <T> String sortable(Class<T> type, String field, String fallback) {
        if (field == null || field.isBlank()) {
            return fallback;
        }
        EntityType<T> entity = em.getMetamodel().entity(type);
        return entity.getSingularAttributes().stream()
                .filter(a -> a.getName().equals(field) && !a.isAssociation())
                .findFirst()
                .map(a -> field)
                .orElse(fallback);
    }

    private static void requireCodeTable(Class<?> type) {
        if (!EDITABLE.contains(type)) {
            throw new IllegalArgumentException("Not a code table: " + type);
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String escape(String likeText) {
        return likeText.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @FunctionalInterface
    private interface Filter<T> {
        List<Predicate> where(CriteriaBuilder cb, Root<T> root);
    }
}
