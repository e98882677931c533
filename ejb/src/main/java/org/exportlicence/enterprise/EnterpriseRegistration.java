package org.exportlicence.enterprise;

import java.util.ArrayList;
import java.util.List;

/**
 * 企业登记 as the officer or administrator fills it in: 申请企业信息 plus what only the registry sets —
 * the 13-character enterprise code (发货人代码, fixed once registered), the issuing authority
 * responsible and, for a new enterprise, its first departments.
 */
public class EnterpriseRegistration extends EnterpriseDetails {
    private static final long serialVersionUID = 1L;

    private String enterpriseCode;
    private String authorityCode;
    private List<String> departments = new ArrayList<>();

    /** An empty form for a new enterprise of the authority given (null: to be chosen). */
    public static EnterpriseRegistration blank(String authorityCode) {
        EnterpriseRegistration r = new EnterpriseRegistration();
        r.authorityCode = authorityCode;
        return r;
    }

    /** The enterprise as registered now; reads its departments (call within the transaction). */
    public static EnterpriseRegistration of(Enterprise e) {
        EnterpriseRegistration r = new EnterpriseRegistration();
        r.fill(e);
        r.enterpriseCode = e.getEnterpriseCode();
        r.authorityCode = e.getAuthority().getCode();
        r.departments = new ArrayList<>(e.getDepartments());
        return r;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }

    public String getAuthorityCode() {
        return authorityCode;
    }

    public void setAuthorityCode(String authorityCode) {
        this.authorityCode = authorityCode;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public void setDepartments(List<String> departments) {
        this.departments = departments == null ? new ArrayList<>() : new ArrayList<>(departments);
    }
}
