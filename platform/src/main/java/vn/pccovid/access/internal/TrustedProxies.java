package vn.pccovid.access.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Makes Tomcat take the client address from {@code X-Forwarded-For} (and scheme and host from {@code X-Forwarded-*})
 * only when the request comes from a proxy named in {@code pccovid.trusted-proxies}: addresses or CIDR blocks,
 * comma-separated, none by default. Tomcat's own default trusts every private address, so anyone on the same
 * network — or behind any private hop — could pick the address that per-IP quotas count.
 * <p>
 * Runs after Spring Boot's customizer has added the {@link RemoteIpValve} ({@code server.forward-headers-strategy=native})
 * and replaces its internal proxies.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);
	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private final String netmasks;

	TrustedProxies(@Value("${pccovid.trusted-proxies:}") String trustedProxies) {
		this.netmasks = netmasks(trustedProxies);
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
				.forEach(valve -> {
					valve.setInternalProxies(netmasks);
					valve.setTrustedProxies(null);
				});
		log.info("Forwarded headers are trusted from: {}", netmasks.isEmpty() ? "nobody (pccovid.trusted-proxies is empty)" : netmasks);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * The list as Tomcat's CIDR form ({@code a.b.c.d/32,…}; Tomcat reads a value containing {@code /} as netmasks,
	 * anything else as a regular expression); empty for none. A malformed entry stops the start.
	 */
	static String netmasks(String trustedProxies) {
		List<String> masks = new ArrayList<>();
		for (String entry : trustedProxies == null ? new String[0] : trustedProxies.split(",")) {
			String value = entry.strip();
			if (value.isEmpty()) {
				continue;
			}
			String address = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
			boolean v6 = address.contains(":");
			if (!v6 && !IPV4.matcher(address).matches()) {
				throw new IllegalArgumentException("pccovid.trusted-proxies: '" + value + "' is not an IP address or CIDR block");
			}
			try {
				InetAddress.getByName(v6 ? "[" + address + "]" : address); // literals only: no name is looked up
			}
			catch (UnknownHostException e) {
				throw new IllegalArgumentException("pccovid.trusted-proxies: '" + value + "' is not an IP address or CIDR block", e);
			}
			int bits = v6 ? 128 : 32;
			if (value.contains("/")) {
				int prefix;
				try {
					prefix = Integer.parseInt(value.substring(value.indexOf('/') + 1));
				}
				catch (NumberFormatException e) {
					prefix = -1;
				}
				if (prefix < 0 || prefix > bits) {
					throw new IllegalArgumentException("pccovid.trusted-proxies: bad prefix length in '" + value + "'");
				}
				masks.add(address + "/" + prefix);
			}
			else {
				masks.add(address + "/" + bits);
			}
		}
		return String.join(",", masks);
	}
}
