package vn.hanoi.cooperation.agreement;

import java.util.regex.Pattern;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.hanoi.cooperation.system.OversizedUploadReturn;

/** A document too large for the container sends the user back to the agreement, where the message is shown. */
@Configuration(proxyBeanMethods = false)
class DocumentUploadReturn {

	@Bean
	OversizedUploadReturn agreementDocumentUploadReturn() {
		return new OversizedUploadReturn(Pattern.compile("/agreements/(\\d{1,18})/documents"),
				"/agreements/$1?documentError=tooLarge#documents");
	}

}
