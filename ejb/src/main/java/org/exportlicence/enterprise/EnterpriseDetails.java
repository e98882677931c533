package org.exportlicence.enterprise;

import java.io.Serializable;

/** 申请企业信息 as the enterprise edits it: everything but its 13-character enterprise code. */
public class EnterpriseDetails implements Serializable {
    private static final long serialVersionUID = 1L;

    private int version;
    private String nameZh;
    private String nameEn;
    private String uscc;
    private String customsCode;
    private String addressZh;
    private String addressEn;
    private String postalCode;
    private String contactPerson;
    private String phone;
    private String email;

    public static EnterpriseDetails of(Enterprise e) {
        EnterpriseDetails d = new EnterpriseDetails();
        d.fill(e);
        return d;
    }

    /** Takes the enterprise's data as it is now. */
    protected void fill(Enterprise e) {
        version = e.getVersion();
        nameZh = e.getNameZh();
        nameEn = e.getNameEn();
        uscc = e.getUscc().value();
        customsCode = e.getCustomsCode();
        addressZh = e.getAddressZh();
        addressEn = e.getAddressEn();
        postalCode = e.getPostalCode();
        contactPerson = e.getContactPerson();
        phone = e.getPhone();
        email = e.getEmail();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getUscc() {
        return uscc;
    }

    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public String getCustomsCode() {
        return customsCode;
    }

    public void setCustomsCode(String customsCode) {
        this.customsCode = customsCode;
    }

    public String getAddressZh() {
        return addressZh;
    }

    public void setAddressZh(String addressZh) {
        this.addressZh = addressZh;
    }

    public String getAddressEn() {
        return addressEn;
    }

    public void setAddressEn(String addressEn) {
        this.addressEn = addressEn;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
