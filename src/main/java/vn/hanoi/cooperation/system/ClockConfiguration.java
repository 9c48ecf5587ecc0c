package vn.hanoi.cooperation.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" is Hanoi's today, whatever the server's zone; tests replace nothing and pass dates explicitly. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	Clock clock() {
		return Clock.system(HANOI);
	}

}
