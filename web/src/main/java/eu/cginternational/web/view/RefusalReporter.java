package eu.cginternational.web.view;

import eu.cginternational.service.error.BusinessException;
import eu.cginternational.service.error.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBTransactionRolledbackException;
import eu.cginternational.service.audit.AuditLog;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/**
 * Turns a refusal of a service into messages on the page instead of an error page: the action
 * returns null, so the same view shows again with the user's input and what to change.
 */
@Interceptor
@ReportsRefusals
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalReporter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    @AroundInvoke
    Object report(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (InvalidInputException e) {
            e.getProblems().forEach(problem -> Messages.addGlobalError(problem.message()));
        } catch (BusinessException e) {
            Messages.addGlobalError(e.getMessageKey(), e.getArguments());
        } catch (EJBAccessException e) {
            audit.recordAccessDenied(invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName());
            Messages.addGlobalError("error.access_denied");
        } catch (EJBTransactionRolledbackException e) {
            if (!causedByLostUpdate(e)) {
                throw e;
            }
            Messages.addGlobalError("error.changed_meanwhile");
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private static boolean causedByLostUpdate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
