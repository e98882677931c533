/**
 * 打印 — printable documents: the application form (打印申请表) and the signed licence PDF with its
 * QR verification code. Reads applications and licences; owns no entity. Start at {@code LicenceDocument}.
 */
package org.exportlicence.document;
