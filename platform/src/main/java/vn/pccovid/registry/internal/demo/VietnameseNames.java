package vn.pccovid.registry.internal.demo;

import java.util.SplittableRandom;

import vn.pccovid.registry.Sex;

/**
 * Vietnamese names with realistic frequencies: family names (Nguyễn ≈ 38 %, Trần ≈ 11 %, Lê ≈ 9.5 % …, with the
 * southern spellings Huỳnh and Võ more common from Đà Nẵng southwards), sex-specific middle names (Văn, Thị less
 * common among the young) and given names.
 */
final class VietnameseNames {

	private static final Object[][] FAMILY = { { "Nguyễn", 38.4 }, { "Trần", 11.0 }, { "Lê", 9.5 }, { "Phạm", 7.0 },
			{ "Hoàng", 2.6 }, { "Huỳnh", 2.5 }, { "Phan", 4.5 }, { "Vũ", 2.0 }, { "Võ", 2.0 }, { "Đặng", 2.1 },
			{ "Bùi", 2.0 }, { "Đỗ", 1.4 }, { "Hồ", 1.3 }, { "Ngô", 1.3 }, { "Dương", 1.0 }, { "Lý", 0.5 }, { "Đinh", 0.8 },
			{ "Trương", 0.6 }, { "Lương", 0.4 }, { "Mai", 0.4 }, { "Trịnh", 0.4 }, { "Đào", 0.4 }, { "Cao", 0.3 },
			{ "Lâm", 0.3 }, { "Hà", 0.5 }, { "Tạ", 0.2 }, { "Chu", 0.2 }, { "Tô", 0.2 }, { "Kiều", 0.1 }, { "Quách", 0.1 },
			{ "Lưu", 0.3 }, { "Văn", 0.2 }, { "Thái", 0.2 }, { "Triệu", 0.2 } };

	private static final String[] MALE_MIDDLE = { "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Đình",
			"Ngọc", "Trung", "Quang", "Mạnh", "Tiến", "Anh", "Gia", "Hoàng", "Tuấn", "Bảo", "Nhật", "Thành" };
	private static final String[] FEMALE_MIDDLE = { "Ngọc", "Thu", "Thanh", "Minh", "Phương", "Thùy", "Bảo", "Hồng",
			"Kim", "Mai", "Khánh", "Lan", "Diệu", "Hoài", "Mỹ", "Thảo", "Hải", "Quỳnh", "Ánh", "Bích" };
	private static final String[] MALE_GIVEN = { "Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn",
			"Thắng", "Cường", "Huy", "Quân", "Phong", "Trung", "Đức", "Hiếu", "Khoa", "Bảo", "Khang", "Phúc", "Thành",
			"Tùng", "Việt", "Tâm", "Hoàng", "Lâm", "Nghĩa", "Quang", "Toàn", "Vinh", "Kiên", "Đạt", "Hưng", "Tài",
			"Thịnh", "Tiến", "An", "Bình", "Duy", "Hiển", "Lộc", "Thiện", "Trí", "Vũ" };
	private static final String[] FEMALE_GIVEN = { "Anh", "Linh", "Hương", "Lan", "Hoa", "Trang", "Thảo", "Hằng",
			"Mai", "Ngọc", "Nhung", "Hà", "Thủy", "Yến", "Phương", "Hạnh", "Loan", "Nga", "Hiền", "Huyền", "Vy", "Chi",
			"Trâm", "Nhi", "My", "Quỳnh", "Giang", "Dung", "Thu", "Oanh", "Vân", "Uyên", "Ly", "Tuyết", "Diệp", "Hồng",
			"Nhàn", "Liên", "Châu", "Hậu", "Thư", "Ngân", "Trinh", "Tiên", "Xuân" };

	private final WeightedChoice<String> family = new WeightedChoice<>();

	/** Names as common in this province (2-digit GSO code): the south spells Hoàng/Vũ as Huỳnh/Võ more often. */
	VietnameseNames(String province) {
		boolean south = Integer.parseInt(province) >= 48;
		for (Object[] entry : FAMILY) {
			String name = (String) entry[0];
			double weight = (Double) entry[1];
			if (name.equals("Hoàng") || name.equals("Vũ")) {
				weight *= south ? 0.4 : 1.6;
			}
			else if (name.equals("Huỳnh") || name.equals("Võ")) {
				weight *= south ? 1.6 : 0.4;
			}
			family.add(name, weight);
		}
	}

	String familyName(SplittableRandom random) {
		return family.pick(random);
	}

	/** A middle name (sometimes two for the young) and a given name, as {@code "Thị Hồng Nhung"}. */
	String middleAndGiven(Sex sex, int birthYear, SplittableRandom random) {
		boolean young = birthYear >= 1995;
		double classic = sex == Sex.MALE ? (young ? 0.15 : 0.55) : (young ? 0.2 : 0.6);
		String[] middles = sex == Sex.MALE ? MALE_MIDDLE : FEMALE_MIDDLE;
		String[] givens = sex == Sex.MALE ? MALE_GIVEN : FEMALE_GIVEN;
		StringBuilder name = new StringBuilder(24);
		if (random.nextDouble() < classic) {
			name.append(sex == Sex.MALE ? "Văn" : "Thị");
		}
		else {
			name.append(middles[random.nextInt(middles.length)]);
		}
		if (young && random.nextDouble() < 0.2) {
			name.append(' ').append(middles[random.nextInt(middles.length)]);
		}
		String given = givens[random.nextInt(givens.length)];
		return name.append(' ').append(given).toString();
	}
}
