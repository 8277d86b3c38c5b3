package vn.pccovid.movement.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.Permission;

/** The police board's figures as JSON. */
@RestController
@Tag(name = "Movement")
class BoardController {

	private final PoliceBoard board;

	BoardController(PoliceBoard board) {
		this.board = board;
	}

	@GetMapping("/api/v1/movement/board")
	@Allowed(Permission.CHECKPOINT_MANAGE)
	@Operation(summary = "Police board of an area of the caller's scope (default: the scope)",
			description = "Permits pending/approved/rejected, today's passages allowed/denied, today's shipper violations; venuesWithoutScans is null until the check-in module offers venues.")
	PoliceBoard.Board board(Actor actor, @RequestParam(required = false) String ward) {
		return board.of(actor, ward);
	}
}
