package vn.pccovid.checkin.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Names, streets and visiting hours of the demo venues, as a Vietnamese town has them. */
final class DemoVenueNames {

	private static final Map<VenueType, List<String>> NAMES = new EnumMap<>(VenueType.class);
	private static final List<String> STREETS = List.of("đường Trần Hưng Đạo", "đường Lê Lợi", "đường Nguyễn Trãi",
			"đường Hai Bà Trưng", "đường Lý Thường Kiệt", "đường Quang Trung", "đường Nguyễn Huệ", "đường Hùng Vương",
			"đường 30 Tháng 4", "đường Phan Đình Phùng", "đường Võ Thị Sáu", "đường Bà Triệu");
	/** Visits cluster around breakfast, work start, lunch, afternoon shopping and dinner (minute of day, weight). */
	private static final int[] PEAKS = { 7 * 60, 8 * 60, 11 * 60 + 45, 16 * 60 + 30, 18 * 60 + 45 };
	private static final double[] PEAK_WEIGHTS = { 0.22, 0.13, 0.28, 0.17, 0.20 };

	static {
		NAMES.put(VenueType.RESTAURANT, List.of("Quán phở Hương", "Cơm tấm Bà Ba", "Bún bò Cô Lan", "Quán lẩu Hải Sản",
				"Nhà hàng Sen Vàng", "Quán cơm Minh Châu"));
		NAMES.put(VenueType.CAFE, List.of("Cà phê Sáng", "Cà phê Góc Phố", "Trà sữa Mây", "Cà phê Hoa Giấy"));
		NAMES.put(VenueType.MARKET, List.of("Chợ phường", "Chợ Đêm", "Chợ Mới"));
		NAMES.put(VenueType.SUPERMARKET, List.of("Siêu thị Co.opmart", "Bách hóa Xanh", "Siêu thị Mini Phú Quý"));
		NAMES.put(VenueType.PHARMACY, List.of("Nhà thuốc Long Châu", "Nhà thuốc An Khang", "Nhà thuốc Tâm Đức"));
		NAMES.put(VenueType.OFFICE, List.of("Văn phòng Công ty Phú Thành", "Văn phòng Công ty Hòa Bình"));
		NAMES.put(VenueType.SCHOOL, List.of("Trường Tiểu học Kim Đồng", "Trường THCS Lê Quý Đôn", "Trường THPT Chuyên"));
		NAMES.put(VenueType.FACTORY, List.of("Nhà máy Chế biến Thủy sản", "Xưởng May Thành Công"));
		NAMES.put(VenueType.BANK, List.of("Ngân hàng Agribank", "Ngân hàng Vietcombank"));
		NAMES.put(VenueType.CLINIC, List.of("Phòng khám Đa khoa An Bình", "Phòng khám Nha khoa Nụ Cười"));
		NAMES.put(VenueType.GOVERNMENT_OFFICE, List.of("UBND phường", "Bưu điện văn hóa xã"));
		NAMES.put(VenueType.PLACE_OF_WORSHIP, List.of("Chùa Phước Hưng", "Nhà thờ Giáo xứ"));
		NAMES.put(VenueType.SPORTS, List.of("Sân bóng mini Thể Thao", "Phòng tập Gym Sức Khỏe"));
		NAMES.put(VenueType.HOTEL, List.of("Khách sạn Hoàng Gia", "Nhà nghỉ Bình An"));
		NAMES.put(VenueType.TRANSPORT_HUB, List.of("Bến xe khách", "Bến phà"));
		NAMES.put(VenueType.HOSPITAL, List.of("Bệnh viện Đa khoa"));
	}

	private DemoVenueNames() {
	}

	static String name(VenueType type, SplittableRandom random) {
		List<String> names = NAMES.getOrDefault(type, List.of("Cửa hàng Tạp hóa"));
		return names.get(random.nextInt(names.size()));
	}

	static String street(SplittableRandom random) {
		return STREETS.get(random.nextInt(STREETS.size()));
	}

	/** An index drawn with the given probabilities (the last takes what is left). */
	static int pick(double[] weights, SplittableRandom random) {
		double r = random.nextDouble();
		for (int i = 0; i < weights.length - 1; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A minute of the day (Vietnam time) near one of the peaks, spread about ±40 minutes, between 5:00 and 22:30. */
	static int minuteOfVisit(SplittableRandom random) {
		int peak = PEAKS[pick(PEAK_WEIGHTS, random)];
		double gauss = 0;
		for (int i = 0; i < 3; i++) {
			gauss += random.nextDouble() * 2 - 1;
		}
		int minute = peak + (int) Math.round(gauss * 40);
		return Math.max(5 * 60, Math.min(22 * 60 + 30, minute));
	}
}
