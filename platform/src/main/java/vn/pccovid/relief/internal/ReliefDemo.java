package vn.pccovid.relief.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.pccovid.access.Actor;
import vn.pccovid.access.NewStaffAccount;
import vn.pccovid.access.Role;
import vn.pccovid.access.Scope;
import vn.pccovid.access.StaffAccounts;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ProblemException;
import vn.pccovid.registry.Citizen;
import vn.pccovid.registry.CitizenSearch;
import vn.pccovid.registry.Citizens;
import vn.pccovid.registry.DemoPopulationReady;

/**
 * The demo province's relief: a freelance-and-shipper programme under Resolution 68, a list in the first wards
 * (proposed by the ward, mostly approved by the province), payments for most approved people, and two accounts for
 * the journey ({@code demo-relief-ward} for the first ward, {@code demo-relief-district} for its district). Runs only
 * when relief has no programme; randomness from the event's seed. Works through the module's own services, so the
 * demo's rows pass the same rules and audit as real ones (actor {@code relief-demo}).
 */
@Component
class ReliefDemo {

	private static final Logger log = LoggerFactory.getLogger(ReliefDemo.class);
	static final String PASSWORD = "demo-password-2021";

	private final Programmes programmes;
	private final ProgrammeCatalogue catalogue;
	private final BeneficiaryLists lists;
	private final PaymentDesk desk;
	private final Citizens citizens;
	private final StaffAccounts accounts;

	ReliefDemo(Programmes programmes, ProgrammeCatalogue catalogue, BeneficiaryLists lists, PaymentDesk desk, Citizens citizens,
			StaffAccounts accounts) {
		this.programmes = programmes;
		this.catalogue = catalogue;
		this.lists = lists;
		this.desk = desk;
		this.citizens = citizens;
		this.accounts = accounts;
	}

	@EventListener
	@Order(700)
	void on(DemoPopulationReady ready) {
		if (ready.wards().isEmpty()) {
			return;
		}
		openAccounts(ready.wards().get(0));
		if (!programmes.isEmpty()) {
			return;
		}
		Summary summary = generate(ready.province(), ready.wards().subList(0, Math.min(3, ready.wards().size())), ready.seed());
		log.info("Demo relief: programme {} with {} proposed, {} approved, {} paid", summary.programme(), summary.proposed(),
				summary.approved(), summary.paid());
	}

	/**
	 * What was generated.
	 *
	 * @param programme the programme's id
	 * @param proposed  people proposed
	 * @param approved  of them approved
	 * @param paid      payments recorded
	 */
	record Summary(java.util.UUID programme, int proposed, int approved, int paid) {
	}

	Summary generate(AreaCode province, List<AreaCode> wards, long seed) {
		Random random = new Random(seed ^ 0x7e11efL);
		Scope scope = Scope.of(province);
		Actor admin = actor("relief-demo-admin", Role.PROVINCE_ADMIN, scope);
		Actor proposer = actor("relief-demo", Role.LOCAL_GOVERNMENT_OFFICER, scope);
		Actor approver = actor("relief-demo-approver", Role.LOCAL_GOVERNMENT_OFFICER, scope);
		Actor cashier = actor("relief-demo-cashier", Role.RELIEF_CASHIER, scope);
		Programme programme = catalogue.define(admin, new NewProgramme("Hỗ trợ lao động tự do và người giao hàng",
				"Nghị quyết 68/NQ-CP ngày 01/7/2021", 1_500_000L, "PERSON", List.of("2021-08", "2021-09"),
				new NewProgramme.Rules(18, null, null, List.of("FREELANCE", "SHIPPER"), null, null)));
		int proposed = 0;
		int approved = 0;
		int paid = 0;
		for (AreaCode ward : wards) {
			List<Citizen> people = new ArrayList<>(citizens.search(proposer, new CitizenSearch(null, ward.value(), null, 100),
					PersonLookup.PURPOSE).items());
			java.util.Collections.shuffle(people, random);
			for (Citizen citizen : people.subList(0, Math.min(15, people.size()))) {
				try {
					if (!citizen.shipper() && random.nextDouble() < 0.8) {
						lists.attest(proposer, citizen.cccd(), Set.of(ReliefFlag.FREELANCE));
					}
					lists.propose(proposer, programme.id(), citizen.cccd());
					proposed++;
					if (random.nextDouble() < 0.8) {
						lists.approve(approver, programme.id(), citizen.cccd());
						approved++;
						if (random.nextDouble() < 0.7) {
							String method = List.of("CASH", "BANK", "EWALLET").get(random.nextInt(3));
							desk.pay(cashier, new PaymentDesk.PaymentRequest(programme.id(), citizen.cccd(), "2021-08", method));
							paid++;
						}
					}
				}
				catch (ProblemException e) {
					// Children and people without a qualifying occupation are refused, as they would be for real.
				}
			}
		}
		return new Summary(programme.id(), proposed, approved, paid);
	}

	private void openAccounts(AreaCode ward) {
		open("demo-relief-ward", "Demo cán bộ phường", Scope.of(ward));
		open("demo-relief-district", "Demo cán bộ quận", Scope.of(ward.parent()));
	}

	private void open(String username, String name, Scope scope) {
		if (accounts.findByUsername(username).isEmpty()) {
			accounts.openAsPlatform(new NewStaffAccount(username, name, PASSWORD, Set.of(Role.LOCAL_GOVERNMENT_OFFICER), scope));
		}
	}

	private static Actor actor(String name, Role role, Scope scope) {
		return new Actor(Actor.Kind.STAFF, name, name, Set.of(role), scope);
	}
}
