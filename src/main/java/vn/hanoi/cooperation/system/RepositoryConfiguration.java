package vn.hanoi.cooperation.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import vn.hanoi.cooperation.CooperationPortalApplication;

/**
 * The portal's repositories, as Spring Boot would set them up, with one change: {@link PlainQueryRewriting}.
 * A separate configuration class, not an annotation on the application, so that test slices keep their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = CooperationPortalApplication.class,
		queryEnhancerSelector = PlainQueryRewriting.class)
class RepositoryConfiguration {

}
