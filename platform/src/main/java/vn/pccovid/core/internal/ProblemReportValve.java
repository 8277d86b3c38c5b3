package vn.pccovid.core.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error report (for requests it rejects before Spring sees them, such as a broken URL encoding)
 * written as an RFC 9457 problem detail instead of an HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			String type = status < 500 ? "request-rejected" : "internal-error";
			String detail = status < 500 ? "Yêu cầu không hợp lệ. / The request was rejected." : "Lỗi hệ thống. / Internal error.";
			// Spring's message bundles are out of reach here, so the title is bilingual like the detail, not a slug.
			String title = status < 500 ? "Yêu cầu bị từ chối / Request rejected" : "Lỗi hệ thống / Internal error";
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("{\"type\":\"urn:pccovid:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
						+ ",\"detail\":\"" + detail + "\"}");
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException e) {
			// The client is gone or the response already committed; there is nobody left to tell.
		}
	}
}
