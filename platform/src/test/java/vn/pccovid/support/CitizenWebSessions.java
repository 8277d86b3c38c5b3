package vn.pccovid.support;

/**
 * A citizen signed in through the real web forms ({@link CitizenSignIns#session}).
 *
 * @param session  {@code JSESSIONID=…} of the signed-in session
 * @param landedOn where the sign-in redirected to
 */
public record CitizenWebSessions(String session, String landedOn) {

	/** Signs in the phone, starting at {@code loginPath} (e.g. {@code /login?next=/me/access-log}). */
	public static CitizenWebSessions signIn(Http http, String adminBearer, String phone, String loginPath) {
		return CitizenSignIns.session(http, CitizenSignIns.Codes.overHttp(http, adminBearer), phone, loginPath);
	}
}
