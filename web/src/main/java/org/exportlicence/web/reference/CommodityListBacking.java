package org.exportlicence.web.reference;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.reference.CommodityQuery;
import org.exportlicence.reference.ReferenceCatalogue;
import org.exportlicence.web.platform.ListBacking;

/**
 * reference/commodities.xhtml — 商品目录: search by 年度, 商品代码 (HS line or 10-digit licence code),
 * 商品大类码 and 商品名称. Query only; the catalogue changes by announcement, i.e. by migration.
 */
@Named
@ViewScoped
public class CommodityListBacking extends ListBacking<Commodity> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ReferenceCatalogue catalogue;

    @Inject
    private transient Clock clock;

    private List<Integer> years;
    private int year;
    private String code;
    private String categoryCode;
    private String name;
    private List<CommodityCategory> categories;

    @PostConstruct
    void init() {
        years = catalogue.catalogueYears();
        int current = LocalDate.now(clock).getYear();
        year = years.contains(current) || years.isEmpty() ? current : years.get(0);
        categories = catalogue.categories(year);
    }

    @Override
    protected ResultPage<Commodity> rows(PageRequest page) {
        return catalogue.findCommodities(new CommodityQuery(year, code, categoryCode, name), page);
    }

    @Override
    protected String rowKey(Commodity row) {
        return String.valueOf(row.getId());
    }

    /** A different year has different categories. */
    public void yearChanged() {
        categories = catalogue.categories(year);
        categoryCode = null;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<CommodityCategory> getCategories() {
        return categories;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
