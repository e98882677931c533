package org.exportlicence.document;

import java.util.ArrayList;
import java.util.List;
import org.exportlicence.application.Application;

/**
 * Boxes 1–19 of the licence form, which the application form and the licence share (refdata REPORT
 * §1): the application's content, with the licence number, expiry date and box 19 as the caller
 * has them (empty on an application not yet issued).
 */
final class LicenceFormBoxes {
    private LicenceFormBoxes() {
    }

    static List<PdfWriter.Box> of(Application a, String licenceNo, String expiryDate, String remarks) {
        List<PdfWriter.Box> boxes = new ArrayList<>();
        boxes.add(new PdfWriter.Box("1", "出口商", "Exporter", a.getExporterName() + "  " + a.getExporterCode()));
        boxes.add(new PdfWriter.Box("2", "发货人", "Consignor", a.getConsignorName() + "  " + a.getConsignorCode()));
        boxes.add(new PdfWriter.Box("3", "出口许可证号", "Export licence No.", licenceNo));
        boxes.add(new PdfWriter.Box("4", "出口许可证有效截止日期", "Export licence expiry date", expiryDate));
        boxes.add(new PdfWriter.Box("5", "贸易方式", "Terms of trade", a.getTradeMode().getNameZh()));
        boxes.add(new PdfWriter.Box("6", "合同号", "Contract No.", a.getContractNo()));
        boxes.add(new PdfWriter.Box("7", "报关口岸", "Place of clearance", a.getPort().getCode() + " " + a.getPort().getNameZh()));
        boxes.add(new PdfWriter.Box("8", "进口国（地区）", "Country/Region of purchase",
                a.getCountry().getCode() + " " + a.getCountry().getNameZh()));
        boxes.add(new PdfWriter.Box("9", "付款方式", "Payment conditions", a.getPaymentMethod().getNameZh()));
        boxes.add(new PdfWriter.Box("10", "运输方式", "Mode of transport", a.getTransportMode().getNameZh()));
        boxes.add(new PdfWriter.Box("11", "商品名称 / 商品编码", "Description / Code of goods",
                a.getCommodityName() + "  " + a.getCommodityCode()));
        boxes.add(new PdfWriter.Box("12", "规格、等级", "Specification", a.getSpecification()));
        boxes.add(new PdfWriter.Box("13", "单位", "Unit", a.getUnit().getNameZh()));
        boxes.add(new PdfWriter.Box("14", "数量", "Quantity", a.getQuantity().stripTrailingZeros().toPlainString()));
        boxes.add(new PdfWriter.Box("15", "单价（币别）", "Unit price",
                a.getUnitPrice().stripTrailingZeros().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(new PdfWriter.Box("16", "总值（币别）", "Amount", a.getTotalAmount().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(new PdfWriter.Box("17", "总值折美元", "Amount in USD", a.getTotalUsd().toPlainString()));
        boxes.add(new PdfWriter.Box("18", "总计", "Total", a.getTotalAmount().toPlainString() + " " + a.getCurrency().getCode()));
        boxes.add(new PdfWriter.Box("19", "备注", "Supplementary details", remarks));
        return boxes;
    }
}
