package vn.pccovid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** The loops that replaced Spring Security's regular expressions accept and refuse what those did. */
class RequestPathTest {

	private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();

	@Test
	void readsABearerTokenInAnyCaseOfTheScheme() {
		assertThat(resolver.resolve(request("Bearer abc.DEF-123_~+/=="))).isEqualTo("abc.DEF-123_~+/==");
		assertThat(resolver.resolve(request("bearer eyJ.x.y"))).isEqualTo("eyJ.x.y");
	}

	@Test
	void ignoresOtherSchemesAndMissingHeaders() {
		assertThat(resolver.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
		assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
	}

	@Test
	void refusesMalformedTokens() {
		for (String bad : new String[] { "Bearer ", "Bearer a b", "Bearer ==", "Bearer abc=def", "Bearer tok\u00e9n" }) {
			assertThatThrownBy(() -> resolver.resolve(request(bad))).as(bad).isInstanceOf(InvalidBearerTokenException.class);
		}
	}

	@Test
	void firewallRefusesControlCharactersAndUnassignedCodePoints() {
		assertThat(FastHeaderFirewall.isPrintable("Nguyễn Văn A; q=0.9, vi-VN")).isTrue();
		assertThat(FastHeaderFirewall.isPrintable("emoji \uD83D\uDE00 ok")).isTrue();
		assertThat(FastHeaderFirewall.isPrintable("line\nbreak")).isFalse();
		assertThat(FastHeaderFirewall.isPrintable("nul\u0000")).isFalse();
		assertThat(FastHeaderFirewall.isPrintable("unassigned \u0378")).isFalse();
	}

	private static MockHttpServletRequest request(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Authorization", authorization);
		return request;
	}
}
