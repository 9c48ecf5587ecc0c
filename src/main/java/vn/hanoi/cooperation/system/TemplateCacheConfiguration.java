package vn.hanoi.cooperation.system;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Room in Thymeleaf's caches for every template and every expression, so that a warm server parses none again.
 * <ul>
 * <li>Expressions: the default holds 500; the portal's templates have about 1,500, so pages kept evicting each
 * other's expressions: each page parsed them again and, with the SpEL compiler on, generated and JIT-compiled new
 * classes for them. Measured on a province page: ~100 ms of compiler CPU per request that never settled.</li>
 * <li>Templates: the default holds 200, dropping the oldest first. Each page keeps its own copy of the layout and
 * of every fragment it inserts, so the ~110 template files make ~270 entries once five accounts have opened every
 * page they reach (measured by following every link, 29/11/2026): people moving between pages evicted one another's
 * templates, which were then read from the jar and parsed again on a request.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfiguration {

	static final int EXPRESSION_CACHE_SIZE = 20_000;

	static final int TEMPLATE_CACHE_SIZE = 2_000;

	@Bean
	static BeanPostProcessor templateCacheSize() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
					caches.setTemplateCacheMaxSize(TEMPLATE_CACHE_SIZE);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}
