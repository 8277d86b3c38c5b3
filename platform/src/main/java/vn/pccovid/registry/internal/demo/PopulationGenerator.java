package vn.pccovid.registry.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import vn.pccovid.geo.Area;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.PersonName;
import vn.pccovid.registry.Sex;
import vn.pccovid.registry.internal.PopulationCopy.HouseholdRow;
import vn.pccovid.registry.internal.ValidCitizen;

/**
 * A deterministic, realistic population of one province: households of 1–7 people over the province's real wards,
 * ages from the national pyramid, Vietnamese names (children carry their father's family name, wives keep their
 * own), CCCDs consistent with birth and sex (mostly registered in the province, some elsewhere) and unique, unique
 * mobile numbers for most people from 15 up, some temporary residents and delivery riders. The same settings always
 * give the same rows.
 */
public final class PopulationGenerator {

	/** The day the population is as of; ages count back from it. */
	public static final LocalDate AS_OF = LocalDate.of(2021, 10, 1);

	private static final double[] HOUSEHOLD_SIZES = { 11, 20, 22, 25, 12, 6, 4 };
	private static final String[] PHONE_PREFIXES = { "032", "033", "034", "035", "036", "037", "038", "039", "052",
			"056", "058", "059", "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "088",
			"089", "090", "091", "093", "094", "096", "097", "098", "099" };
	private static final String[] STREETS = { "Nguyễn Trãi", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Lý Thường Kiệt",
			"Quang Trung", "Nguyễn Huệ", "Lê Duẩn", "Phan Chu Trinh", "Hoàng Diệu", "Điện Biên Phủ", "Bà Triệu",
			"Nguyễn Du", "Trần Phú", "Hùng Vương", "Lạc Long Quân", "Nguyễn Văn Cừ", "Võ Thị Sáu", "Cách Mạng Tháng Tám",
			"Nguyễn Thị Minh Khai", "Lê Thánh Tông", "Phạm Văn Đồng", "Tôn Đức Thắng", "Giải Phóng" };
	private static final String[] HAMLETS = { "Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Trung",
			"Thôn Thượng", "Thôn Hạ", "Xóm Mới", "Xóm Chùa", "Ấp 1", "Ấp 2", "Ấp 3", "Thôn 1", "Thôn 2", "Thôn 3",
			"Thôn 4", "Thôn 5", "Bản Na", "Tổ 1", "Tổ 2" };

	private final Settings settings;
	private final VietnameseNames names;
	private final AgePyramid pyramid = new AgePyramid();
	private final WeightedChoice<Integer> householdSizes = new WeightedChoice<>();
	private final WeightedChoice<Area> wards = new WeightedChoice<>();
	private final Map<String, int[]> cccdSerials = new HashMap<>();
	private long phones;

	/**
	 * What to generate.
	 *
	 * @param seed          random seed (2021 by default)
	 * @param province      2-digit GSO code of the province
	 * @param citizens      how many people
	 * @param wards         the province's wards (from {@code geo.Areas})
	 * @param otherWards    wards elsewhere, for temporary residents' permanent homes (may be empty)
	 * @param provinces     every province code, for people born elsewhere
	 */
	public record Settings(long seed, String province, int citizens, List<Area> wards, List<Area> otherWards,
			List<String> provinces) {

		public Settings {
			if (wards.isEmpty()) {
				throw new IllegalArgumentException("province " + province + " has no wards");
			}
			wards = List.copyOf(wards);
			otherWards = List.copyOf(otherWards);
			provinces = List.copyOf(provinces);
		}
	}

	/** Receives the generated rows; a household may arrive before or after its members. */
	public interface Sink {

		void household(HouseholdRow household) throws Exception;

		void citizen(ValidCitizen citizen) throws Exception;
	}

	public PopulationGenerator(Settings settings) {
		this.settings = settings;
		this.names = new VietnameseNames(settings.province());
		for (int size = 1; size <= HOUSEHOLD_SIZES.length; size++) {
			householdSizes.add(size, HOUSEHOLD_SIZES[size - 1]);
		}
		SplittableRandom weights = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
		for (Area ward : settings.wards()) {
			wards.add(ward, 0.3 + 3 * Math.pow(weights.nextDouble(), 2));
		}
	}

	/** Generates every row into the sink, in a fixed order. */
	public void generate(Sink sink) throws Exception {
		SplittableRandom random = new SplittableRandom(settings.seed());
		int made = 0;
		while (made < settings.citizens()) {
			int size = Math.min(householdSizes.pick(random), settings.citizens() - made);
			made += household(size, random, sink);
		}
	}

	/** Every row in memory: for tests and small provinces. */
	public Population generateAll() throws Exception {
		List<HouseholdRow> households = new ArrayList<>();
		List<ValidCitizen> citizens = new ArrayList<>(settings.citizens());
		generate(new Sink() {
			@Override
			public void household(HouseholdRow household) {
				households.add(household);
			}

			@Override
			public void citizen(ValidCitizen citizen) {
				citizens.add(citizen);
			}
		});
		return new Population(households, citizens);
	}

	/** A generated population held in memory. */
	public record Population(List<HouseholdRow> households, List<ValidCitizen> citizens) {
	}

