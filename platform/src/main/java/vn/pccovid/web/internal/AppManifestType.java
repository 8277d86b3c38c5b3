package vn.pccovid.web.internal;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/** Serves the citizen app's {@code /manifest.webmanifest} as {@code application/manifest+json} (W3C App Manifest). */
@Component
class AppManifestType implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> context.addMimeMapping("webmanifest", "application/manifest+json"));
	}
}
