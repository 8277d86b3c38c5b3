package vn.pccovid.vaccination.internal;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** The citizen app's electronic health book. */
@RestController
@Tag(name = "Me")
@Allowed(area = AreaRule.OWN_DATA)
class HealthBookController {

	private final HealthBook book;

	HealthBookController(HealthBook book) {
		this.book = book;
	}

	@GetMapping("/api/v1/me/people/{id}/doses")
	@Operation(summary = "The person's health book: every dose with date, product, lot and site, and the next dose due",
			description = "404 for a person this phone does not act for.")
	ResponseEntity<HealthBook.Book> doses(Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(book.of(actor, id));
	}
}
