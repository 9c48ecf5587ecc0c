package vn.hanoi.cooperation.system;

import org.springframework.web.util.HtmlUtils;

/**
 * A page written without a template, for answers given before Spring MVC runs (or instead of it, when running it
 * would touch what is failing or read what must stay unread): the portal's stylesheet, a heading, one paragraph and
 * one link. Every text is escaped here.
 */
public final class PlainPage {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%s</title><link rel="stylesheet" href="/css/portal.css"></head>
			<body><main class="container-xl py-5"><h1>%s</h1><p>%s</p><p><a href="%s">%s</a></p></main></body></html>
			""";

	private PlainPage() {
	}

	public static String html(String language, String title, String text, String link, String linkText) {
		return PAGE.formatted(escape(language), escape(title), escape(title), escape(text), escape(link),
				escape(linkText));
	}

	/** Markup characters only: the page is UTF-8, so Vietnamese letters stay as they are. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
