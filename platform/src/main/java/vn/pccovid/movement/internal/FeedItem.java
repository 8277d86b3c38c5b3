package vn.pccovid.movement.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One passage as the province's live feed shows it: the name abbreviated ({@code Nguyễn V. A.}) with the year of
 * birth, so that the feed identifies a passage for officers without repeating a full identity to every screen.
 */
record FeedItem(long passage, UUID checkpoint, String checkpointName, Instant at, String decision, List<String> reasons,
		String person, Integer yearOfBirth, String plate) {

	static String abbreviate(String fullName) {
		if (fullName == null) {
			return null;
		}
		String[] words = fullName.strip().split("\\s+");
		StringBuilder out = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			out.append(' ').append(words[i], 0, words[i].offsetByCodePoints(0, 1)).append('.');
		}
		return out.toString();
	}
}
