// briefings serve only (never in a built site): reload when a rebuild finishes, and show
// the problems over the page while the last rebuild failed.
(function () {
  "use strict";
  var seen = null;
  var box = null;
  function show(problems) {
    if (!box) {
      box = document.createElement("div");
      box.id = "briefings-preview-errors";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;" +
        "background:#fff7ee;color:#1a1a1a;border-top:4px solid #b35900;padding:0.75rem 1rem;" +
        "font:14px/1.4 'DejaVu Sans Mono',monospace;z-index:2147483647;box-shadow:0 -2px 8px rgba(0,0,0,.25)";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var head = document.createElement("p");
    head.style.cssText = "margin:0 0 0.5rem;font-weight:bold";
    head.textContent = "The last rebuild failed; this is the last good version. " +
      problems.length + " problem(s):";
    box.appendChild(head);
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding-left:1.2rem";
    problems.forEach(function (p) {
      var item = document.createElement("li");
      item.textContent = p;
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  function poll() {
    var request = new XMLHttpRequest();
    request.open("GET", "/__briefings__/status?since=" + (seen === null ? -1 : seen));
    request.timeout = 60000;
    request.onload = function () {
      var state = null;
      try { state = JSON.parse(request.responseText); } catch (e) { state = null; }
      if (state) {
        if (seen !== null && state.generation !== seen && state.ok) { location.reload(); return; }
        seen = state.generation;
        if (!state.ok) { show(state.problems); }
      }
      setTimeout(poll, 100);
    };
    request.onerror = request.ontimeout = function () { setTimeout(poll, 2000); };
    request.send();
  }
  poll();
})();
