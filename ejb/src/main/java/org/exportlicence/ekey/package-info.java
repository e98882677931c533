/**
 * 电子钥匙 — e-keys: the platform's e-key CA ({@link org.exportlicence.ekey.EkeyAuthority}), the e-keys it
 * issued to users ({@link org.exportlicence.ekey.UserCertificate}), issuing, renewing, revoking and the
 * check of a certificate presented at sign-in ({@link org.exportlicence.ekey.EKeys}). Depends on the
 * kernel and the audit trail.
 */
package org.exportlicence.ekey;
