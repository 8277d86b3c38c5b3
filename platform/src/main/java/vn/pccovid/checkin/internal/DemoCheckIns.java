package vn.pccovid.checkin.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.StaffAccount;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.checkin.CheckInChannel;
import vn.pccovid.core.AreaCode;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.DemoPopulationReady;
import vn.pccovid.registry.DemoResidents;
import vn.pccovid.registry.PersonSummary;

/**
 * Demo data: about one approved venue per {@value #RESIDENTS_PER_VENUE} residents, in the wards where they live
 * (types by how common such places are), each with its signed QR; then {@value #DAYS} days of check-ins for the
 * adults, a few a day, clustered around meal and shopping hours, mostly in their own ward. Only when the venue
 * table is empty; random numbers from the demo's seed; the check-ins are streamed with {@code COPY}
 * ({@link CheckInCopy}) into day partitions made first, and publish no events (tracing and the cases module
 * would otherwise treat made-up visits as news).
 */
@Component
class DemoCheckIns {

	private static final Logger log = LoggerFactory.getLogger(DemoCheckIns.class);
	static final int DAYS = 14;
	static final int RESIDENTS_PER_VENUE = 150;
	static final double OWN_WARD = 0.85;
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	/** Visits a day of an adult: 0 … 4, about 1.7 on average. */
	private static final double[] VISITS_PER_DAY = { 0.15, 0.30, 0.30, 0.18, 0.07 };
	/** Venue types by how common they are in a Vietnamese ward. */
	private static final Map<VenueType, Double> TYPES = new LinkedHashMap<>();

	static {
		TYPES.put(VenueType.RESTAURANT, 0.22);
		TYPES.put(VenueType.CAFE, 0.16);
		TYPES.put(VenueType.MARKET, 0.10);
		TYPES.put(VenueType.SUPERMARKET, 0.08);
		TYPES.put(VenueType.PHARMACY, 0.07);
		TYPES.put(VenueType.OFFICE, 0.08);
		TYPES.put(VenueType.SCHOOL, 0.06);
		TYPES.put(VenueType.FACTORY, 0.04);
		TYPES.put(VenueType.BANK, 0.03);
		TYPES.put(VenueType.CLINIC, 0.03);
		TYPES.put(VenueType.GOVERNMENT_OFFICE, 0.03);
		TYPES.put(VenueType.PLACE_OF_WORSHIP, 0.03);
		TYPES.put(VenueType.SPORTS, 0.03);
		TYPES.put(VenueType.HOTEL, 0.02);
		TYPES.put(VenueType.TRANSPORT_HUB, 0.01);
		TYPES.put(VenueType.HOSPITAL, 0.01);
	}

