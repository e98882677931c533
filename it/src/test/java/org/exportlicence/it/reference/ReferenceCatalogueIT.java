package org.exportlicence.it.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import org.exportlicence.it.roles.Action;
import org.exportlicence.it.roles.AsEnterprise;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeNameQuery;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.CommodityQuery;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.PaymentMethod;
import org.exportlicence.reference.ReferenceCatalogue;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 参数列表 on the real server and database: the migrations loaded the reference CSVs, the searches filter and page in the database. */
@ExtendWith(ArquillianExtension.class)
class ReferenceCatalogueIT {

    @EJB
    private ReferenceCatalogue catalogue;

    @EJB
    private AsEnterprise asEnterprise;

    private <T> T asClerk(Action<T> action) throws Exception {
        return asEnterprise.call(action);
    }

    @Test
    void everyReferenceTableIsLoadedInFull() throws Exception {
        // Row counts of the shipped CSV files (header excluded; the catalogue without its one line-less category).
        assertEquals(
                243,
                asClerk(() -> catalogue.list(Country.class, PageRequest.countOnly()))
                        .total());
        assertEquals(
                22,
                asClerk(() -> catalogue.list(Currency.class, PageRequest.countOnly()))
                        .total());
        assertEquals(
                43,
                asClerk(() -> catalogue.list(CustomsPort.class, PageRequest.countOnly()))
                        .total());
        assertEquals(
                61,
                asClerk(() -> catalogue.list(IssuingAuthority.class, PageRequest.countOnly()))
                        .total());
        assertEquals(
                9,
                asClerk(() -> catalogue.list(PaymentMethod.class, PageRequest.countOnly()))
                        .total());
        assertEquals(
                133,
                asClerk(() -> catalogue.list(TradeMode.class, PageRequest.countOnly()))
                        .total());
        assertEquals(
                22,
                asClerk(() -> catalogue.list(TransportMode.class, PageRequest.countOnly()))
                        .total());
        assertEquals(
                515,
                asClerk(() -> catalogue.findCommodities(
                                new CommodityQuery(2026, null, null, null), PageRequest.countOnly()))
                        .total());
        assertEquals(44, asClerk(() -> catalogue.categories(2026)).size());
        assertEquals(List.of(2026), asClerk(() -> catalogue.catalogueYears()));
    }

    @Test
    void commoditiesAreFoundByCodeCategoryAndName() throws Exception {
        ResultPage<Commodity> byHsLine = asClerk(() ->
                catalogue.findCommodities(new CommodityQuery(2026, "10063020", null, null), PageRequest.of(0, 20)));
        assertEquals(1, byHsLine.total());
        assertEquals("长粒米精米（粒长＞6毫米或长宽比≥2）", byHsLine.rows().get(0).getNameZh());
        assertEquals("千克", byHsLine.rows().get(0).getUnit().getNameZh());

        ResultPage<Commodity> byLicenceCode = asClerk(() ->
                catalogue.findCommodities(new CommodityQuery(2026, "1006.3020.90", null, null), PageRequest.of(0, 20)));
        assertEquals("10063020", byLicenceCode.rows().get(0).getHsCode());

        ResultPage<Commodity> rice = asClerk(
                () -> catalogue.findCommodities(new CommodityQuery(2026, null, "06", null), PageRequest.of(0, 50)));
        assertEquals(10, rice.total());
        assertTrue(
                rice.rows().stream().allMatch(c -> c.getCategory().getNameZh().equals("大米")));
        assertTrue(rice.rows().stream().allMatch(Commodity::isQuotaManaged));

        ResultPage<Commodity> byName = asClerk(
                () -> catalogue.findCommodities(new CommodityQuery(2026, null, null, "精米"), PageRequest.of(0, 50)));
        assertEquals(
                List.of("10063020", "10063080"),
                byName.rows().stream().map(Commodity::getHsCode).toList());

        ResultPage<Commodity> otherYear = asClerk(
                () -> catalogue.findCommodities(new CommodityQuery(2019, null, null, null), PageRequest.of(0, 50)));
        assertEquals(0, otherYear.total());
    }

    @Test
    void likeWildcardsInInputAreTakenLiterally() throws Exception {
        assertEquals(
                0,
                asClerk(() -> catalogue.findCommodities(
                                new CommodityQuery(2026, null, null, "%精%米"), PageRequest.countOnly()))
                        .total());
        assertEquals(
                0,
                asClerk(() -> catalogue.findCountries(new CodeNameQuery("_", null), PageRequest.countOnly()))
                        .total());
    }

    @Test
    void countriesAndPortsAreFoundByCodeOrByEitherName() throws Exception {
        ResultPage<Country> japan =
                asClerk(() -> catalogue.findCountries(new CodeNameQuery(null, "日本"), PageRequest.of(0, 10)));
        assertEquals("116", japan.rows().get(0).getCode());
        ResultPage<Country> byEnglish =
                asClerk(() -> catalogue.findCountries(new CodeNameQuery(null, "united states"), PageRequest.of(0, 10)));
        assertTrue(byEnglish.rows().stream().anyMatch(c -> c.getCode().equals("502")));
        ResultPage<Country> byCode =
                asClerk(() -> catalogue.findCountries(new CodeNameQuery("14", null), PageRequest.of(0, 50)));
        assertTrue(byCode.rows().stream().allMatch(c -> c.getCode().startsWith("14")));
        assertTrue(byCode.rows().stream().anyMatch(c -> c.getNameZh().equals("中国")));

        ResultPage<CustomsPort> tianjin =
                asClerk(() -> catalogue.findPorts(new CodeNameQuery("0200", null), PageRequest.of(0, 10)));
        assertEquals("天津关区", tianjin.rows().get(0).getNameZh());
        ResultPage<CustomsPort> byName =
                asClerk(() -> catalogue.findPorts(new CodeNameQuery(null, "大连"), PageRequest.of(0, 10)));
        assertEquals("0900", byName.rows().get(0).getCode());
    }

    @Test
    void pagesAreCutAndSortedByTheDatabase() throws Exception {
        ResultPage<Country> first = asClerk(
                () -> catalogue.findCountries(new CodeNameQuery(null, null), new PageRequest(0, 10, "code", false)));
        ResultPage<Country> second = asClerk(
                () -> catalogue.findCountries(new CodeNameQuery(null, null), new PageRequest(10, 10, "code", false)));
        assertEquals(10, first.rows().size());
        assertEquals(243, first.total());
        assertTrue(first.rows().get(9).getCode().compareTo(second.rows().get(0).getCode()) > 0);
        // An attribute that is not a column of the entity never reaches the query.
        ResultPage<Country> unknownSort = asClerk(() -> catalogue.findCountries(
                new CodeNameQuery(null, null), new PageRequest(0, 3, "code; drop table country", true)));
        assertFalse(unknownSort.rows().isEmpty());
    }
}
