package vn.pccovid.tracing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.pccovid.checkin.CheckIns;
import vn.pccovid.checkin.CheckInsRecorded;
import vn.pccovid.checkin.RecordedCheckIn;
import vn.pccovid.tracing.VenueContacts;

/**
 * Keeps tracing's check-in index: filled at start from {@code checkin.CheckIns} over the retention period (through
 * {@code ObjectProvider}: without the check-in module the index starts empty), kept current by every
 * {@link CheckInsRecorded} once its transaction committed, purged hourly of what is older than the retention.
 * <p>
 * Why in memory and not a table: co-presence for a thousand F0s is a few million short range scans; over primitive
 * arrays they take microseconds each, where a self-join pays a B-tree descent and a heap fetch per row
 * ({@code bench}: case {@code tracing}). Each node keeps its own index; a node started later rebuilds it from the
 * check-in store.
 */
@Component
class CoPresenceIndex implements VenueContacts {

	private static final Logger log = LoggerFactory.getLogger(CoPresenceIndex.class);

	private final ObjectProvider<CheckIns> checkIns;
	private final TracingSettings settings;
	private final Clock clock;
	private volatile CheckInIndex index = new CheckInIndex();

	CoPresenceIndex(ObjectProvider<CheckIns> checkIns, TracingSettings settings, Clock clock) {
		this.checkIns = checkIns;
		this.settings = settings;
		this.clock = clock;
	}

	CheckInIndex index() {
		return index;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillAtStart() {
		if (checkIns.getIfAvailable() != null) {
			long started = System.nanoTime();
			long held = reload();
			log.info("Tracing index holds {} check-ins ({} ms)", held, (System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * New check-ins join the index once their transaction committed. A plain listener that registers its own
	 * after-commit step rather than a transactional event listener: Spring Modulith would otherwise store a durable
	 * publication record for every group of check-ins and delete it again (two more commits on the check-in
	 * writer's thread, more than the check-in itself costs), and this index needs no such record because it is
	 * rebuilt from the check-in table at start.
	 */
	@EventListener
	void on(CheckInsRecorded recorded) {
		List<CheckInIndex.Entry> entries = new ArrayList<>(recorded.checkIns().size());
		for (RecordedCheckIn c : recorded.checkIns()) {
			entries.add(new CheckInIndex.Entry(c.person(), c.venue(), c.venueWard(), c.at()));
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					index.addAll(entries);
				}
			});
		} else {
			index.addAll(entries);
		}
	}

	@Scheduled(fixedDelayString = "${pccovid.tracing.purge-interval:PT1H}", initialDelayString = "PT10M")
	void purge() {
		index.purgeBefore(clock.instant().minus(settings.retention()));
	}

	@Override
	public long reload() {
		return reloadFrom(checkIns.getIfAvailable());
	}

	@Override
	public long reloadFrom(CheckIns source) {
		CheckInIndex fresh = new CheckInIndex();
		if (source != null) {
			List<CheckInIndex.Entry> batch = new ArrayList<>(10_000);
			source.forEachSince(clock.instant().minus(settings.retention()), c -> {
				batch.add(new CheckInIndex.Entry(c.person(), c.venue(), c.venueWard(), c.at()));
				if (batch.size() == 10_000) {
					fresh.addAll(batch);
					batch.clear();
				}
			});
			fresh.addAll(batch);
		}
		index = fresh;
		return fresh.size();
	}

	@Override
	public Set<UUID> f1(UUID person, Instant from, Instant to) {
		CheckInIndex current = index;
		int window = (int) settings.coPresence().toSeconds();
		return current.read(() -> {
			int p = current.numberOf(person);
			if (p < 0) {
				return Set.of();
			}
			int[] f1 = Scratch.of(current.personCount()).f1(current, p, CheckInIndex.secondAtOrAfter(from),
					CheckInIndex.secondAtOrAfter(to), window);
			Set<UUID> ids = new HashSet<>();
			for (int number : f1) {
				ids.add(current.person(number));
			}
			return ids;
		});
	}

	@Override
	public Traced trace(UUID person, Instant from, Instant to) {
		CheckInIndex current = index;
		int window = (int) settings.coPresence().toSeconds();
		int start = CheckInIndex.secondAtOrAfter(from);
		int end = CheckInIndex.secondAtOrAfter(to);
		return current.read(() -> {
			int p = current.numberOf(person);
			if (p < 0) {
				return new Traced(Set.of(), List.of());
			}
			Scratch scratch = Scratch.of(current.personCount());
			int[] f1 = scratch.trace(current, p, start, end, window);
			UUID[] persons = current.personsSnapshot();
			Set<UUID> f1Ids = new HashSet<>(f1.length * 2);
			for (int i = 0; i < f1.length; i++) {
				f1Ids.add(persons[f1[i]]);
			}
			int[] f2 = scratch.f2();
			List<UUID> f2Ids = new AbstractList<>() {
				@Override
				public UUID get(int index) {
					return persons[f2[index]];
				}

				@Override
				public int size() {
					return f2.length;
				}
			};
			return new Traced(f1Ids, f2Ids);
		});
	}
}
