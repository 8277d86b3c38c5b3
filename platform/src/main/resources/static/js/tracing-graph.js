// The transmission graph page: draws the cluster aggregated by area (one node per area, edges weighted by the number
// of links), and expands an area into its people when it is tapped. The server aggregates, so the browser never
// holds more than a few hundred areas plus one area's people, whatever the cluster's size.
(function () {
  'use strict';
  var box = document.getElementById('graph');
  if (!box || typeof cytoscape === 'undefined') { return; }
  var source = box.getAttribute('data-source');
  var group = document.getElementById('group');
  var summary = document.getElementById('graph-summary');
  var colours = { F0: '#c8102e', F1: '#e07b00', F2: '#d4b000' };
  var cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node[kind = "AREA"]', style: { 'background-color': '#4a6fa5', 'label': 'data(caption)', 'width': 'data(size)',
        'height': 'data(size)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120 } },
      { selector: 'node[kind = "PERSON"]', style: { 'background-color': 'data(colour)', 'width': 10, 'height': 10 } },
      { selector: 'edge', style: { 'width': 'data(width)', 'line-color': '#999', 'target-arrow-shape': 'triangle',
        'target-arrow-color': '#999', 'curve-style': 'bezier', 'label': 'data(caption)', 'font-size': 8 } }
    ]
  });

  function load(expand) {
    var url = source + (source.indexOf('?') < 0 ? '?' : '&') + 'group=' + encodeURIComponent(group.value)
      + (expand ? '&expand=' + encodeURIComponent(expand) : '');
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(draw)
      .catch(function (status) { summary.textContent = 'HTTP ' + status; });
  }

  function draw(graph) {
    var elements = [];
    graph.nodes.forEach(function (n) {
      var levels = Object.keys(n.levels || {}).map(function (k) { return k + ' ' + n.levels[k]; }).join(', ');
      elements.push({ data: { id: n.id, kind: n.kind, area: n.area, caption: n.kind === 'AREA' ? n.label + '\n' + levels : '',
        size: Math.min(80, 16 + 6 * Math.log(1 + n.count)), colour: colours[n.level] || '#777' } });
    });
    graph.edges.forEach(function (e, i) {
      if (e.source === e.target && e.count === 0) { return; }
      elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, caption: e.count > 1 ? String(e.count) : '',
        width: Math.min(8, 1 + Math.log(e.count)) } });
    });
    cy.elements().remove();
    cy.add(elements);
    cy.layout({ name: elements.length > 400 ? 'grid' : 'cose', animate: false }).run();
    summary.textContent = graph.people + ' · ' + graph.nodes.length + ' / ' + graph.edges.length
      + (graph.expanded ? ' · ' + graph.expanded : '') + (graph.truncated ? ' …' : '');
  }

  cy.on('tap', 'node[kind = "AREA"]', function (event) { load(event.target.data('area')); });
  group.addEventListener('change', function () { load(null); });
  load(null);
}());
