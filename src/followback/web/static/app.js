// followback dashboard: small progressive enhancements; every form works without JS.
(function () {
  "use strict";

  // "Select all" in the review queue.
  var all = document.getElementById("select-all");
  if (all) {
    all.addEventListener("change", function () {
      document.querySelectorAll("input.pick").forEach(function (box) {
        box.checked = all.checked;
      });
    });
  }

  // Filters that apply as soon as they change.
  document.querySelectorAll("select.autosubmit").forEach(function (sel) {
    sel.addEventListener("change", function () {
      if (sel.form) { sel.form.submit(); }
    });
  });

  // Ask before actions marked as needing confirmation.
  document.querySelectorAll("[data-confirm]").forEach(function (el) {
    el.addEventListener("click", function (ev) {
      if (!window.confirm(el.getAttribute("data-confirm"))) { ev.preventDefault(); }
    });
  });

  // Back links on error pages (no inline javascript: URLs under the CSP).
  document.querySelectorAll("a.back").forEach(function (a) {
    a.addEventListener("click", function (ev) { ev.preventDefault(); window.history.back(); });
  });
})();
