package vn.hanoi.cooperation.system;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.test.util.ReflectionTestUtils;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every repository of the portal reads its queries without Spring Data's HQL grammar, the largest avoidable piece
 * of the start-up (README, "Start-up"). Spring Data offers no getter for the choice, hence the field.
 */
@PortalTest
class PlainQueryRewritingTest {

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void everyRepositoryUsesThePlainRewriter() {
		String[] factories = this.context.getBeanNamesForType(JpaRepositoryFactoryBean.class);
		assertThat(factories).hasSizeGreaterThan(10);
		for (String name : factories) {
			@SuppressWarnings("unchecked")
			Function<BeanFactory, QueryEnhancerSelector> source = (Function<BeanFactory, QueryEnhancerSelector>) ReflectionTestUtils
				.getField(this.context.getBean(name), "queryEnhancerSelectorSource");
			assertThat(source.apply(this.context.getBeanFactory())).as(name).isInstanceOf(PlainQueryRewriting.class);
		}
	}

}
