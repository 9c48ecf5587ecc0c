package vn.hanoi.cooperation.audit;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;


/**
 * Logs every change an administrator makes under {@code /admin/**}, present or future, without each controller
 * having to: a write that ends in a redirect (post/redirect/get) succeeded. Controllers marked
 * {@link ExplicitlyAudited} log their own, more telling events.
 */
@Configuration(proxyBeanMethods = false)
class AdminActionAudit implements WebMvcConfigurer, HandlerInterceptor {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final AuditLog auditLog;

	AdminActionAudit(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/admin/**");
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (ex == null && WRITES.contains(request.getMethod()) && response.getStatus() / 100 == 3
				&& handler instanceof HandlerMethod method
				&& !method.getBeanType().isAnnotationPresent(ExplicitlyAudited.class)) {
			String target = request.getMethod() + " " + request.getRequestURI();
			this.auditLog.record(SecurityEventType.ADMIN_ACTION,
					SecurityDetail.of(target, "audit.detail.adminAction", target));
		}
	}

}
