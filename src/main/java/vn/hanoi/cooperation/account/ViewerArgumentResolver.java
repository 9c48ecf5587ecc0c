package vn.hanoi.cooperation.account;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take a {@link Viewer} parameter; the request attribute keeps it to one build per request. */
@Configuration(proxyBeanMethods = false)
class ViewerArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private static final String ATTRIBUTE = Viewer.class.getName();

	private final Viewers viewers;

	ViewerArgumentResolver(Viewers viewers) {
		this.viewers = viewers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Viewer.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		Object cached = request.getAttribute(ATTRIBUTE, NativeWebRequest.SCOPE_REQUEST);
		if (cached != null) {
			return cached;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)) {
			// Only public pages (login, errors) have no user; security keeps every other page behind login.
			return null;
		}
		Viewer viewer = this.viewers.of(user);
		request.setAttribute(ATTRIBUTE, viewer, NativeWebRequest.SCOPE_REQUEST);
		return viewer;
	}

}
