package vn.pccovid.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body fails with {@link BodyTooLargeException} once more than the limit has been read. */
final class LimitedBodyRequest extends HttpServletRequestWrapper {

	private final long limit;
	private ServletInputStream stream;

	LimitedBodyRequest(HttpServletRequest request, long limit) {
		super(request);
		this.limit = limit;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		if (stream == null) {
			stream = new Limited(super.getInputStream(), limit);
		}
		return stream;
	}

	@Override
	public BufferedReader getReader() throws IOException {
		String encoding = getCharacterEncoding();
		Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		return new BufferedReader(new InputStreamReader(getInputStream(), charset));
	}

	private static final class Limited extends ServletInputStream {

		private final ServletInputStream body;
		private final long limit;
		private long read;

		Limited(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			read += n;
			if (read > limit) {
				throw new BodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return body.isFinished();
		}

		@Override
		public boolean isReady() {
			return body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			body.setReadListener(listener);
		}
	}
}
