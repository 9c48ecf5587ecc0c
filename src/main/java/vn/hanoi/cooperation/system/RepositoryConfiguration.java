package vn.hanoi.cooperation.system;

import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.config.BootstrapMode;

import vn.hanoi.cooperation.CooperationPortalApplication;

/**
 * The portal's repositories, as Spring Boot would set them up, with two changes for the start-up (README,
 * "Start-up"): {@link PlainQueryRewriting}, and Hibernate started on a thread of its own while the rest of the
 * application is built, its repositories made ready right after the web server opens ({@code DEFERRED}: Hibernate
 * parsing their 39 queries was 1.5 s of the main thread). The application is reported ready, and a load balancer
 * sends it users, only once every repository is; a broken query still stops the start. A separate configuration
 * class, not an annotation on the application, so that test slices keep their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = CooperationPortalApplication.class,
		queryEnhancerSelector = PlainQueryRewriting.class, bootstrapMode = BootstrapMode.DEFERRED)
class RepositoryConfiguration {

	/** What Spring Boot does itself for deferred repositories, had the portal not declared its own. */
	@Bean
	EntityManagerFactoryBuilderCustomizer hibernateStartedInTheBackground() {
		return builder -> builder.setBootstrapExecutor(new SimpleAsyncTaskExecutor("hibernate-start-"));
	}

}
