package vn.pccovid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How trusted proxies are read, how quotas see a client address, and how redirects lose their host. */
class ProxiesAndAddressesTest {

	@Test
	void trustedProxiesBecomeTomcatNetmasks() {
		assertThat(TrustedProxies.netmasks("")).isEmpty();
		assertThat(TrustedProxies.netmasks(null)).isEmpty();
		assertThat(TrustedProxies.netmasks("10.0.0.5, 10.1.0.0/16,::1, 2001:db8::/32"))
				.isEqualTo("10.0.0.5/32,10.1.0.0/16,::1/128,2001:db8::/32");
	}

	@Test
	void aMalformedTrustedProxyStopsTheStart() {
		for (String bad : new String[] { "proxy.example", "10.0.0.0/33", "10.0.0.0/x", "10.0.0.*", "::1/129" }) {
			assertThatThrownBy(() -> TrustedProxies.netmasks(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void quotasCountAnIpv6ClientByItsSlash64() {
		assertThat(ClientAddress.quotaKey("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.quotaKey("2001:db8:1:2::1")).isEqualTo("2001:0db8:0001:0002::/64");
		assertThat(ClientAddress.quotaKey("2001:db8:1:2:ffff:eeee:dddd:cccc")).isEqualTo("2001:0db8:0001:0002::/64");
		assertThat(ClientAddress.quotaKey("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.quotaKey("2001:db8:1:2::1"));
		assertThat(ClientAddress.quotaKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.quotaKey(null)).isEqualTo("unknown");
	}
}
