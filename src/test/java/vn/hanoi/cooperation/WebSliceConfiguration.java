package vn.hanoi.cooperation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.mockito.Mockito;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.util.ClassUtils;

import vn.hanoi.cooperation.system.DemoMode;

/**
 * What a {@link WebSliceTest} adds to Spring's web slice: the forms' real validators, options, access checks and
 * display formats (they decide what the user sees), a fixed "today", no demo mode, and mocks of the package-private
 * collaborators that {@link WebSliceTest}'s {@code @MockitoBean} cannot name.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = CooperationPortalApplication.class, useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "vn\\.hanoi\\.cooperation\\.(activity\\.(ActivityAccess|ActivityFormValidator|ActivityFormOptions|StaffLead|EvidenceLimits)"
						+ "|result\\.(ResultAccess|ResultFormValidator|ResultFormOptions|ResultFormats|BreakdownCheck)"
						+ "|agreement\\.(AgreementAccess|AgreementFormValidator)|system\\.(DisplayFormats|UploadLimits))"))
@Import(WebSliceConfiguration.PackagePrivateMocks.class)
public class WebSliceConfiguration {

	/** Today in the slices: 15 September 2025 in Hanoi, with the 34-unit map of 1 July 2025 in force. */
	public static final Instant NOW = Instant.parse("2025-09-15T03:00:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Bean
	DemoMode demoMode() {
		return new DemoMode(false);
	}

	/** Mocks reset after each test, as {@code @MockitoBean}'s are; a test in the class's package autowires them. */
	static class PackagePrivateMocks implements ImportBeanDefinitionRegistrar {

		static final String[] TYPES = { "vn.hanoi.cooperation.activity.EvidenceService",
				"vn.hanoi.cooperation.activity.ActivityListOptions",
				"vn.hanoi.cooperation.notification.Notifications" };

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			for (String name : TYPES) {
				registry.registerBeanDefinition(name,
						mockOf(ClassUtils.resolveClassName(name, getClass().getClassLoader())));
			}
		}

		private static <T> RootBeanDefinition mockOf(Class<T> type) {
			return new RootBeanDefinition(type, () -> Mockito.mock(type, MockReset.withSettings(MockReset.AFTER)));
		}

	}

}
