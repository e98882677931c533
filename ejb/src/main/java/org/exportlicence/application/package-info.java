/**
 * 申请表 — export-licence applications, from 录入申请 to the second review.
 *
 * <p>Owns {@link org.exportlicence.application.Application} (its state table is
 * {@link org.exportlicence.application.ApplicationAction}), the form and its checks, the number
 * ({@link org.exportlicence.application.ApplicationNumber}) and the enterprise's seal over the content.
 * Services by job: {@code ApplicationEntry} (form, 保存并盖章, 修改, 复制), {@code ApplicationCommands}
 * (上报, 删除, 撤销, 初审, 复审), {@code ApplicationQueries} (lists, one view per detail page), all over
 * the home {@code Applications} (look-ups in the caller's scope). Start reading at {@code Application}.
 */
package org.exportlicence.application;
