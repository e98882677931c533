package org.exportlicence.web.returns;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.exportlicence.licence.Licence;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.returns.RequestAction;
import org.exportlicence.returns.RequestKind;
import org.exportlicence.returns.ReturnEntry;
import org.exportlicence.returns.ReturnForm;
import org.exportlicence.returns.ReturnQueries;
import org.exportlicence.returns.ReturnRequest;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.PageParameters;
import org.exportlicence.web.platform.UserAction;

/**
 * returns/entry.xhtml?kind=deletion|writeoff — 许可证删除申请 / 许可证核销申请: enter a licence
 * number, 读入 shows the licence, 保存 saves the request (a write-off states its quantity, which must
 * be the quantity customs recorded). With {@code id=…} the page modifies a saved or returned request.
 */
@Named
@ViewScoped
public class ReturnEntryBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ReturnQueries returnQueries;

    @EJB
    private ReturnEntry returnEntry;

    @Inject
    private Messages messages;

    @Inject
    private UserAction actions;

    private String kindParameter;
    private String idParameter;
    private Long id;
    private RequestKind kind;
    private String loadError;
    private String licenceNo;
    private Licence licence;
    private BigDecimal writeOffQuantity;
    private String remarks;
    /** The request being modified, or the one just saved; null while the request is new. */
    private ReturnRequest request;

    /** Page action: a new request of the kind named, or (with an id) the request to modify. */
    public void load() {
        loadError = actions.loadError(() -> {
            id = PageParameters.id(idParameter);
            if (id != null) {
                request = returnQueries.find(id);
                if (!RequestAction.MODIFY.allowedFrom(request.getStatus())) {
                    throw new BusinessException(
                            "returns.error.transition",
                            request.getKind().labelKey(),
                            request.getLicence().getNumber(),
                            request.getStatus().labelKey(),
                            RequestAction.MODIFY.labelKey());
                }
                kind = request.getKind();
                licence = request.getLicence();
                licenceNo = licence.getNumber();
                remarks = request.getRemarks();
                writeOffQuantity = request.getWriteOffQuantity();
            } else {
                kind = RequestKind.named(kindParameter);
                if (kind == null) {
                    throw new BusinessException("error.notFound");
                }
            }
        });
        if (loadError != null) {
            request = null;
        }
    }

    /** 读入: shows the licence with the number entered; a refusal beside the number. */
    public void readIn() {
        licence = actions.result("entry", () -> returnEntry.licence(licenceNo));
        if (licence != null) {
            licenceNo = licence.getNumber();
        }
    }

    /** 保存: a new request, or the modification of the one on the page. */
    public void save() {
        ReturnForm form = new ReturnForm(kind, null, null, licenceNo, writeOffQuantity, remarks);
        ReturnRequest saved =
                actions.result("entry", () -> returnEntry.save(request == null ? form : form.modifying(request)));
        if (saved != null) {
            request = saved;
            licence = request.getLicence();
            messages.info("returns.saved", kind.labelKey(), licence.getNumber());
        }
    }

    public boolean isWriteOff() {
        return kind == RequestKind.WRITE_OFF;
    }

    public String getTitle() {
        if (kind == null) {
            RequestKind named = RequestKind.named(kindParameter);
            return named == null
                    ? messages.text("error.notFound.title")
                    : messages.text("menu.returns." + named.getParameter() + ".entry");
        }
        return messages.text("menu.returns." + kind.getParameter() + ".entry");
    }

    public String getKindParameter() {
        return kindParameter;
    }

    public void setKindParameter(String kindParameter) {
        this.kindParameter = kindParameter;
    }

    /** The id as typed in the address; read in {@link #load()}. */
    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public Long getId() {
        return id;
    }

    public RequestKind getKind() {
        return kind;
    }

    public String getLoadError() {
        return loadError;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public void setLicenceNo(String licenceNo) {
        this.licenceNo = licenceNo;
    }

    public Licence getLicence() {
        return licence;
    }

    public BigDecimal getWriteOffQuantity() {
        return writeOffQuantity;
    }

    public void setWriteOffQuantity(BigDecimal writeOffQuantity) {
        this.writeOffQuantity = writeOffQuantity;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public ReturnRequest getRequest() {
        return request;
    }
}
