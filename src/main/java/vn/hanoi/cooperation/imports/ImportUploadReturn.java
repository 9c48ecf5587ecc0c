package vn.hanoi.cooperation.imports;

import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hanoi.cooperation.system.OversizedUploadReturn;

/** A spreadsheet too large for the container sends the user back to the upload page, which says the limit. */
@Configuration(proxyBeanMethods = false)
class ImportUploadReturn {

	@Bean
	OversizedUploadReturn activityImportUploadReturn() {
		return new OversizedUploadReturn(Pattern.compile("/activities/import"),
				"/activities/import?rejected=tooLarge");
	}

}
