package vn.pccovid.notification.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of each notification kind, looked up in the shared message source so that any module's bundle can
 * define its own kinds: {@code notification.template.<kind>.title}, {@code .body} and optionally {@code .sms}, in
 * Vietnamese (base file) and English ({@code _en}). Placeholders are {@code {name}}; each is replaced by its
 * parameter as plain text in a single pass. Nothing is ever evaluated: no MessageFormat, no expression language,
 * and a parameter's own braces or {@code ${…}} come out literally.
 */
@Component
class Templates {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	private static final String PREFIX = "notification.template.";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final MessageSource messages;

	Templates(MessageSource messages) {
		this.messages = messages;
	}

	/** A rendered title and body. */
	record Text(String title, String body) {
	}

	/** Throws {@link IllegalArgumentException} unless the kind has templates and the parameters fill them all. */
	void check(String kind, Map<String, String> params) {
		for (String part : new String[] { "title", "body", "sms" }) {
			String template = raw(kind, part, VIETNAMESE);
			if (template == null && !part.equals("sms")) {
				throw new IllegalArgumentException("unknown notification kind " + kind + ": no " + PREFIX + kind + "." + part);
			}
			if (template != null) {
				Matcher placeholder = PLACEHOLDER.matcher(template);
				while (placeholder.find()) {
					if (!params.containsKey(placeholder.group(1))) {
						throw new IllegalArgumentException("notification kind " + kind + " needs parameter " + placeholder.group(1));
					}
				}
			}
		}
	}

	/** The title and body in this language (Vietnamese when the language has no bundle). */
	Text render(String kind, Map<String, String> params, Locale locale) {
		return new Text(fill(raw(kind, "title", locale), params), fill(raw(kind, "body", locale), params));
	}

	/** The SMS text: the kind's {@code .sms} template or "title: body", in Vietnamese without accents (GSM-7). */
	String sms(String kind, Map<String, String> params) {
		String sms = raw(kind, "sms", VIETNAMESE);
		if (sms != null) {
			return unaccented(fill(sms, params));
		}
		Text text = render(kind, params, VIETNAMESE);
		return unaccented(text.title() + ": " + text.body());
	}

	/** Replaces each {@code {name}} by its value, once; values are never scanned again. */
	static String fill(String template, Map<String, String> params) {
		if (template == null) {
			return "";
		}
		Matcher placeholder = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (placeholder.find()) {
			String value = params.get(placeholder.group(1));
			placeholder.appendReplacement(out, Matcher.quoteReplacement(value == null ? placeholder.group() : value));
		}
		return placeholder.appendTail(out).toString();
	}

	/** Vietnamese without diacritics, {@code đ} as {@code d}; anything still outside ASCII becomes {@code ?}. */
	static String unaccented(String text) {
		String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd')
				.replace('Đ', 'D');
		StringBuilder out = new StringBuilder(bare.length());
		bare.codePoints().forEach(c -> out.append(c < 128 ? (char) c : '?'));
		return out.toString();
	}

	private String raw(String kind, String part, Locale locale) {
		// No arguments: the message source returns the text as written, without MessageFormat.
		return messages.getMessage(PREFIX + kind + "." + part, null, null, locale);
	}
}
