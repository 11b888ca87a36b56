/* Charts drawn from data the page embeds with json_script (no inline script, CSP-clean).
   <canvas data-chart="bar|line" data-source="id-of-json" aria-label="..." role="img">;
   the JSON is {"labels": [...], "series": [{"label": "...", "values": [...]}]}.
   Every chart has the same figures in a table beside it, for screen readers and print. */
(function () {
  "use strict";
  if (!window.Chart) { return; }
  var rtl = document.documentElement.dir === "rtl";
  var font = getComputedStyle(document.body).fontFamily;
  var colours = ["#0b5132", "#8a5a00", "#0a5a8a", "#6b7872"];
  window.Chart.defaults.font.family = font;
  window.Chart.defaults.color = "#1d2521";
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    if (canvas.dataset.drawn) { return; }  // a page with several charts loads this more than once
    canvas.dataset.drawn = "1";
    var source = document.getElementById(canvas.dataset.source);
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    new window.Chart(canvas, {
      type: canvas.dataset.chart,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series, index) {
          return {
            label: series.label, data: series.values,
            backgroundColor: colours[index % colours.length],
            borderColor: colours[index % colours.length],
          };
        }),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { rtl: rtl, textDirection: rtl ? "rtl" : "ltr" },
                   tooltip: { rtl: rtl, textDirection: rtl ? "rtl" : "ltr" } },
        scales: { x: { reverse: rtl }, y: { beginAtZero: true, position: rtl ? "right" : "left" } },
      },
    });
  });
})();
