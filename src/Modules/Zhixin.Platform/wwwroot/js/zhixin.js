// The few behaviours the pages need beyond htmx. Kept tiny on purpose: every page works without it.
(function () {
    "use strict";

    var loginPath = "/account/login";

    // htmx posts a form's hidden antiforgery field with the form, but an hx-post/hx-put/hx-delete outside a
    // form has none: send the page's token as the header ASP.NET Core antiforgery also accepts.
    document.addEventListener("htmx:config:request", function (event) {
        var request = event.detail && event.detail.ctx && event.detail.ctx.request;
        var meta = document.querySelector('meta[name="zhixin-antiforgery"]');
        if (!request || !meta || /^(GET|HEAD)$/i.test(request.method)) {
            return;
        }
        request.headers["RequestVerificationToken"] = meta.content;
    });

    // When the session has expired, fetch follows the redirect to the sign-in page; show that page whole
    // instead of swapping it into a table.
    document.addEventListener("htmx:before:response", function (event) {
        var raw = event.detail && event.detail.ctx && event.detail.ctx.response && event.detail.ctx.response.raw;
        if (raw && raw.redirected && new URL(raw.url).pathname === loginPath) {
            event.preventDefault();
            window.location.assign(raw.url);
        }
    });

    // Charts: an element with data-chart holds an ECharts option as JSON, written by the server (encoded by
    // Razor); a page that shows charts loads echarts.min.js. Drawn on load and again when htmx swaps one in.
    function drawCharts(root) {
        if (!window.echarts || !root.querySelectorAll) {
            return;
        }
        root.querySelectorAll("[data-chart]").forEach(function (element) {
            var chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
            chart.setOption(JSON.parse(element.getAttribute("data-chart")), true);
        });
    }

    document.addEventListener("DOMContentLoaded", function () { drawCharts(document); });
    // htmx fires after:swap on the element that made the request (a filter form), not on the swapped-in target,
    // so a chart inside the new rows is found only by looking through the whole page.
    document.addEventListener("htmx:after:swap", function () { drawCharts(document); });
    window.addEventListener("resize", function () {
        if (!window.echarts) {
            return;
        }
        document.querySelectorAll("[data-chart]").forEach(function (element) {
            var chart = window.echarts.getInstanceByDom(element);
            if (chart) {
                chart.resize();
            }
        });
    });
}());
