package vn.hanoi.cooperation.publication;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.report.DemoMark;
import vn.hanoi.cooperation.report.ExportFileName;

/**
 * The figures the city publishes, for anyone without a login: a page and the same figures as CSV and JSON. Every
 * answer is cacheable and carries a strong ETag of what it shows, and none of them opens a session.
 */
@Controller
class PublicFiguresController {

	static final String VIEW_PUBLIC = "publication/public";

	static final Duration MAX_AGE = Duration.ofMinutes(5);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final PublishedFigures figures;

	private final Plans plans;

	private final MessageSource messages;

	private final DemoMark demo;

	PublicFiguresController(PublishedFigures figures, Plans plans, MessageSource messages, DemoMark demo) {
		this.figures = figures;
		this.plans = plans;
		this.messages = messages;
		this.demo = demo;
	}

	@GetMapping("/cong-khai")
	String page(WebRequest request, HttpServletResponse response, Locale locale, Model model) {
		List<PublishedFigure> published = this.figures.published();
		Map<Integer, Plan> plansByYear = this.plans.findAllByOrderByYearDesc()
			.stream()
			.collect(Collectors.toMap(Plan::getYear, Function.identity()));
		PublicPage page = PublicPage.of(published, plansByYear, locale);
		// The CSV holds each figure's names, numbers and count nouns as the page shows them.
		String etag = PublicDataset.etag(PublicDataset.csv(published, this.demo.active()),
				PublicDataset.bytes(locale.getLanguage()),
				PublicDataset.bytes(String.valueOf(this.demo.active())), PublicDataset.bytes(page.planText()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(request).getHeaderValue());
		// The language comes from a cookie when the address does not say it.
		response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		if (request.checkNotModified(etag)) {
			return null;
		}
		model.addAttribute("page", page);
		model.addAttribute("license", PublicDataset.LICENSE);
		model.addAttribute("licenseUrl", PublicDataset.LICENSE_URL);
		// Nothing here needs a script, and without one the page is the same bytes each time (no CSP nonce in it).
		model.addAttribute("withoutScripts", true);
		return VIEW_PUBLIC;
	}

	@GetMapping("/cong-khai/so-lieu.csv")
	ResponseEntity<byte[]> csv(WebRequest request) {
		byte[] body = PublicDataset.csv(this.figures.published(), this.demo.active());
		return file(request, body, MediaType.parseMediaType("text/csv;charset=UTF-8"), fileName("csv"));
	}

	@GetMapping("/cong-khai/so-lieu.json")
	ResponseEntity<byte[]> json(WebRequest request) {
		byte[] body = PublicDataset.json(this.figures.published(), text("publication.dataset.title", VIETNAMESE),
				text("publication.dataset.title", Locale.ENGLISH), text("app.issuer", VIETNAMESE), this.demo.active());
		return file(request, body, MediaType.APPLICATION_JSON, fileName("json"));
	}

	/** "so-lieu-cong-khai.csv", and on a demo instance "so-lieu-cong-khai-du-lieu-mau.csv" as every demo file. */
	private ExportFileName fileName(String extension) {
		return this.demo.fileName(List.of(text("publication.dataset.fileName", VIETNAMESE)), extension);
	}

	private static ResponseEntity<byte[]> file(WebRequest request, byte[] body, MediaType type, ExportFileName name) {
		String etag = PublicDataset.etag(body);
		CacheControl cache = cacheControl(request);
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
		}
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(cache)
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, name.contentDisposition())
			.body(body);
	}

	/** Shared caches may keep the answer, except when ?lang= also sets the language cookie. */
	private static CacheControl cacheControl(WebRequest request) {
		CacheControl cache = CacheControl.maxAge(MAX_AGE);
		return request.getParameter("lang") == null ? cache.cachePublic() : cache.cachePrivate();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
