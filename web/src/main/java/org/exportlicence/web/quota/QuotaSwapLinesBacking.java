package org.exportlicence.web.quota;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exportlicence.quota.Quota;
import org.exportlicence.quota.QuotaSwap;
import org.exportlicence.quota.QuotaSwapQueries;
import org.exportlicence.reference.CodeEntry;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.web.platform.LocaleSelection;

/**
 * The two quota lines of a swap as the swap pages show them (有色金属钨锑钼配额调换 and the officers'
 * queue): 调出 and 调入, each with the seed's columns 商品, 年度, 类别, 贸易方式, 进口国（地区）,
 * 未使用配额, 总配额. Category names are read once per view and year.
 */
@Named
@ViewScoped
public class QuotaSwapLinesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaSwapQueries queries;

    @Inject
    private LocaleSelection localeSelection;

    private final Map<Integer, Map<String, String>> categoryNames = new HashMap<>();

    /**
     * One line of a swap: 类别 is 调出 or 调入 (as a message key); the amounts are the quota's as they
     * are now, null for a new line the approval has not created yet.
     */
    public record Line(
            String kindKey,
            String documentNo,
            String commodity,
            int year,
            String tradeMode,
            String country,
            BigDecimal unused,
            BigDecimal total,
            String unit)
            implements Serializable {}

    /** The source line, then the receiving one. */
    public List<Line> lines(QuotaSwap swap) {
        Quota from = swap.getFromQuota();
        Quota to = swap.getToQuota();
        Line out = line("quotaSwap.from", from, from.getCategoryCode(), from.getTradeMode(), from.getCountry(), swap);
        Line in = line("quotaSwap.to", to, swap.getToCategoryCode(), swap.getToTradeMode(), swap.getToCountry(), swap);
        return List.of(out, in);
    }

    private Line line(String kindKey, Quota quota, String category, CodeEntry mode, CodeEntry country, QuotaSwap swap) {
        return new Line(
                kindKey,
                quota == null ? null : quota.getDocumentNo(),
                categoryName(swap.getYear(), category),
                swap.getYear(),
                mode == null ? null : mode.name(localeSelection.getLocale()),
                country == null ? null : country.name(localeSelection.getLocale()),
                quota == null ? null : quota.getUnused(),
                quota == null ? null : quota.getTotal(),
                quota == null ? null : quota.getUnit().name(localeSelection.getLocale()));
    }

    /** A category's name in the reader's language ("钨及钨制品"); the code when the catalogue has none. */
    public String categoryName(int year, String code) {
        Map<String, String> names = categoryNames.computeIfAbsent(year, y -> {
            Map<String, String> byCode = new HashMap<>();
            for (CommodityCategory c : queries.categories(y)) {
                byCode.put(c.getCode(), localeSelection.isEnglish() ? c.getNameEn() : c.getNameZh());
            }
            return byCode;
        });
        return names.getOrDefault(code, code);
    }

    /** A quota as the entry form's pick lists show it: number, category, restrictions and unused part. */
    public String quotaLabel(Quota quota) {
        StringBuilder label = new StringBuilder(quota.getDocumentNo())
                .append("  ")
                .append(quota.getYear())
                .append(' ')
                .append(categoryName(quota.getYear(), quota.getCategoryCode()));
        if (quota.getTradeMode() != null) {
            label.append(" / ").append(quota.getTradeMode().name(localeSelection.getLocale()));
        }
        if (quota.getCountry() != null) {
            label.append(" / ").append(quota.getCountry().name(localeSelection.getLocale()));
        }
        return label.append("  ")
                .append(quota.getUnused().stripTrailingZeros().toPlainString())
                .append(" / ")
                .append(quota.getTotal().stripTrailingZeros().toPlainString())
                .append(' ')
                .append(quota.getUnit().name(localeSelection.getLocale()))
                .toString();
    }
}
