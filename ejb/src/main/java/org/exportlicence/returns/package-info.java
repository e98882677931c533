/**
 * 许可证退换 — deletion (删除) and write-off (核销) requests for issued licences.
 *
 * <p>Owns {@link org.exportlicence.returns.ReturnRequest} and its two kinds (state table
 * {@link org.exportlicence.returns.RequestAction}). Services by job, as for applications:
 * {@code ReturnEntry} (读入, 保存), {@code ReturnCommands} (上报, 删除, 退回, 审核通过),
 * {@code ReturnQueries} (lists, history), over the home {@code ReturnRequests}. Start at {@code ReturnRequest}.
 */
package org.exportlicence.returns;
