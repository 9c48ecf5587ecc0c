package vn.hanoi.cooperation.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load balancers and Kubernetes ask the management port whether the portal is alive and ready; Prometheus reads
 * metrics there. Neither is served on the public port.
 */
@PortalTest
class ManagementEndpointsTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void probesAnswerUpOnTheManagementPort() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> liveness = get(this.managementPort, "/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
		// The overall status, without details that would tell an outsider what runs behind the portal.
		assertThat(get(this.managementPort, "/actuator/health").body()).contains("\"status\":\"UP\"")
			.doesNotContain("postgres");
	}

	@Test
	void metricsAreOnTheManagementPortOnly() throws Exception {
		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("# HELP").contains("jvm_memory_used_bytes").contains("hikaricp_connections");

		HttpResponse<String> anonymous = get(this.port, "/actuator/prometheus");
		assertThat(anonymous.statusCode()).isNotEqualTo(200);
		assertThat(anonymous.body()).doesNotContain("# HELP");
		// Not even a logged-in user finds them on the public port.
		assertThat(this.mvc.get().uri("/actuator/prometheus").with(this.accounts.as(Role.ADMIN))).hasStatus(404);
		assertThat(this.mvc.get().uri("/actuator/health").with(this.accounts.as(Role.ADMIN))).hasStatus(404);
	}

	@Test
	void requestsAreTimedOnceEachNotOncePerSecurityFilter() throws Exception {
		assertThat(get(this.port, "/login").statusCode()).isEqualTo(200);
		String metrics = get(this.managementPort, "/actuator/prometheus").body();
		assertThat(metrics).as("the operator's latency per URL pattern").contains("http_server_requests_seconds_count")
			.contains("uri=\"/login\"");
		assertThat(metrics).as("Spring Security's observations of each filter and decision")
			.doesNotContain("spring_security_");
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
