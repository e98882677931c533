package org.exportlicence.it.licence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.exportlicence.licence.Licence;

/**
 * Licences and their usage lines as they are in the database, and the reaches below the services a
 * licence test needs (a corrupt status, a tampered licence).
 * Deployed inside the EJB module, beside the persistence unit.
 */
@Stateless
@PermitAll
public class LicenceFixtures {
    @PersistenceContext
    private EntityManager em;

    /** A licence as it is in the database now. */
    public Licence licenceNamed(String licenceNumber) {
        Licence licence = em.createQuery("select l from Licence l where l.number.value = :no", Licence.class)
                .setParameter("no", licenceNumber)
                .getSingleResult();
        em.refresh(licence);
        return licence;
    }

    /** Licences generated from one application (0 or 1). */
    public long licencesOf(String applicationNumber) {
        return em.createQuery("select count(l) from Licence l where l.application.number.value = :no", Long.class)
                .setParameter("no", applicationNumber)
                .getSingleResult();
    }

    /** Usage lines (customs declarations) recorded for a licence. */
    public long usageLines(String licenceNumber) {
        return em.createQuery("select count(u) from UsageLine u where u.licence.number.value = :no", Long.class)
                .setParameter("no", licenceNumber)
                .getSingleResult();
    }

    /** Usage lines of all licences. */
    public long allUsageLines() {
        return em.createQuery("select count(u) from UsageLine u", Long.class).getSingleResult();
    }

    /** Writes a raw status value into a licence row (a value no code writes: a corrupt row). */
    public int setRawLicenceStatus(String licenceNumber, String status) {
        return em.createNativeQuery("UPDATE licence SET status = ? WHERE licence_no = ?")
                .setParameter(1, status)
                .setParameter(2, licenceNumber)
                .executeUpdate();
    }

    /** Changes an issued licence's quantity behind the services' back. */
    public int tamperLicence(String licenceNumber) {
        return em.createNativeQuery("UPDATE licence SET quantity = quantity + 1 WHERE licence_no = ?")
                .setParameter(1, licenceNumber)
                .executeUpdate();
    }

    /** Moves an issued licence's expiry date (box 4), as time passing would make it due to expire. */
    public int setExpiryDate(String licenceNumber, java.time.LocalDate expiryDate) {
        return em.createNativeQuery("UPDATE licence SET expiry_date = ? WHERE licence_no = ?")
                .setParameter(1, expiryDate)
                .setParameter(2, licenceNumber)
                .executeUpdate();
    }
}