	private int household(int size, SplittableRandom random, Sink sink) throws Exception {
		Area ward = wards.pick(random);
		boolean urban = !ward.name().startsWith("Xã");
		String address = address(urban, random);
		boolean homeless = size == 1 && random.nextDouble() < 0.003;
		UUID household = homeless ? null : uuid(random);
		if (!homeless) {
			sink.household(new HouseholdRow(household, ward.code(), address));
		}
		boolean temporary = random.nextDouble() < (urban ? 0.12 : 0.04);
		Area permanent = temporary && !settings.otherWards().isEmpty()
				? settings.otherWards().get(random.nextInt(settings.otherWards().size())) : ward;
		String permanentAddress = permanent == ward ? address : HAMLETS[random.nextInt(HAMLETS.length)];

		Sex headSex = random.nextDouble() < 0.75 ? Sex.MALE : Sex.FEMALE;
		int headAge = pyramid.ageBetween(size == 1 ? 18 : 22, 99, random);
		String headFamily = names.familyName(random);
		String childrenFamily = headFamily;
		List<Member> members = new ArrayList<>(size);
		members.add(new Member(headSex, headAge, headFamily));
		if (size >= 2 && random.nextDouble() < 0.85) {
			int spouseAge = Math.max(18, Math.min(99, headAge + random.nextInt(13) - 6));
			String spouseFamily = names.familyName(random);
			members.add(new Member(headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE, spouseAge, spouseFamily));
			if (headSex == Sex.FEMALE) {
				childrenFamily = spouseFamily;
			}
		}
		if (members.size() < size && size >= 5 && headAge < 60 && random.nextDouble() < 0.6) {
			members.add(new Member(random.nextDouble() < 0.6 ? Sex.FEMALE : Sex.MALE,
					Math.min(99, headAge + 20 + random.nextInt(15)), headFamily));
		}
		int youngestParent = Math.min(headAge, members.size() > 1 ? members.get(1).age() : headAge);
		while (members.size() < size) {
			int childAge = pyramid.ageBetween(0, Math.max(0, youngestParent - 16), random);
			members.add(new Member(random.nextBoolean() ? Sex.MALE : Sex.FEMALE, childAge, childrenFamily));
		}
		for (Member member : members) {
			sink.citizen(citizen(member, ward, address, permanent, permanentAddress, household, temporary, homeless, urban, random));
		}
		return members.size();
	}

	private ValidCitizen citizen(Member m, Area ward, String address, Area permanent, String permanentAddress,
			UUID household, boolean temporary, boolean homeless, boolean urban, SplittableRandom random) {
		LocalDate birth = AS_OF.minusYears(m.age()).minusDays(random.nextInt(365));
		String fullName = m.family() + " " + names.middleAndGiven(m.sex(), birth.getYear(), random);
		String birthProvince = random.nextDouble() < 0.85 || settings.provinces().isEmpty() ? settings.province()
				: settings.provinces().get(random.nextInt(settings.provinces().size()));
		String cccd = cccd(birthProvince, birth.getYear(), m.sex());
		String cmnd = birth.getYear() < 2003 && random.nextDouble() < 0.6 ? String.format("%09d", random.nextInt(300_000_000)) : null;
		String phone = m.age() >= 15 && random.nextDouble() < 0.92 ? phone() : null;
		boolean shipper = m.age() >= 18 && m.age() <= 45 && random.nextDouble() < (urban ? 0.03 : 0.005);
		return new ValidCitizen(uuid(random), cccd, cmnd, fullName, PersonName.key(fullName), birth, m.sex(), phone,
				permanent.code().value(), homeless ? null : permanentAddress, ward.code().value(),
				homeless ? null : address, ward.code(), household, temporary && !homeless, homeless, shipper);
	}

	/** Unique within a run: per 6-digit prefix, serials walk a fixed permutation of 000000–999999. */
	private String cccd(String province, int birthYear, Sex sex) {
		int digit = Cccd.centuryDigit(birthYear, sex);
		String prefix = "0" + province + digit + String.format("%02d", birthYear % 100);
		int[] next = cccdSerials.computeIfAbsent(prefix, p -> new int[] { Math.floorMod(p.hashCode() * 31 + (int) settings.seed(), 1_000_000) });
		int serial = next[0];
		next[0] = (int) ((serial + 387_433L) % 1_000_000);
		return prefix + String.format("%06d", serial);
	}

	/** Unique within a run: prefixes in turn, subscriber numbers along a permutation of 0–9,999,999. */
	private String phone() {
		long k = phones++;
		String prefix = PHONE_PREFIXES[(int) (k % PHONE_PREFIXES.length)];
		long number = (k / PHONE_PREFIXES.length * 1_234_567L + settings.seed()) % 10_000_000L;
		return prefix + String.format("%07d", number);
	}

	private static String address(boolean urban, SplittableRandom random) {
		if (urban) {
			String street = STREETS[random.nextInt(STREETS.length)];
			return random.nextBoolean() ? "Số " + (1 + random.nextInt(200)) + " " + street
					: "Số " + (1 + random.nextInt(60)) + ", ngõ " + (1 + random.nextInt(150)) + " " + street;
		}
		return "Số nhà " + (1 + random.nextInt(120)) + ", " + HAMLETS[random.nextInt(HAMLETS.length)];
	}

	private static UUID uuid(SplittableRandom random) {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	private record Member(Sex sex, int age, String family) {
	}
}
