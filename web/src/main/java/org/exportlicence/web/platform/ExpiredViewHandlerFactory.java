package org.exportlicence.web.platform;

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
 * nothing and is not a server error: it is sent to the 页面已过期 page (a redirect, for Ajax as a
 * partial response).
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
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
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

        /**
         * A redirect, also for a whole-page post: rendering the page in answer to the post would make
         * PrimeFaces check the post for the page's CSP nonce, which a forged post lacks.
         */
        private static void showExpiredPage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
