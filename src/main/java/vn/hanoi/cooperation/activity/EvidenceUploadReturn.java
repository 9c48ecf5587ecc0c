package vn.hanoi.cooperation.activity;

import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hanoi.cooperation.system.OversizedUploadReturn;

/** Evidence too large for the container (alone or with a note) sends the user back to the activity, which says so. */
@Configuration(proxyBeanMethods = false)
class EvidenceUploadReturn {

	@Bean
	OversizedUploadReturn activityEvidenceUploadReturn() {
		return new OversizedUploadReturn(Pattern.compile("/activities/(\\d{1,18})/evidence"),
				"/activities/$1?evidenceError=tooLarge#evidence");
	}

	/**
	 * The note sent with the files was not read either: its own form says so, where it must be typed again (the
	 * evidence section's message said only that no file was kept, as if the note had been).
	 */
	@Bean
	OversizedUploadReturn progressNoteUploadReturn() {
		return new OversizedUploadReturn(Pattern.compile("/activities/(\\d{1,18})/progress"),
				"/activities/$1?progressError=tooLarge#progress");
	}

}
