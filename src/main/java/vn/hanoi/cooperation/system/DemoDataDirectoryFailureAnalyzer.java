package vn.hanoi.cooperation.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator, instead of a stack trace, why the start stopped and what to do. */
class DemoDataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DemoDataDirectoryException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DemoDataDirectoryException cause) {
		String directory = cause.dataDirectory().toString();
		String action = cause.demoRun()
				? "Try the demo on a directory of its own: ./mvnw spring-boot:run "
						+ "-Dspring-boot.run.arguments=--portal.embedded.data-directory=data/demo"
				: "Run the portal for real on an empty directory (--portal.embedded.data-directory=<a new directory>), "
						+ "or, if nothing in " + directory + " is worth keeping, stop every portal that uses it and "
						+ "delete it. To go on with the demo, start it with ./mvnw spring-boot:run.";
		return new FailureAnalysis(cause.getMessage() + ".", action, cause);
	}

}
