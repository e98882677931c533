package org.exportlicence.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.ValidationException;

/**
 * A service call the user asked for, as every page runs it: done, the page says so; refused (a
 * {@link BusinessException}), nothing changed and the page shows the refusal in the user's language,
 * beside its input of the form named (every refused input of a {@link ValidationException}), or at
 * the top of the page when the form is null or has no such input. The caller learns which happened.
 */
@RequestScoped
public class UserAction {

    /** A call to a service, which may refuse. */
    @FunctionalInterface
    public interface Call {
        void run();
    }

    @Inject
    private Messages messages;

    /** Runs the call; tells whether it was done. */
    public boolean run(String formId, Call call) {
        return run(formId, call, refusal -> {});
    }

    /** Runs the call; done, shows {@code doneKey} with its arguments. */
    public boolean run(String formId, Call call, String doneKey, Object... arguments) {
        if (!run(formId, call)) {
            return false;
        }
        messages.info(doneKey, arguments);
        return true;
    }

    /** Runs the call; a refusal is also handed to {@code refused}, for a page that reacts to it further. */
    public boolean run(String formId, Call call, Consumer<BusinessException> refused) {
        try {
            call.run();
            return true;
        } catch (BusinessException e) {
            show(e, formId);
            refused.accept(e);
            return false;
        }
    }

    /**
     * Runs the call for a form whose inputs are named differently from the service's fields
     * ({@code inputs}: field → input id); a refusal about any other field shows at the top of the page.
     */
    public boolean run(String formId, Map<String, String> inputs, Call call) {
        try {
            call.run();
            return true;
        } catch (BusinessException e) {
            messages.refusalAt(e, formId, e.field() == null ? null : inputs.get(e.field()));
            return false;
        }
    }

    /** The call's result; null when it was refused. */
    public <T> T result(String formId, Supplier<T> call) {
        return result(formId, call, refusal -> {});
    }

    /** The call's result; null when it was refused, and the refusal is also handed to {@code refused}. */
    public <T> T result(String formId, Supplier<T> call, Consumer<BusinessException> refused) {
        try {
            return call.get();
        } catch (BusinessException e) {
            show(e, formId);
            refused.accept(e);
            return null;
        }
    }

    /**
     * A page action's reads: null when they succeeded, otherwise the refusal's text ("not found" for
     * anything the caller may not see), which the page shows in place of its content.
     */
    public String loadError(Call read) {
        try {
            read.run();
            return null;
        } catch (BusinessException e) {
            return messages.text(e.messageKey(), e.arguments());
        }
    }

    private void show(BusinessException refusal, String formId) {
        if (refusal instanceof ValidationException form) {
            messages.refusals(form, formId);
        } else {
            messages.refusal(refusal, formId);
        }
    }
}
