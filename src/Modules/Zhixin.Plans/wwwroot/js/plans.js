// Charts of the plans pages. The page carries the figures in a data attribute; this draws them with ECharts.
(function () {
    "use strict";

    // Not started, in progress, completed: grey, blue, green, as the status badges.
    var colours = { notstarted: "#aab3c2", inprogress: "#1f5fbf", completed: "#1e7a3c" };

    function drawPlanChart(element) {
        var data = JSON.parse(element.getAttribute("data-plan-chart"));
        var chart = window.echarts.init(element, null, { renderer: "svg" });
        chart.setOption({
            animation: false,
            tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
            legend: { top: 0 },
            grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
            xAxis: { type: "value", minInterval: 1 },
            yAxis: { type: "category", inverse: true, data: data.sections, axisLabel: { width: 260, overflow: "truncate" } },
            series: data.series.map(function (s) {
                return { name: s.name, type: "bar", stack: "tasks", data: s.values, itemStyle: { color: colours[s.key] } };
            })
        });
        window.addEventListener("resize", function () { chart.resize(); });
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (!window.echarts) {
            return;
        }
        document.querySelectorAll("[data-plan-chart]").forEach(drawPlanChart);
    });
}());
