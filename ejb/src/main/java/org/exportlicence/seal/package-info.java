/**
 * 电子签章 — Bouncy Castle: the test CA, enterprises' seals and authorities' signing keys
 * ({@code SealKeys}), and the SM2/SM3 CMS signatures and verification ({@code SmCrypto}).
 */
package org.exportlicence.seal;
