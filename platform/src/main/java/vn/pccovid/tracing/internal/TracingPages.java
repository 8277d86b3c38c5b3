package vn.pccovid.tracing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.pccovid.access.Actor;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.Permission;

/** The console's tracing pages: runs of the area, one run's contacts with evidence and decisions, a cluster's graph. */
@Controller
@Allowed(value = { Permission.TRACING_RUN }, area = AreaRule.CALLER_SCOPE)
class TracingPages {

	private final TracingRuns runs;
	private final ClusterGraphs graphs;

	TracingPages(TracingRuns runs, ClusterGraphs graphs) {
		this.runs = runs;
		this.graphs = graphs;
	}

	@GetMapping("/console/tracing")
	String overview(Actor actor, @RequestParam(required = false) UUID caseId, Model model) {
		List<RunRecords.Run> list = caseId != null ? runs.ofCase(actor, caseId) : runs.recent(actor, 50);
		model.addAttribute("runs", list);
		model.addAttribute("clusters", graphs.clusters(actor, 20));
		return "tracing/runs";
	}

	@PostMapping("/console/tracing/runs")
	String start(Actor actor, @RequestParam(required = false) UUID caseId) {
		return "redirect:/console/tracing/runs/" + runs.request(actor, caseId).id();
	}

	@GetMapping("/console/tracing/runs/{id}")
	String run(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String after, Model model) {
		model.addAttribute("run", runs.view(actor, id, null, after, 200));
		return "tracing/run";
	}

	@PostMapping("/console/tracing/runs/{id}/contacts/{personId}/decision")
	String decide(Actor actor, @PathVariable UUID id, @PathVariable UUID personId, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String reason) {
		runs.decide(actor, id, personId, decision, reason);
		return "redirect:/console/tracing/runs/" + id + "#contact-" + personId;
	}

	@GetMapping("/console/tracing/clusters/{id}")
	String cluster(@PathVariable UUID id, Model model) {
		model.addAttribute("clusterId", id);
		return "tracing/graph";
	}

	/** The graph for the page's script (the API needs a bearer token; the console has a session). */
	@GetMapping("/console/tracing/clusters/{id}/graph.json")
	@ResponseBody
	ClusterGraphs.Graph graph(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String expand, @RequestParam(defaultValue = "500") int limit) {
		return graphs.of(actor, id, group, expand, limit);
	}
}
