package org.exportlicence.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationCommands;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.Goods;
import org.exportlicence.application.SealCheck;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.MessageBundle;
import org.exportlicence.platform.Roles;

/**
 * 打印申请表 / 已打印申请表: the application form as a PDF laid out like the official one (boxes
 * 1–19 numbered, Chinese labels with the licence's English ones) with the enterprise's seal mark;
 * printing sets the printed flag, reprinting is allowed.
 */
@Stateless
public class ApplicationPrinting {

    @EJB
    private ApplicationCommands applications;

    @EJB
    private ApplicationQueries queries;

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed(Roles.ENTERPRISE)
    public byte[] print(String number, int seenVersion) {
        Application a = applications.markPrinted(number, seenVersion);
        SealCheck seal = queries.sealCheck(number);
        List<Licence> licences = em.createQuery("select l from Licence l where l.application = :a", Licence.class)
                .setParameter("a", a)
                .getResultList();
        Licence licence = licences.isEmpty() ? null : licences.get(0);
        Goods g = a.getGoods();
        String remarks = (g.isOneBatchOneLicence() ? "" : MessageBundle.chinese("licence.remarks.multiUse") + " ")
                + (g.getQuotaDocumentNo() == null
                        ? ""
                        : MessageBundle.chinese("licence.remarks.quotaDocument", g.getQuotaDocumentNo()) + " ")
                + (g.getRemarks() == null ? "" : g.getRemarks());
        List<PdfWriter.Box> boxes = LicenceFormBoxes.of(
                a,
                licence == null ? "" : licence.getNumber(),
                licence == null ? "" : licence.getValidity().getExpiryDate().toString(),
                remarks);
        String sealMark = MessageBundle.bilingual("document.application.seal") + ": "
                + (seal.valid()
                        ? MessageBundle.bilingual("document.application.sealValid") + " — " + seal.signer()
                        : MessageBundle.bilingual("document.application.sealInvalid"));
        return PdfWriter.form(
                MessageBundle.chinese("document.application.title"),
                MessageBundle.english("document.application.title"),
                MessageBundle.bilingual("document.application.number") + " " + a.getNumber() + "    "
                        + MessageBundle.chinese("document.application.authority") + " "
                        + a.getAuthority().getNameZh(),
                boxes,
                sealMark);
    }
}
