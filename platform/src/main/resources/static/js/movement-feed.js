// The province's live feed of checkpoint passages (server-sent events), newest first, at most 50 kept on screen.
(function () {
  var panel = document.getElementById('feed');
  if (!panel || !window.EventSource) { return; }
  var list = panel.querySelector('.feed-items');
  var state = panel.querySelector('.feed-state');
  var source = new EventSource(panel.getAttribute('data-source'));
  source.addEventListener('open', function () { state.textContent = ''; panel.setAttribute('data-open', 'true'); });
  source.addEventListener('passage', function (event) {
    var p = JSON.parse(event.data);
    var item = document.createElement('li');
    item.className = 'feed-item feed-' + p.decision;
    item.setAttribute('data-passage', p.passage);
    var time = new Date(p.at).toLocaleTimeString();
    var verdict = p.decision === 'ALLOW' ? panel.getAttribute('data-allow') : panel.getAttribute('data-deny');
    var text = time + ' · ' + p.checkpointName + ' · ' + verdict;
    if (p.person) { text += ' · ' + p.person + (p.yearOfBirth ? ' (' + p.yearOfBirth + ')' : ''); }
    if (p.plate) { text += ' · ' + p.plate; }
    if (p.reasons && p.reasons.length) { text += ' · ' + p.reasons.join(', '); }
    item.textContent = text;
    list.insertBefore(item, list.firstChild);
    while (list.children.length > 50) { list.removeChild(list.lastChild); }
  });
})();
