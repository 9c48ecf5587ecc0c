package vn.hanoi.cooperation.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What a page would cost without its own work: the HTML it answered, served again at
 * {@code /benchmark/bound/{page}} as a Thymeleaf template without a single expression. The request goes through
 * everything a page goes through (the session, security, the account check, the view, the response buffer) except
 * the controller, its data and the evaluation of the template. Scenario (a) measures it beside the page: the gap
 * between the two is what the page's data and expressions cost, and its rate is the most the same HTML can be served
 * at as long as a page is rendered per request.
 *
 * <p>
 * Registered only in the benchmark's portal, by an initializer: no annotation, so no other test's context scans it.
 */
final class RenderingBound {

	static final String PATH = "/benchmark/bound/";

	private static final String PREFIX = "bound-";

	private static final Pattern NAME = Pattern.compile("[a-z-]+");

	private final Path folder;

	RenderingBound(Path folder) {
		this.folder = folder;
	}

	/** Adds the template resolver for the kept pages and the route that renders them. */
	ApplicationContextInitializer<GenericApplicationContext> initializer() {
		return context -> {
			context.registerBean("renderingBoundTemplates", ITemplateResolver.class, this::templates);
			context.registerBean("renderingBoundRoute", RouterFunction.class, RenderingBound::route);
		};
	}

	/** Keeps a page's answer under {@code name}, to be served from now on at {@link #PATH}{@code name}. */
	void keep(String name, byte[] html) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(name);
		}
		try {
			Files.createDirectories(this.folder);
			Files.write(this.folder.resolve(PREFIX + name + ".html"), html);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ITemplateResolver templates() {
		FileTemplateResolver resolver = new FileTemplateResolver();
		resolver.setPrefix(this.folder.toAbsolutePath() + "/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		// Asked before the portal's own resolver, for these names only; parsed once and kept, as the portal's are.
		resolver.setOrder(0);
		resolver.setResolvablePatterns(Set.of(PREFIX + "*"));
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		return resolver;
	}

	private static RouterFunction<ServerResponse> route() {
		return RouterFunctions.route()
			.GET(PATH + "{page}", request -> {
				String page = request.pathVariable("page");
				return NAME.matcher(page).matches() ? ServerResponse.ok().render(PREFIX + page)
						: ServerResponse.notFound().build();
			})
			.build();
	}

}
