package vn.hanoi.cooperation.account;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when an OpenID Connect provider is configured ({@code spring.security.oauth2.client.registration.*}):
 * without it the portal has no single sign-on button, endpoint or bean, exactly as before.
 */
class SingleSignOnConfigured implements Condition {

	static final String REGISTRATIONS = "spring.security.oauth2.client.registration";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !Binder.get(context.getEnvironment())
			.bind(REGISTRATIONS, Bindable.mapOf(String.class, Object.class))
			.orElse(Map.of())
			.isEmpty();
	}

}
