package vn.pccovid.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access rule of an endpoint: which permissions (any one suffices) and which area rule. Every controller
 * method must carry one, on itself or its class (an architecture test fails the build otherwise); a request to a
 * handler without one is denied. Checked before the handler runs: 401 when a sign-in is needed, 403 when the
 * caller's roles do not allow it. The area part is enforced by the service with {@code Actor.requireCovers} and
 * {@code Scope.sqlPrefix}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Allowed {

	/** Permissions of which the caller needs at least one; empty for {@link AreaRule#PUBLIC} and {@link AreaRule#OWN_DATA}. */
	Permission[] value() default {};

	AreaRule area() default AreaRule.CALLER_SCOPE;
}
