package vn.pccovid.registry.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;

/** A citizen's own access log: who read or changed their data. */
@RestController
@Tag(name = "Me")
class AccessLogController {

	private final AccessLogs logs;

	AccessLogController(AccessLogs logs) {
		this.logs = logs;
	}

	@GetMapping("/api/v1/me/access-log")
	@Allowed(area = AreaRule.OWN_DATA)
	@Operation(summary = "Who read or changed my data (roles and area, newest first)")
	AccessLogs.Page accessLog(Actor actor, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "20") int limit) {
		return logs.of(actor, before, limit);
	}
}
