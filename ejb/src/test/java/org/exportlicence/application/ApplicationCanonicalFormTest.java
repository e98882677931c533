package org.exportlicence.application;

import static org.exportlicence.application.ApplicationFixtures.COKE;
import static org.exportlicence.application.ApplicationFixtures.CREATED;
import static org.exportlicence.application.ApplicationFixtures.RICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.exportlicence.reference.ReferenceFixtures;
import org.junit.jupiter.api.Test;

/**
 * The bytes the enterprise's seal signs, pinned: seals already stored were made over exactly these
 * bytes, so any change to {@link ApplicationCanonicalForm} (or to what it reads) breaks every one.
 */
class ApplicationCanonicalFormTest {

    private static String canonical(Application a) {
        return new String(ApplicationCanonicalForm.of(a), StandardCharsets.UTF_8);
    }

    @Test
    void anApplicationWithItsContractIsPinned() {
        Application a = ApplicationFixtures.saved(RICE, "20000");
        a.assignNumber(ApplicationNumber.parse("202600000051").orElseThrow());
        assertEquals("""
                ELP-APPLICATION/1
                application_no=202600000051
                licence_year=2026
                1.exporter_code=9900000000001
                1.exporter_name=测试甲进出口有限公司
                2.consignor_code=9900000000001
                2.consignor_name=测试甲进出口有限公司
                5.trade_mode=一般贸易/0110
                6.contract_no=HT2026-JP-0001
                7.port=0200
                8.country=116
                9.payment_method=LC
                10.transport_mode=海上运输/2
                11.commodity_code=1006302000
                11.commodity_name=长粒米
                12.specification=一级
                13.unit=035
                14.quantity=20000.000
                15.unit_price=0.6500
                15.currency=USD
                16.total=13000.00
                17.usd_rate=1.00000000
                17.total_usd=13000.00
                19.one_batch_one_licence=false
                19.quota_document_no=06-2026-0001
                19.remarks=
                contract.date=2026-02-20
                contract.buyer_name=Tokyo Rice Co.
                contract.buyer_address=Tokyo
                contract.amount=
                contract.currency=
                contract.price_term=
                """, canonical(a));
    }

    @Test
    void emptyItemsAreEmptyValuesAndLineBreaksAreEscaped() {
        ApplicationContent base = ApplicationFixtures.content(COKE, "1234.5", "4.6543", "0.14", null);
        Goods goods = new Goods(
                COKE,
                base.goods().getCommodityCode(),
                null,
                new BigDecimal("1234.5"),
                new BigDecimal("4.6543"),
                ReferenceFixtures.currency("USD"),
                new BigDecimal("0.14"),
                null,
                "a\\b\nc\rd");
        Application a = new Application(
                ApplicationFixtures.enterprise(),
                "c",
                2026,
                CREATED,
                new ApplicationContent(base.trade(), goods, new ContractInfo(null, null, null, null, null, null)));
        a.assignNumber(ApplicationNumber.parse("202600000052").orElseThrow());
        assertEquals("""
                ELP-APPLICATION/1
                application_no=202600000052
                licence_year=2026
                1.exporter_code=9900000000001
                1.exporter_name=测试甲进出口有限公司
                2.consignor_code=9900000000001
                2.consignor_name=测试甲进出口有限公司
                5.trade_mode=一般贸易/0110
                6.contract_no=HT2026-JP-0001
                7.port=0200
                8.country=116
                9.payment_method=LC
                10.transport_mode=海上运输/2
                11.commodity_code=2704001000
                11.commodity_name=焦炭
                12.specification=
                13.unit=035
                14.quantity=1234.500
                15.unit_price=4.6543
                15.currency=USD
                16.total=5745.73
                17.usd_rate=0.14000000
                17.total_usd=804.40
                19.one_batch_one_licence=true
                19.quota_document_no=
                19.remarks=a\\\\b\\nc\\rd
                contract.date=
                contract.buyer_name=
                contract.buyer_address=
                contract.amount=
                contract.currency=
                contract.price_term=
                """, canonical(a));
    }
}
