package vn.hanoi.cooperation.system;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

import vn.hanoi.cooperation.CooperationPortalApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transactions belong to services: a controller that opened one would hold a connection across its whole
 * handler, and its entities would change behind the services' backs.
 */
class ControllerTransactionsTest {

	@Test
	void noControllerClassOrHandlerIsTransactional() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
		List<String> controllers = new ArrayList<>();
		List<String> transactional = new ArrayList<>();
		for (BeanDefinition candidate : scanner
			.findCandidateComponents(CooperationPortalApplication.class.getPackageName())) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			controllers.add(type.getSimpleName());
			check(type, type.getName(), transactional);
			for (var method : type.getDeclaredMethods()) {
				check(method, type.getSimpleName() + "." + method.getName(), transactional);
			}
		}
		assertThat(controllers).as("controllers found").hasSizeGreaterThan(30).contains("ActivityFormController");
		assertThat(transactional).isEmpty();
	}

	private static void check(AnnotatedElement element, String name, List<String> transactional) {
		if (AnnotatedElementUtils.hasAnnotation(element, Transactional.class)
				|| AnnotatedElementUtils.hasAnnotation(element, jakarta.transaction.Transactional.class)) {
			transactional.add(name);
		}
	}

}
