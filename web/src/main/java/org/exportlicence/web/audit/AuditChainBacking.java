package org.exportlicence.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.exportlicence.audit.AuditChain;
import org.exportlicence.audit.ChainReport;
import org.exportlicence.web.platform.Messages;

/**
 * audit/chain.xhtml — 审计校验: the administrator walks the tamper-evident audit chain and sees either
 * that it is whole (how many events, up to which chain number, when its head was last signed) or the
 * first altered or missing event.
 */
@Named
@ViewScoped
public class AuditChainBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AuditChain chain;

    @Inject
    private Messages messages;

    private ChainReport report;

    public void verify() {
        report = chain.verify();
        if (report.whole()) {
            messages.info("audit.chain.whole", report.checked(), report.headSeq());
        } else {
            messages.error(
                    "audit.chain.problem." + report.problem().kind().name(),
                    report.problem().chainSeq(),
                    report.problem().eventId() == null
                            ? "—"
                            : report.problem().eventId().toString());
        }
    }

    public ChainReport getReport() {
        return report;
    }
}
