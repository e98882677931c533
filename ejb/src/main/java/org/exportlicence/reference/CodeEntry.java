package org.exportlicence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Locale;

/** What every code table row has: a Chinese and an English name, and a version for safe edits. */
@MappedSuperclass
public abstract class CodeEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Version
    private int version;

    protected CodeEntry() {}

    protected CodeEntry(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The row's key, as the screens and the audit trail show it. */
    public abstract Object key();

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getVersion() {
        return version;
    }

    /** The name in the reader's language: Chinese unless the reader chose English. */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    void rename(String newNameZh, String newNameEn) {
        this.nameZh = newNameZh;
        this.nameEn = newNameEn;
    }
}
