package vn.hanoi.cooperation.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Demo records are loaded exactly when the embedded database says it loaded them. */
@Configuration(proxyBeanMethods = false)
class DemoModeConfiguration {

	@Bean
	DemoMode demoMode(ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		EmbeddedDatabase database = embeddedDatabase.getIfAvailable();
		return new DemoMode(database != null && database.demoData());
	}

}
