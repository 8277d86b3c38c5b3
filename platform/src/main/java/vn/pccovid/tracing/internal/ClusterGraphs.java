package vn.pccovid.tracing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.AreaCode;
import vn.pccovid.core.ForbiddenException;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.geo.Areas;

/**
 * The transmission graph of a cluster, built for size: the first screen is one node per area (province, district or
 * ward) with counts by level and one edge per pair of areas with the number of links — a few hundred elements even
 * for 100,000 people, computed by two grouped queries. An area is expanded on demand into its people (within the
 * caller's scope only, audited), their links to people of the same area, and to the areas of the others.
 */
@Service
class ClusterGraphs {

	static final int MAX_PEOPLE = 2000;

	private final GraphRecords graph;
	private final Areas areas;
	private final AuditLog audit;

	ClusterGraphs(GraphRecords graph, Areas areas, AuditLog audit) {
		this.graph = graph;
		this.areas = areas;
		this.audit = audit;
	}

	/** A node: an area group (id {@code area:<path>}) or a person (id {@code person:<uuid>}). */
	record Node(String id, String kind, String area, String label, long count, Map<String, Long> levels, UUID personId, String level) {
	}

	/** An edge with the number of links it stands for. */
	record Edge(String source, String target, long count) {
	}

	/** The graph as the page draws it. */
	record Graph(UUID clusterId, String group, String expanded, long people, List<Node> nodes, List<Edge> edges, boolean truncated) {
	}

	/** Clusters whose index case lives in the caller's area. */
	@Transactional(readOnly = true)
	List<GraphRecords.Cluster> clusters(Actor actor, int limit) {
		return graph.clusters(actor.scope().sqlPrefix(), Math.min(Math.max(limit, 1), 200));
	}

	@Transactional
	Graph of(Actor actor, UUID cluster, String group, String expand, int limit) {
		int length = switch (group == null ? "district" : group.toLowerCase(Locale.ROOT)) {
			case "province" -> 2;
			case "district" -> 6;
			case "ward" -> 12;
			default -> throw new InvalidInputException("group", "tracing.group.unknown");
		};
		List<GraphRecords.GroupFlow> flows = graph.flows(cluster, length);
		if (flows.isEmpty()) {
			throw new NotFoundException("tracing.cluster.notFound");
		}
		Map<String, Map<String, Long>> levels = new java.util.TreeMap<>();
		Map<String, Long> links = new LinkedHashMap<>();
		long total = 0;
		for (GraphRecords.GroupFlow f : flows) {
			levels.computeIfAbsent(f.area(), a -> new java.util.TreeMap<>()).merge(f.level(), f.count(), Long::sum);
			total += f.count();
			if (f.fromArea() != null) {
				links.merge(f.fromArea() + "\n" + f.area(), f.count(), Long::sum);
			}
		}
		Map<String, Node> nodes = new LinkedHashMap<>();
		levels.forEach((area, byLevel) -> nodes.put("area:" + area, new Node("area:" + area, "AREA", area,
				areas.fullNameOfPath(area), byLevel.values().stream().mapToLong(Long::longValue).sum(), new LinkedHashMap<>(byLevel),
				null, null)));
		List<Edge> edges = new ArrayList<>();
		boolean truncated = false;
		String expanded = null;
		if (expand == null || expand.isBlank()) {
			links.forEach((pair, count) -> {
				int cut = pair.indexOf('\n');
				edges.add(new Edge("area:" + pair.substring(0, cut), "area:" + pair.substring(cut + 1), count));
			});
		}
		else {
			AreaCode area = parse(expand);
			if (!actor.scope().covers(area)) {
				audit.recordMissSoon(actor, AuditAction.SEARCH, actor.purpose(null), "transmission-graph", area);
				throw new ForbiddenException("access.area.outside");
			}
			expanded = area.path();
			List<GraphRecords.PersonNode> people = graph.people(cluster, area.path(), Math.min(Math.max(limit, 1), MAX_PEOPLE) + 1);
			truncated = people.size() > Math.min(Math.max(limit, 1), MAX_PEOPLE);
			if (truncated) {
				people = people.subList(0, people.size() - 1);
			}
			nodes.remove("area:" + area.path());
			List<AuditSubject> subjects = new ArrayList<>();
			for (GraphRecords.PersonNode p : people) {
				nodes.put("person:" + p.person(), new Node("person:" + p.person(), "PERSON", p.ward(), p.level(), 1, Map.of(p.level(), 1L),
						p.person(), p.level()));
				subjects.add(new AuditSubject(p.person(), AreaCode.parsePath(p.ward())));
			}
			for (GraphRecords.PersonNode p : people) {
				if (p.source() == null) {
					continue;
				}
				String source = nodes.containsKey("person:" + p.source()) ? "person:" + p.source()
						: p.sourceWard() == null ? null : "area:" + p.sourceWard().substring(0, Math.min(length, p.sourceWard().length()));
				if (source != null && nodes.containsKey(source)) {
					edges.add(new Edge(source, "person:" + p.person(), 1));
				}
			}
			if (!subjects.isEmpty()) {
				audit.record(actor, AuditAction.SEARCH, actor.purpose(null), "transmission-graph", subjects);
			}
		}
		return new Graph(cluster, length == 2 ? "province" : length == 6 ? "district" : "ward", expanded, total,
				List.copyOf(nodes.values()), edges, truncated);
	}

	private static AreaCode parse(String path) {
		try {
			return AreaCode.parsePath(path.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("expand", "tracing.expand.malformed");
		}
	}
}
