package vn.hanoi.cooperation.system;

/** The portal's static files (own folders, WebJars, favicon): public, and served without a session. */
public final class StaticFiles {

	private StaticFiles() {
	}

	/** Whether {@code path} (without the context path) is a static file. */
	public static boolean contains(String path) {
		return WebConfiguration.STATIC_FOLDERS.stream().anyMatch(folder -> path.startsWith("/" + folder + "/"))
				|| path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

}
