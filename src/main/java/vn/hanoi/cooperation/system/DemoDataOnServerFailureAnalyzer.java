package vn.hanoi.cooperation.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, instead of a stack trace, why the start stopped and what to do. */
class DemoDataOnServerFailureAnalyzer extends AbstractFailureAnalyzer<DemoDataOnServerException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DemoDataOnServerException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Point SPRING_DATASOURCE_URL at an empty database, or at one restored from a portal that ran without "
						+ "demo data. A dump of the demo (./mvnw spring-boot:run) is for the demo only.",
				cause);
	}

}
