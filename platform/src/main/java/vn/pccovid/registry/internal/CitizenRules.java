package vn.pccovid.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.pccovid.core.AreaLevel;
import vn.pccovid.core.VietnameseText;
import vn.pccovid.geo.Area;
import vn.pccovid.geo.Areas;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.NewCitizen;
import vn.pccovid.registry.PersonName;
import vn.pccovid.core.PhoneNumber;
import vn.pccovid.registry.Violation;

/**
 * The registration rules, shared by single registration (first violation is a 400) and import (every violation of
 * every row is reported): CCCD shape and consistency with birth, sex and the province catalogue; CMND shape; name;
 * birth date; phone; wards from the catalogue; address lines.
 */
@Component
public class CitizenRules {

	static final int MAX_ADDRESS = 200;

	private final Areas areas;
	private final Clock clock;

	CitizenRules(Areas areas, Clock clock) {
		this.areas = areas;
		this.clock = clock;
	}

	/** The person normalised, or the rules it breaks (never both). */
	public Checked check(NewCitizen in) {
		List<Violation> violations = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		if (in.sex() == null) {
			violations.add(required("sex"));
		}
		LocalDate birth = in.dateOfBirth();
		if (birth == null) {
			violations.add(required("dateOfBirth"));
		}
		else if (birth.isAfter(today) || birth.getYear() < 1900) {
			violations.add(new Violation("dateOfBirth", "registry.dob.range", birth.toString()));
			birth = null;
		}
		String cccd = in.cccd() == null ? null : in.cccd().strip();
		if (cccd == null || cccd.isEmpty()) {
			violations.add(required(Cccd.FIELD));
		}
		else if (!Cccd.isWellFormed(cccd)) {
			violations.add(new Violation(Cccd.FIELD, "registry.cccd.format", cccd));
		}
		else {
			violations.addAll(new Cccd(cccd).violations(birth, in.sex(), this::isProvince));
		}
		String cmnd = blankToNull(in.cmnd());
		if (cmnd != null && !cmnd.matches("\\d{9}")) {
			violations.add(new Violation("cmnd", "registry.cmnd.format"));
		}
		Optional<Violation> unsafeName = TextRules.check("fullName", in.fullName());
		String name = PersonName.normalize(in.fullName());
		if (unsafeName.isPresent()) {
			violations.add(unsafeName.get());
		}
		else if (name == null || name.isEmpty()) {
			violations.add(required("fullName"));
		}
		else if (!PersonName.isPlausible(name)) {
			violations.add(new Violation("fullName", "registry.name.invalid", PersonName.MAX_LENGTH));
		}
		String phone = null;
		if (blankToNull(in.phone()) != null) {
			Optional<PhoneNumber> parsed = PhoneNumber.parse(in.phone());
			if (parsed.isEmpty()) {
				violations.add(new Violation("phone", "registry.phone.format"));
			}
			else {
				phone = parsed.get().value();
			}
		}
		Area current = ward(in.currentWard(), "currentWard", true, violations);
		Area permanent = blankToNull(in.permanentWard()) == null ? current : ward(in.permanentWard(), "permanentWard", false, violations);
		String currentAddress = address(in.currentAddress(), "currentAddress", !in.isHomeless(), violations);
		String permanentAddress = address(in.permanentAddress(), "permanentAddress", false, violations);
		if (!violations.isEmpty()) {
			return new Checked(null, violations);
		}
		return new Checked(new ValidCitizen(UUID.randomUUID(), cccd, cmnd, name, PersonName.key(name), birth, in.sex(),
				phone, permanent.code().value(), permanentAddress == null && permanent == current ? currentAddress : permanentAddress,
				current.code().value(), currentAddress, current.code(), in.householdId(), Boolean.TRUE.equals(in.temporaryResident()),
				in.isHomeless(), Boolean.TRUE.equals(in.shipper())), List.of());
	}

	/** Whether a 2-digit GSO province code is in the catalogue. */
	public boolean isProvince(String code) {
		return areas.find(code).map(area -> area.level() == AreaLevel.PROVINCE).orElse(false);
	}

	/** The ward with this GSO code, if the catalogue has one. */
	public Optional<Area> findWard(String code) {
		return areas.find(code).filter(area -> area.level() == AreaLevel.WARD);
	}

	private Area ward(String code, String field, boolean required, List<Violation> violations) {
		String trimmed = blankToNull(code);
		if (trimmed == null) {
			if (required) {
				violations.add(required(field));
			}
			return null;
		}
		Optional<Area> ward = findWard(trimmed);
		if (ward.isEmpty()) {
			violations.add(new Violation(field, "registry.ward.unknown", trimmed));
			return null;
		}
		return ward.get();
	}

	private static String address(String text, String field, boolean required, List<Violation> violations) {
		Optional<Violation> unsafe = TextRules.check(field, text);
		if (unsafe.isPresent()) {
			violations.add(unsafe.get());
			return null;
		}
		String address = blankToNull(VietnameseText.nfc(text));
		if (address == null && required) {
			violations.add(required(field));
		}
		else if (address != null && address.length() > MAX_ADDRESS) {
			violations.add(new Violation(field, "registry.address.long", MAX_ADDRESS));
		}
		return address;
	}

	private static Violation required(String field) {
		return new Violation(field, "registry.field.required", field);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/**
	 * The outcome of the rules.
	 *
	 * @param citizen    the normalised person, or {@code null} when a rule is broken
	 * @param violations the broken rules, empty when valid
	 */
	public record Checked(ValidCitizen citizen, List<Violation> violations) {

		/** The valid person, or the first violation as a 400 problem. */
		public ValidCitizen orThrow() {
			if (citizen == null) {
				throw violations.get(0).toException();
			}
			return citizen;
		}
	}
}
