package vn.hanoi.cooperation.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a user goes back to, with the form's own "file too large" message, when an upload posted to a path of
 * {@code upload} was over the limit. A feature declares one bean per upload form; {@code $1} in the target is the
 * path's first group (the record the upload was for).
 */
public record OversizedUploadReturn(Pattern upload, String target) {

	Optional<String> targetFor(String servletPath) {
		Matcher matcher = this.upload.matcher(servletPath);
		return matcher.matches() ? Optional.of(matcher.replaceFirst(this.target)) : Optional.empty();
	}

}
