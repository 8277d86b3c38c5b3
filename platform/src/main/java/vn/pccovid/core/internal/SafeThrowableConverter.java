package vn.pccovid.core.internal;

import java.util.Arrays;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * Spring Boot's stack trace ({@code %wEx}) with every exception message escaped like {@link SafeMessageConverter}:
 * a message that quotes request data cannot add a line that looks like a log entry. Used as {@code %safeEx}.
 */
public class SafeThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy proxy) {
		return super.throwableProxyToString(Escaped.of(proxy));
	}

	/** The same throwable, its messages (and its causes' and suppressed ones') escaped. */
	private record Escaped(IThrowableProxy proxy) implements IThrowableProxy {

		static IThrowableProxy of(IThrowableProxy proxy) {
			return proxy == null ? null : new Escaped(proxy);
		}

		@Override
		public String getMessage() {
			return SafeMessageConverter.escape(proxy.getMessage());
		}

		@Override
		public String getOverridingMessage() {
			return SafeMessageConverter.escape(proxy.getOverridingMessage());
		}

		@Override
		public String getClassName() {
			return proxy.getClassName();
		}

		@Override
		public StackTraceElementProxy[] getStackTraceElementProxyArray() {
			return proxy.getStackTraceElementProxyArray();
		}

		@Override
		public int getCommonFrames() {
			return proxy.getCommonFrames();
		}

		@Override
		public IThrowableProxy getCause() {
			return of(proxy.getCause());
		}

		@Override
		public IThrowableProxy[] getSuppressed() {
			IThrowableProxy[] suppressed = proxy.getSuppressed();
			return suppressed == null ? null : Arrays.stream(suppressed).map(Escaped::of).toArray(IThrowableProxy[]::new);
		}

		@Override
		public boolean isCyclic() {
			return proxy.isCyclic();
		}
	}
}
