package vn.pccovid.access.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The client address as per-IP quotas count it: an IPv4 address as it is, an IPv6 address by its /64 network
 * (one subscriber line or one host gets a whole /64, so counting single IPv6 addresses would let one client
 * rotate through 2^64 of them). The address itself is {@code request.getRemoteAddr()}, which honours
 * {@code X-Forwarded-For} only from the proxies named in {@code pccovid.trusted-proxies}.
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String quotaKey(String remoteAddr) {
		if (remoteAddr == null || remoteAddr.isBlank()) {
			return "unknown";
		}
		String address = remoteAddr.strip();
		if (address.indexOf(':') < 0) {
			return address.length() > 45 ? address.substring(0, 45) : address;
		}
		try {
			// A literal with a colon is parsed without any name lookup.
			InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
			if (parsed instanceof Inet6Address) {
				byte[] bytes = parsed.getAddress();
				StringBuilder network = new StringBuilder();
				for (int i = 0; i < 8; i += 2) {
					network.append(HexFormat.of().toHexDigits(bytes[i])).append(HexFormat.of().toHexDigits(bytes[i + 1])).append(':');
				}
				return network.append(":/64").toString();
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException | IllegalArgumentException e) {
			return address.length() > 45 ? address.substring(0, 45) : address;
		}
	}
}
