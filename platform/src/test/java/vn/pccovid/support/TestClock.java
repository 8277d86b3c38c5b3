package vn.pccovid.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand: starts at the real time, then only {@link #advance} moves it. Full-stack tests share
 * one per cached Spring context, so a test that moves it must not leave it moved: {@link PlatformTest} puts it back
 * with {@link #reset} after every test, and every test starts at the same instant.
 */
public final class TestClock extends Clock {

	private final Instant start = Instant.now();
	private final AtomicReference<Instant> now = new AtomicReference<>(start);
	private final ZoneId zone;

	public TestClock(ZoneId zone) {
		this.zone = zone;
	}

	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
	}

	/** Back to the instant the clock started at, undoing every {@link #advance}. */
	public void reset() {
		now.set(start);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now.get();
	}
}
