package vn.pccovid.tracing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** Transmission clusters and their graphs for epidemiologists. */
@RestController
@Tag(name = "Tracing")
@Allowed(value = { Permission.TRACING_RUN }, area = AreaRule.CALLER_SCOPE)
class GraphController {

	private final ClusterGraphs graphs;

	GraphController(ClusterGraphs graphs) {
		this.graphs = graphs;
	}

	@GetMapping("/api/v1/tracing/clusters")
	@Operation(summary = "The newest clusters whose index case lives in the caller's area, with their sizes")
	List<GraphRecords.Cluster> clusters(Actor actor, @RequestParam(defaultValue = "50") int limit) {
		return graphs.clusters(actor, limit);
	}

	@GetMapping("/api/v1/tracing/clusters/{id}/graph")
	@Operation(summary = "A cluster's transmission graph, aggregated by area; expand one area into its people",
			description = "group: province | district (default) | ward. Without expand: one node per area with counts by level (F0, F1, F2) and one edge per pair of areas with the number of links — no personal data. expand=<area path inside the caller's scope>: that area's people (at most limit, 1–2000, default 500; truncated says more exist) and their links; audited. 403 outside the scope.")
	ClusterGraphs.Graph graph(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String expand, @RequestParam(defaultValue = "500") int limit) {
		return graphs.of(actor, id, group, expand, limit);
	}
}