	private final DemoResidents residents;
	private final Venues venues;
	private final VenueQrs qrs;
	private final Partitions partitions;
	private final Areas areas;
	private final StaffAccounts accounts;
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DemoCheckIns(DemoResidents residents, Venues venues, VenueQrs qrs, Partitions partitions, Areas areas,
			StaffAccounts accounts, DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
		this.residents = residents;
		this.venues = venues;
		this.qrs = qrs;
		this.partitions = partitions;
		this.areas = areas;
		this.accounts = accounts;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@EventListener
	@Order(100)
	void on(DemoPopulationReady ready) {
		if (venues.count() > 0) {
			return;
		}
		long started = System.nanoTime();
		long[] counts = generate(ready);
		log.info("Demo: {} venues and {} check-ins generated in {} ms", counts[0], counts[1],
				(System.nanoTime() - started) / 1_000_000);
	}

	/** An adult who checks in: who, and the ward they live in. */
	private record Visitor(UUID id, AreaCode ward) {
	}

	/** Generates venues and check-ins for the province; answers how many of each. */
	long[] generate(DemoPopulationReady ready) {
		SplittableRandom random = new SplittableRandom(ready.seed() ^ 0x636865636b696e73L);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		List<Visitor> adults = new ArrayList<>();
		List<AreaCode> homes = new ArrayList<>();
		residents.forEachBatch(ready.province(), 5000, batch -> {
			for (PersonSummary person : batch) {
				homes.add(person.area());
				if (!person.dateOfBirth().plusYears(18).isAfter(today)) {
					adults.add(new Visitor(person.id(), person.area()));
				}
			}
		});
		if (homes.isEmpty()) {
			return new long[2];
		}
		String owner = accounts.findByUsername("demo-venue-owner").map(StaffAccount::id).map(UUID::toString).orElse("demo");
		return transactions.execute(status -> {
			List<Venue> made = venues(homes, owner, random, now);
			long visits = checkIns(adults, made, random, now);
			return new long[] { made.size(), visits };
		});
	}

	/** One venue per 150 residents, each in the ward of a resident drawn at random (so busy wards get more). */
	private List<Venue> venues(List<AreaCode> homes, String owner, SplittableRandom random, Instant now) {
		int count = Math.max(1, homes.size() / RESIDENTS_PER_VENUE);
		Map<AreaCode, String> wardNames = new HashMap<>();
		List<Venue> made = new ArrayList<>(count);
		Instant registered = now.minus(DAYS + 16, ChronoUnit.DAYS);
		for (int i = 0; i < count; i++) {
			AreaCode ward = homes.get(random.nextInt(homes.size()));
			String wardName = wardNames.computeIfAbsent(ward, w -> areas.find(w.value()).map(Area::name).orElse(w.value()));
			VenueType type = type(random);
			UUID id = uuid(random);
			String name = DemoVenueNames.name(type, random) + " " + (i + 1);
			String address = "Số " + (1 + random.nextInt(300)) + ", " + DemoVenueNames.street(random) + ", " + wardName;
			Venue venue = new Venue(id, name, type, ward, address, null, null, owner, VenueStatus.APPROVED, null,
					qrs.sign(id), registered.plus(random.nextInt(14 * 24 * 60), ChronoUnit.MINUTES));
			venues.insert(venue);
			venues.updateStatus(id, VenueStatus.APPROVED, null, "Demo", venue.createdAt().plus(1, ChronoUnit.DAYS));
			made.add(venue);
		}
		return made;
	}

	/** The adults' visits of the last {@value #DAYS} days up to now, streamed with COPY. */
	private long checkIns(List<Visitor> adults, List<Venue> made, SplittableRandom random, Instant now) {
		Map<AreaCode, List<Venue>> byWard = new HashMap<>();
		made.forEach(v -> byWard.computeIfAbsent(v.ward(), w -> new ArrayList<>()).add(v));
		LocalDate today = LocalDate.ofInstant(now, VIETNAM);
		LocalDate firstDay = today.minusDays(DAYS - 1);
		for (LocalDate day = CheckInRow.dayOf(firstDay.atStartOfDay(VIETNAM).toInstant()); !day.isAfter(CheckInRow.dayOf(now));
				day = day.plusDays(1)) {
			partitions.ensure(day);
		}
		try {
			return copy(adults, byWard, made, random, now, firstDay, today);
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not write the demo check-ins", e);
		}
	}

	private long copy(List<Visitor> adults, Map<AreaCode, List<Venue>> byWard, List<Venue> made, SplittableRandom random,
			Instant now, LocalDate firstDay, LocalDate today) throws SQLException {
		CheckInCopy rows = new CheckInCopy(DataSourceUtils.getConnection(dataSource));
		for (Visitor adult : adults) {
			List<Venue> near = byWard.getOrDefault(adult.ward(), List.of());
			for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
				int visits = DemoVenueNames.pick(VISITS_PER_DAY, random);
				for (int v = 0; v < visits; v++) {
					Instant at = day.atStartOfDay(VIETNAM).toInstant().plus(DemoVenueNames.minuteOfVisit(random), ChronoUnit.MINUTES)
							.plusSeconds(random.nextInt(60));
					if (at.isAfter(now)) {
						continue;
					}
					Venue venue = !near.isEmpty() && random.nextDouble() < OWN_WARD ? near.get(random.nextInt(near.size()))
							: made.get(random.nextInt(made.size()));
					double via = random.nextDouble();
					rows.add(uuid(random), at, venue.id(), adult.id(),
							via < 0.8 ? CheckInChannel.APP : via < 0.95 ? CheckInChannel.VENUE_SCAN : CheckInChannel.GATEWAY);
				}
			}
		}
		return rows.finish();
	}

	private static VenueType type(SplittableRandom random) {
		double r = random.nextDouble();
		for (Map.Entry<VenueType, Double> e : TYPES.entrySet()) {
			r -= e.getValue();
			if (r < 0) {
				return e.getKey();
			}
		}
		return VenueType.OTHER;
	}

	/** A version-4 UUID from the seeded generator, so the same seed makes the same ids. */
	private static UUID uuid(SplittableRandom random) {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}
}
