package vn.pccovid.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.pccovid.core.AreaCode;
import vn.pccovid.core.PeopleOnPhone;

/**
 * The check-in path's view of "who does this phone act for": a yes is reused for the cache time, a person just added
 * to the phone is seen at once, and after the cache time a removed person is refused.
 */
class CheckInPhonesTest {

	private static final String PHONE = "0912345678";

	/** People on one phone, counting how often it is asked. */
	private static final class Directory implements PeopleOnPhone {

		final List<UUID> ids = new ArrayList<>();
		final AtomicInteger asked = new AtomicInteger();

		@Override
		public List<UUID> personIds(String phone) {
			asked.incrementAndGet();
			return PHONE.equals(phone) ? List.copyOf(ids) : List.of();
		}

		@Override
		public List<String> phonesFor(UUID personId) {
			return List.of();
		}

		@Override
		public Optional<AreaCode> areaOf(UUID personId) {
			return Optional.empty();
		}
	}

	@Test
	void reusesAYesAndSeesANewPersonAtOnce() {
		Directory directory = new Directory();
		UUID self = UUID.randomUUID();
		directory.ids.add(self);
		CheckInPhones phones = new CheckInPhones(directory, new CheckInSettings(null, null, Duration.ofMinutes(1), null, null, null));

		assertThat(phones.mayActFor(PHONE, self)).isTrue();
		assertThat(phones.mayActFor(PHONE, self)).isTrue();
		assertThat(directory.asked).hasValue(1);

		UUID child = UUID.randomUUID();
		assertThat(phones.mayActFor(PHONE, child)).isFalse();
		directory.ids.add(child);
		assertThat(phones.mayActFor(PHONE, child)).isTrue();
		assertThat(phones.mayActFor("0987654321", self)).isFalse();
		assertThat(phones.mayActFor(null, self)).isFalse();
	}

	@Test
	void asksAgainOnceTheCacheTimeIsOver() throws InterruptedException {
		Directory directory = new Directory();
		UUID self = UUID.randomUUID();
		directory.ids.add(self);
		CheckInPhones phones = new CheckInPhones(directory, new CheckInSettings(null, null, Duration.ofMillis(30), null, null, null));

		assertThat(phones.mayActFor(PHONE, self)).isTrue();
		directory.ids.clear();
		Thread.sleep(60);
		assertThat(phones.mayActFor(PHONE, self)).isFalse();
	}
}
