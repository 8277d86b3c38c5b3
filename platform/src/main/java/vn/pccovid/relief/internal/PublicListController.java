package vn.pccovid.relief.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** The public (transparency) list of a ward, without sign-in. */
@RestController
@Tag(name = "Relief")
class PublicListController {

	private final PublicLists lists;

	PublicListController(PublicLists lists) {
		this.lists = lists;
	}

	@GetMapping("/api/v1/relief/programmes/{id}/public-list")
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "A ward's approved beneficiaries: masked names (\"Nguyễn V. A.\"), year of birth and amount; no sign-in",
			description = "Never a CCCD, phone, address or full name. Keyset-paged by `after` (the previous page's `next`), limit 1–500.")
	View publicList(@PathVariable UUID id, @RequestParam(required = false) String ward,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "100") int limit) {
		PublicLists.PublicList list = lists.of(id, ward, after, limit);
		var p = list.programme();
		return new View(new Terms(p.id(), p.name(), p.basis(), p.amount(), p.per(), p.periods().stream().map(Object::toString).toList()),
				new Ward(list.ward().value(), list.wardName()),
				list.page().items().stream().map(line -> new Item(line.name(), line.yearOfBirth(), line.amount())).toList(),
				list.page().next());
	}

	/** The answer. */
	record View(Terms programme, Ward ward, List<Item> items, Object next) {
	}

	/** A programme's public terms. */
	record Terms(UUID id, String name, String basis, long amount, Per per, List<String> periods) {
	}

	/** The ward. */
	record Ward(String code, String name) {
	}

	/** One masked line. */
	record Item(String name, int yearOfBirth, long amount) {
	}
}
