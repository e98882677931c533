package org.exportlicence.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A post whose view state is unknown (expired, forged or missing: a cross-site post) changes
 * nothing and is not a server error: it answers 400 with the 页面已过期 page, or, to an Ajax
 * request, a redirect to that page (an Ajax response cannot be a whole page).
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {
    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }

    static final class ExpiredViewHandler extends ExceptionHandlerWrapper {
        ExpiredViewHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                if (expired(events.next().getContext().getException())) {
                    events.remove();
                    showExpiredPage(FacesContext.getCurrentInstance());
                    break;
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void showExpiredPage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            try {
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
                    faces.responseComplete();
                    return;
                }
                external.setResponseStatus(400);
                faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, EXPIRED_PAGE));
                faces.getPartialViewContext().setRenderAll(true);
                faces.renderResponse();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw new FacesException(e);
            }
        }
    }
}
