package vn.pccovid.movement.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.core.AreaCode;
import vn.pccovid.movement.PermitStatus;
import vn.pccovid.registry.DemoPopulationReady;
import vn.pccovid.registry.DemoResidents;
import vn.pccovid.registry.PersonSummary;

/**
 * The demo province's movement data, generated once (when the module's tables are empty) from the demo seed:
 * permits of residents of the demo ward police's ward (pending, approved with QR, rejected), three checkpoints,
 * a day of passages, and shippers with declarations and a few violations.
 */
@Component
class MovementDemo {

	private static final Logger log = LoggerFactory.getLogger(MovementDemo.class);
	private static final String[] PURPOSES = { "HEALTH", "FOOD_SUPPLY", "UTILITIES", "PRESS", "PUBLIC_SERVICE", "OTHER" };

	private final PermitRecords permits;
	private final CheckpointRecords checkpoints;
	private final PassageRecords passages;
	private final ShipperRecords shippers;
	private final ShipperWatch watch;
	private final PermitQr qr;
	private final DemoResidents residents;
	private final TransactionTemplate transactions;
	private final Clock clock;

	MovementDemo(PermitRecords permits, CheckpointRecords checkpoints, PassageRecords passages, ShipperRecords shippers,
			ShipperWatch watch, PermitQr qr, DemoResidents residents, TransactionTemplate transactions, Clock clock) {
		this.permits = permits;
		this.checkpoints = checkpoints;
		this.passages = passages;
		this.shippers = shippers;
		this.watch = watch;
		this.qr = qr;
		this.residents = residents;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener
	@Order(600)
	void on(DemoPopulationReady ready) {
		if (!permits.isEmpty() || !checkpoints.isEmpty() || !shippers.isEmpty()) {
			return;
		}
		Random random = new Random(ready.seed() * 31 + 600);
		int[] made = transactions.execute(status -> generate(ready, random));
		log.info("Demo: {} permits, {} checkpoints, {} passages, {} shippers generated", made[0], made[1], made[2], made[3]);
	}

	private int[] generate(DemoPopulationReady ready, Random random) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, MovementTime.VIETNAM);
		AreaCode home = ready.wards().get(0);
		List<PersonSummary> residents = this.residents.first(home, false, 30);
		List<Permit> approved = new ArrayList<>();
		for (int i = 0; i < residents.size(); i++) {
			PersonSummary person = residents.get(i);
			PermitStatus status = i % 3 == 0 ? PermitStatus.PENDING : i % 7 == 0 ? PermitStatus.REJECTED : PermitStatus.APPROVED;
			LocalDate from = today.minusDays(random.nextInt(3));
			LocalDate to = from.plusDays(3 + random.nextInt(12));
			List<AreaCode> zones = List.of(home.parent(), ready.wards().get(random.nextInt(ready.wards().size())));
			Permit permit = new Permit(UUID.randomUUID(), person.id(), person.fullName(), person.yearOfBirth(), person.area(),
					PURPOSES[random.nextInt(PURPOSES.length)], from, to, zones, PermitStatus.PENDING,
					i % 2 == 0 ? "CITIZEN" : "ORGANISATION", "demo", now.minus(Duration.ofHours(1 + random.nextInt(48))), null, null);
			permits.insert(permit, null);
			if (status != PermitStatus.PENDING) {
				String signed = status == PermitStatus.APPROVED ? qr.sign(new PermitQr.Claims(permit.id(), permit.person(),
						permit.purpose(), from, to, zones)) : null;
				permits.decide(permit.id(), status, "demo", now, status == PermitStatus.REJECTED ? "Không thuộc nhóm thiết yếu" : null, signed);
				if (status == PermitStatus.APPROVED) {
					approved.add(permit);
				}
			}
		}
		List<Checkpoint> made = new ArrayList<>();
		String[] names = { "Chốt cửa ngõ phía Bắc", "Chốt cầu", "Chốt chợ đầu mối" };
		for (int i = 0; i < names.length; i++) {
			AreaCode ward = i == 0 ? home : ready.wards().get(random.nextInt(ready.wards().size()));
			Checkpoint checkpoint = new Checkpoint(UUID.randomUUID(), names[i], ward);
			checkpoints.insert(checkpoint, "demo", now);
			made.add(checkpoint);
		}
		int passed = 0;
		for (int i = 0; i < 60; i++) {
			Checkpoint at = made.get(random.nextInt(made.size()));
			Instant when = now.minus(Duration.ofMinutes(random.nextInt(12 * 60)));
			String plate = random.nextBoolean() ? "29A" + (10000 + random.nextInt(89999)) : null;
			if (!approved.isEmpty() && random.nextInt(4) > 0) {
				Permit p = approved.get(random.nextInt(approved.size()));
				boolean inZone = p.covers(at.ward());
				passages.insert(at.id(), at.ward(), p.person(), plate, when, inZone, inZone ? List.of() : List.of("ZONE_NOT_ALLOWED"), "PERMIT");
			}
			else {
				PersonSummary person = residents.isEmpty() ? null : residents.get(random.nextInt(residents.size()));
				passages.insert(at.id(), at.ward(), person == null ? null : person.id(), plate, when, false,
						List.of(person == null ? "QR_NOT_RECOGNISED" : "NO_PERMIT"), person == null ? null : "APP");
			}
			passed++;
		}
		List<PersonSummary> riders = this.residents.first(AreaCode.province(ready.province().province()), true, 20);
		for (PersonSummary rider : riders) {
			ShipperDeclaration d = new ShipperDeclaration(rider.id(), rider.area(), List.of(rider.area().parent()),
					LocalTime.of(7, 0), LocalTime.of(19, 0));
			shippers.save(d, now);
			watch.declared(d);
			if (random.nextInt(4) == 0) {
				AreaCode elsewhere = ready.wards().get(random.nextInt(ready.wards().size()));
				Instant when = now.minus(Duration.ofMinutes(random.nextInt(6 * 60)));
				String why = d.violation(elsewhere, when.atZone(MovementTime.VIETNAM).toLocalTime());
				if (why != null) {
					shippers.flag(d, when, LocalDate.ofInstant(when, MovementTime.VIETNAM), elsewhere, why, "CHECKIN:demo-" + rider.id());
				}
			}
		}
		return new int[] { residents.size(), made.size(), passed, riders.size() };
	}
}
