package vn.pccovid.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand: starts at the real time, then only {@link #advance} moves it. */
public final class TestClock extends Clock {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
	private final ZoneId zone;

	public TestClock(ZoneId zone) {
		this.zone = zone;
	}

	public void advance(Duration duration) {
		now.updateAndGet(instant -> instant.plus(duration));
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
