// The console's progressive enhancement: live tiles on the home page and the flow charts.
// The pages are complete without it.
(function () {
  'use strict';
  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } }).then(function (r) {
      if (r.status === 401) { window.location.href = '/login?next=' + encodeURIComponent(location.pathname); throw new Error('logged out'); }
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }

  // Needs attention: put each tile's new figures in place.
  var tiles = document.querySelector('[data-live="/api/attention"]');
  if (tiles) {
    var refresh = function () {
      getJson('/api/attention').then(function (d) {
        d.tiles.forEach(function (t) {
          var el = tiles.querySelector('[data-tile="' + t.id + '"]');
          if (!el) return;
          el.querySelector('.count').textContent = t.text.count;
          el.querySelector('.age').textContent = t.text.age;
          el.querySelector('.detail').textContent = t.detail || '';
          el.classList.remove('ok', 'warn', 'bad');
          el.classList.add(t.status === 'alert' ? 'bad' : t.status === 'attention' ? 'warn' : 'ok');
        });
        var at = document.querySelector('[data-live-at]');
        if (at) at.textContent = d.at.slice(11, 19) + ' UTC';
      }).catch(function () {});
    };
    setInterval(refresh, 5000);
  }

  // Audit: "verify now" progress.
  var progress = document.querySelector('[data-verify]');
  if (progress) {
    var poll = function () {
      getJson('/api/audit/verify').then(function (p) {
        var bar = progress.querySelector('progress');
        var text = progress.querySelector('.verify-text');
        if (p.lastSeq > 0) { bar.max = p.lastSeq; bar.value = p.checked; }
        text.textContent = p.state === 'running' ? 'verifying: ' + p.checked + ' of ' + (p.lastSeq || '?') + ' entries'
          : p.state === 'done' ? (p.ok ? 'intact: ' + p.checked + ' entries checked' : 'BROKEN at seq ' + (p.firstBreak ? p.firstBreak.seq + ' (' + p.firstBreak.code + ')' : '?'))
          : p.state === 'failed' ? 'failed: ' + p.error : 'not running';
        if (p.state === 'running') setTimeout(poll, 1000);
      }).catch(function () {});
    };
    if (progress.getAttribute('data-verify') === 'running') poll();
  }

  // Flow: uPlot charts from /api/flow, redrawn every interval.
  var charts = document.querySelector('[data-flow]');
  if (charts && window.uPlot) {
    var plots = {};
    var draw = function () {
      getJson('/api/flow').then(function (f) {
        var t = f.points.map(function (p) { return p.t / 1000; });
        var defs = [
          { id: 'chart-outcomes', title: 'Decisions per second by outcome', unit: 'msg/s', series: f.outcomes.map(function (o) { return { label: o, values: f.points.map(function (p) { return p.outcomes[o] || 0; }) }; })
            .concat([{ label: 'ingress', values: f.points.map(function (p) { return p.ingressPerS; }) }]) },
          { id: 'chart-deadletters', title: 'Dead letters per second by code', unit: 'dl/s', series: f.codes.map(function (c) { return { label: c, values: f.points.map(function (p) { return p.deadLetters[c] || 0; }) }; }) },
          { id: 'chart-latency', title: 'Ingress to delivery latency', unit: 'ms', series: [
            { label: 'p50', values: f.points.map(function (p) { return p.p50Ms; }) },
            { label: 'p99', values: f.points.map(function (p) { return p.p99Ms; }) }] },
        ];
        var colors = ['#1f4f8f', '#1f7a3f', '#b3261e', '#a35f00', '#4b2a8f', '#00838f', '#6d4c41', '#c2185b'];
        defs.forEach(function (d) {
          var el = document.getElementById(d.id);
          if (!el) return;
          var data = [t].concat(d.series.map(function (s) { return s.values; }));
          var key = d.series.map(function (s) { return s.label; }).join(',');
          if (plots[d.id] && plots[d.id].key === key) { plots[d.id].plot.setData(data); return; }
          if (plots[d.id]) plots[d.id].plot.destroy();
          el.textContent = '';
          var opts = { title: d.title, width: Math.max(320, el.clientWidth - 10), height: 220, scales: { x: { time: true } }, tzDate: function (ts) { return window.uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); },
            axes: [{}, { label: d.unit }],
            series: [{}].concat(d.series.map(function (s, i) { return { label: s.label, stroke: colors[i % colors.length], width: 2 }; })) };
          plots[d.id] = { key: key, plot: new window.uPlot(opts, data, el) };
        });
      }).catch(function () {});
    };
    draw();
    setInterval(draw, Number(charts.getAttribute('data-flow')) || 10000);
  }
})();
