package vn.hanoi.cooperation.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import vn.hanoi.cooperation.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PORTAL_DOCUMENTS_MAXSIZE raised above what the database's checks allow made every larger file an error 500;
 * above the request's limit it could never be reached. Such a setting now stops the start and names itself.
 */
@RepositoryTest
class UploadLimitsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theShippedSettingsStartAndKeepFilesUpToTwentyMegabytes() {
		portal().run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(UploadLimits.class).file()).isEqualTo(DataSize.ofMegabytes(20));
			assertThat(context.getBean(UploadLimits.class).request()).isEqualTo(DataSize.ofMegabytes(22));
		});
	}

	@Test
	void aDocumentLimitAboveWhatTheDatabaseKeepsStopsTheStartSayingWhichSettingAndHowFar() {
		portal("portal.documents.max-size=30MB", "spring.servlet.multipart.max-file-size=31MB",
				"spring.servlet.multipart.max-request-size=32MB")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessage("portal.documents.max-size (PORTAL_DOCUMENTS_MAXSIZE) is 30MB, but the database keeps "
							+ "files of at most 20MB (the checks of agreement_documents and activity_evidence): set it "
							+ "to 20MB or less");
			});
		portal("portal.documents.max-size=20971521B").run(context -> assertThat(context.getStartupFailure())
			.rootCause()
			.hasMessageStartingWith("portal.documents.max-size (PORTAL_DOCUMENTS_MAXSIZE) is 20971521B, but the "
					+ "database keeps files of at most 20MB"));
	}

	@Test
	void aDocumentLimitNoUploadCouldReachStopsTheStartNamingTheSettingThatCutsItOff() {
		portal("portal.documents.max-size=20MB", "spring.servlet.multipart.max-request-size=20MB")
			.run(context -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("portal.documents.max-size (PORTAL_DOCUMENTS_MAXSIZE) is 20MB, not below "
						+ "spring.servlet.multipart.max-request-size (20MB): no request could carry the largest files; "
						+ "raise spring.servlet.multipart.max-request-size or lower portal.documents.max-size"));
		portal("portal.documents.max-size=20MB", "spring.servlet.multipart.max-file-size=10MB")
			.run(context -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageStartingWith("portal.documents.max-size (PORTAL_DOCUMENTS_MAXSIZE) is 20MB, above "
						+ "spring.servlet.multipart.max-file-size (10MB)"));
		portal("portal.documents.max-size=5MB", "spring.servlet.multipart.max-request-size=6MB")
			.run(context -> assertThat(context).hasNotFailed());
	}

	/**
	 * Unset, the container's limits are Spring's own, 1MB a file and 10MB a request: the check holds the documents'
	 * limit to those (it assumed 21MB and 22MB, and started with pages promising 20MB that the server refused), and
	 * the request's limit read is the container's.
	 */
	@Test
	void unsetContainerLimitsAreSpringsOwnAndTheCheckHoldsToThem() {
		limitsAlone().withPropertyValues("portal.documents.max-size=20MB")
			.run(context -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageStartingWith("portal.documents.max-size (PORTAL_DOCUMENTS_MAXSIZE) is 20MB, above "
						+ "spring.servlet.multipart.max-file-size (1MB)"));
		limitsAlone().withPropertyValues("portal.documents.max-size=1MB").run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(UploadLimits.class).request()).isEqualTo(DataSize.ofMegabytes(10));
		});
	}

	/** The limit the start-up check holds the setting to is the one the migrations wrote into the tables. */
	@Test
	void theDatabaseMaximumIsTheOneEveryCheckOnKeptFilesStates() {
		List<String> checks = this.jdbc.queryForList("""
				select conrelid::regclass || ': ' || pg_get_constraintdef(oid) from pg_constraint
				where contype = 'c'
				  and conrelid::regclass::text in ('agreement_documents', 'agreement_document_contents',
				                                   'activity_evidence', 'activity_evidence_contents')
				  and pg_get_constraintdef(oid) ~ '(size_bytes|length\\(content\\))'""", String.class);
		assertThat(checks).hasSize(4)
			.allSatisfy(check -> assertThat(check).contains("<= " + UploadLimits.DATABASE_MAXIMUM.toBytes() + ")"));
	}

	/**
	 * The limits' bean alone, reading sizes as the application does, with the shipped application.properties itself
	 * (a wrong value there fails here) and the settings given over it.
	 */
	private static ApplicationContextRunner portal(String... settings) {
		return limitsAlone().withInitializer(new ConfigDataApplicationContextInitializer()).withPropertyValues(settings);
	}

	/** The limits' bean, reading sizes as the application does, with no settings but those a test gives. */
	private static ApplicationContextRunner limitsAlone() {
		return new ApplicationContextRunner()
			.withInitializer(context -> context.getBeanFactory()
				.setConversionService(ApplicationConversionService.getSharedInstance()))
			.withUserConfiguration(UploadLimits.class);
	}

}
