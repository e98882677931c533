package org.exportlicence.document;

import java.util.ArrayList;
import java.util.List;
import org.exportlicence.application.Application;
import org.exportlicence.application.Goods;
import org.exportlicence.application.TradeTerms;
import org.exportlicence.platform.MessageBundle;

/**
 * Boxes 1–19 of the licence form, which the application form and the licence share (refdata REPORT
 * §1): the application's content, with the licence number, expiry date and box 19 as the caller
 * has them (empty on an application not yet issued). The labels are the bundle's document.box.N,
 * printed in Chinese with the English below, as on the official form.
 */
final class LicenceFormBoxes {
    private LicenceFormBoxes() {}

    static List<PdfWriter.Box> of(Application a, String licenceNo, String expiryDate, String remarks) {
        TradeTerms t = a.getTrade();
        Goods g = a.getGoods();
        List<PdfWriter.Box> boxes = new ArrayList<>();
        boxes.add(box("1", a.getExporterName() + "  " + a.getExporterCode()));
        boxes.add(box("2", t.getConsignorName() + "  " + t.getConsignorCode()));
        boxes.add(box("3", licenceNo));
        boxes.add(box("4", expiryDate));
        boxes.add(box("5", t.getTradeMode().getNameZh()));
        boxes.add(box("6", t.getContractNo()));
        boxes.add(box("7", t.getPort().getCode() + " " + t.getPort().getNameZh()));
        boxes.add(box("8", t.getCountry().getCode() + " " + t.getCountry().getNameZh()));
        boxes.add(box("9", t.getPaymentMethod().getNameZh()));
        boxes.add(box("10", t.getTransportMode().getNameZh()));
        boxes.add(box("11", g.getCommodityName() + "  " + g.getCommodityCode()));
        boxes.add(box("12", g.getSpecification()));
        boxes.add(box("13", g.getUnit().getNameZh()));
        boxes.add(box("14", g.getQuantity().stripTrailingZeros().toPlainString()));
        boxes.add(box(
                "15",
                g.getUnitPrice().stripTrailingZeros().toPlainString() + " "
                        + g.getCurrency().getCode()));
        boxes.add(box(
                "16", g.getTotalAmount().toPlainString() + " " + g.getCurrency().getCode()));
        boxes.add(box("17", g.getTotalUsd().toPlainString()));
        boxes.add(box(
                "18", g.getTotalAmount().toPlainString() + " " + g.getCurrency().getCode()));
        boxes.add(box("19", remarks));
        return boxes;
    }

    /** Box {@code number} with its labels in both languages. */
    static PdfWriter.Box box(String number, String value) {
        String label = "document.box." + number;
        return new PdfWriter.Box(number, MessageBundle.chinese(label), MessageBundle.english(label), value);
    }
}
