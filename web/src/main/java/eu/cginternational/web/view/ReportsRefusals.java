package eu.cginternational.web.view;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an action (or a bean whose methods are all actions) that shows a refused service call as
 * translated messages on the same page. Not for page loads: a record that cannot be shown must
 * lead to the error page, not to an empty form.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReportsRefusals {
}
