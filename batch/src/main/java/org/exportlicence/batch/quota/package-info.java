/** quota-reconciliation: every quota of the year against what its licences use; differences reported, never applied. */
package org.exportlicence.batch.quota;
