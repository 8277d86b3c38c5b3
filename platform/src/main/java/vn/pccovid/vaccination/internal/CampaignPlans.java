package vn.pccovid.vaccination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.PersonSummaries;

/** Campaign plans per locality (P3): made by vaccination staff of the area, shown to everyone with their progress. */
@Service
class CampaignPlans {

	/** Age from which the registry's residents count towards a plan's target when no targets are given. */
	static final int TARGET_MIN_AGE = 18;

	private final Plans plans;
	private final Areas areas;
	private final PersonSummaries residents;
	private final Clock clock;

	CampaignPlans(Plans plans, Areas areas, PersonSummaries residents, Clock clock) {
		this.plans = plans;
		this.areas = areas;
		this.residents = residents;
		this.clock = clock;
	}

	@Transactional
	UUID create(Actor actor, NewPlan plan) {
		String name = plan.name() == null ? "" : VietnameseText.nfc(plan.name()).strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInputException("name", "vaccination.plan.name");
		}
		Area area = areas.get(plan.areaCode(), "areaCode");
		actor.requireCovers(area.code());
		if (plan.startsOn() == null) {
			throw new InvalidInputException("startsOn", "vaccination.plan.dates");
		}
		if (plan.endsOn() == null || plan.endsOn().isBefore(plan.startsOn())) {
			throw new InvalidInputException("endsOn", "vaccination.plan.dates");
		}
		if (plan.dosesPerWeek() == null || plan.dosesPerWeek() < 0) {
			throw new InvalidInputException("dosesPerWeek", "vaccination.plan.doses");
		}
		Map<String, Integer> targets = new LinkedHashMap<>();
		for (Target target : plan.targets() == null ? List.<Target>of() : plan.targets()) {
			Area ward = target == null || target.wardCode() == null || !target.wardCode().matches("\\d{5}") ? null
					: areas.find(target.wardCode()).orElse(null);
			if (ward == null || !ward.code().isWithin(area.code())) {
				throw new InvalidInputException("targets", "vaccination.plan.ward");
			}
			if (target.population() == null || target.population() < 0) {
				throw new InvalidInputException("targets", "vaccination.plan.population");
			}
			targets.put(ward.code().path(), target.population());
		}
		if (targets.isEmpty()) {
			// No targets given: every ward's adults resident on the first day, counted by the registry (counts only).
			residents.residentsPerWard(area.code(), plan.startsOn().minusYears(TARGET_MIN_AGE))
					.forEach((ward, count) -> targets.put(ward.path(), (int) Math.min(Integer.MAX_VALUE, count)));
		}
		UUID id = UUID.randomUUID();
		plans.insert(id, name, area.code().path(), plan.startsOn(), plan.endsOn(), plan.dosesPerWeek(), targets, clock.instant());
		return id;
	}

	/** Every plan with its progress, wards and sites; nothing personal. */
	List<Plans.PlanProgress> published() {
		LocalDate today = LocalDate.now(clock);
		return plans.progress(100).stream().map(p -> new Plans.PlanProgress(p.id(), p.name(), p.areaPath(), p.startsOn(),
				p.endsOn(), p.dosesPerWeek(), p.target(), p.dosesGiven(), p.firstDose(), p.fullyVaccinated(), p.sites(),
				plans.targets(p.id()).stream().map(t -> new Plans.WardTarget(t.wardPath(), areas.fullNameOfPath(t.wardPath()), t.population())).toList(),
				plans.sites(p.areaPath(), today))).toList();
	}

	String areaName(String path) {
		return areas.fullNameOfPath(path);
	}

	static AreaCode path(String path) {
		return AreaCode.parsePath(path);
	}

	/**
	 * A plan to make.
	 *
	 * @param name         name
	 * @param areaCode     the locality's GSO code (province, district or ward)
	 * @param startsOn     first day
	 * @param endsOn       last day
	 * @param dosesPerWeek doses planned per week
	 * @param targets      target population per ward
	 */
	record NewPlan(String name, String areaCode, LocalDate startsOn, LocalDate endsOn, Integer dosesPerWeek, List<Target> targets) {
	}

	/**
	 * A ward's target.
	 *
	 * @param wardCode   5-digit ward code inside the plan's area
	 * @param population people to vaccinate
	 */
	record Target(String wardCode, Integer population) {
	}
}
