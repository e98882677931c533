package org.exportlicence.customs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** xs:date and xs:dateTime of the customs messages, as the platform's local dates (Asia/Shanghai). */
final class Dates {
    private static final DatatypeFactory FACTORY = factory();

    private Dates() {}

    static XMLGregorianCalendar toXml(LocalDate date) {
        return FACTORY.newXMLGregorianCalendarDate(
                date.getYear(), date.getMonthValue(), date.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }

    static XMLGregorianCalendar toXml(LocalDateTime time) {
        return FACTORY.newXMLGregorianCalendar(time.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")));
    }

    /** The calendar day written in the message; a time zone, if customs sends one, does not move it. */
    static LocalDate fromXml(XMLGregorianCalendar date) {
        return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }

    private static DatatypeFactory factory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
