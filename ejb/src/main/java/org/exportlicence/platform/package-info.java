/**
 * 平台内核 — the kernel every capability uses instead of copying: roles, refusals the user understands
 * ({@code BusinessException}, {@code ValidationException} with {@code FieldError}s, {@code NotFoundException}),
 * {@code ListQuery} (scope and filters, LIKE taken literally, paging and a whitelisted {@code Sorting} in
 * the database), {@code StaleData} (the version the user saw; a concurrent change as a refusal),
 * {@code Transition}/{@code StateAction} (a state machine as one enum table), the clock and
 * {@code CustomsText}. Depends on no capability. Start at {@code ListQuery}.
 */
package org.exportlicence.platform;
