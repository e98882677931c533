/** licence-expiry: licences 有效/使用中 past their expiry date become 已过期 and customs is told. */
package org.exportlicence.batch.licence;
