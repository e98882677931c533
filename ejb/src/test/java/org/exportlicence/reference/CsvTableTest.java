package org.exportlicence.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = "\uFEFFcode,name,note\r\n1,\"a, b\",\"say \"\"hi\"\"\nagain\"\n2,plain,\n";
        List<Map<String, String>> rows = CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, rows.size());
        assertEquals("1", rows.get(0).get("code"));
        assertEquals("a, b", rows.get(0).get("name"));
        assertEquals("say \"hi\"\nagain", rows.get(0).get("note"));
        assertEquals("", rows.get(1).get("note"));
    }

    @Test
    void everyShippedTableParsesWithItsHeaderWidth() {
        for (String file : List.of(
                "countries.csv",
                "currencies.csv",
                "issuing_authorities.csv",
                "licence_goods_catalogue.csv",
                "payment_methods.csv",
                "ports.csv",
                "price_terms.csv",
                "trade_modes.csv",
                "transport_modes.csv",
                "units.csv")) {
            var in = getClass().getClassLoader().getResourceAsStream("refdata/" + file);
            List<Map<String, String>> rows = CsvTable.read(in);
            assertEquals(true, rows.size() > 5, file);
            rows.forEach(r -> assertEquals(false, r.values().iterator().next() == null, file));
        }
    }
}
