package vn.hanoi.cooperation.system;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Room in Thymeleaf's expression cache for every expression of every template. The default holds 500; the
 * portal's templates have about 1,500, so pages kept evicting each other's expressions: each page parsed them
 * again and, with the SpEL compiler on, generated and JIT-compiled new classes for them. Measured on a province
 * page: ~100 ms of compiler CPU per request that never settled.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfiguration {

	static final int EXPRESSION_CACHE_SIZE = 20_000;

	@Bean
	static BeanPostProcessor templateCacheSize() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}
