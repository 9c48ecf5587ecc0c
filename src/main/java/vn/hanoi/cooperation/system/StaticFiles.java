package vn.hanoi.cooperation.system;

/**
 * The portal's static files (own folders, WebJars, favicon, the API documentation's Swagger UI): public, and served
 * without a session.
 */
public final class StaticFiles {

	/** Where springdoc serves Swagger UI's files from its WebJar (springdoc.swagger-ui.path). */
	private static final String SWAGGER_UI = "/api/docs/swagger-ui/";

	private StaticFiles() {
	}

	/** Whether {@code path} (without the context path) is a static file. */
	public static boolean contains(String path) {
		return WebConfiguration.STATIC_FOLDERS.stream().anyMatch(folder -> path.startsWith("/" + folder + "/"))
				|| path.startsWith("/webjars/") || path.startsWith(SWAGGER_UI) || path.equals("/favicon.ico");
	}

}
