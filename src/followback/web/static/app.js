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

  // Keyboard shortcuts in the inbox: r reply, e done, n next, / search, ? list them.
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) {
      if (ev.key === "Escape" && t.blur) { t.blur(); }
      return;
    }
    var el = null;
    if (ev.key === "r") { el = document.getElementById("reply-text"); if (el) { el.focus(); } }
    else if (ev.key === "e") { el = document.getElementById("done-form"); if (el) { el.submit(); } }
    else if (ev.key === "n") { el = document.getElementById("next-conversation"); if (el) { window.location.href = el.href; } }
    else if (ev.key === "/") { el = document.getElementById("inbox-search") || document.querySelector("input[name=q]"); if (el) { el.focus(); } }
    if (el) { ev.preventDefault(); }
  });

  // Back links on error pages (no inline javascript: URLs under the CSP).
  document.querySelectorAll("a.back").forEach(function (a) {
    a.addEventListener("click", function (ev) { ev.preventDefault(); window.history.back(); });
  });
})();
