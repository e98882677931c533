package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 贸易方式 — terms of trade (licence box 5). One row per code system; licence wordings have no code. */
@Entity
@Cacheable
@Table(name = "trade_mode")
public class TradeMode extends MultiSystemCode {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_mode_seq")
    @SequenceGenerator(name = "trade_mode_seq", sequenceName = "trade_mode_seq", allocationSize = 50)
    private Long id;

    protected TradeMode() {}

    @Override
    public Object key() {
        return id;
    }

    public Long getId() {
        return id;
    }
}
