package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** 运输方式 — mode of transport when the goods leave China (licence box 10). */
@Entity
@Cacheable
@Table(name = "transport_mode")
public class TransportMode extends MultiSystemCode {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transport_mode_seq")
    @SequenceGenerator(name = "transport_mode_seq", sequenceName = "transport_mode_seq", allocationSize = 50)
    private Long id;

    protected TransportMode() {}

    @Override
    public Object key() {
        return id;
    }

    public Long getId() {
        return id;
    }
}
