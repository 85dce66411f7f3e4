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

  // Saved replies fill the reply box (already filled in with the customer's and agent's names).
  var saved = document.getElementById("saved-reply");
  var replyBox = document.getElementById("reply-text");
  if (saved && replyBox) {
    saved.addEventListener("change", function () {
      if (saved.value) { replyBox.value = saved.value; replyBox.dispatchEvent(new Event("input")); replyBox.focus(); }
    });
  }

  // Character counters: an estimate as you type (Bluesky counts graphemes, X weighs links
  // as 23 and wide characters as 2); the server counts again before posting.
  function graphemes(text) {
    if (window.Intl && Intl.Segmenter) { return Array.from(new Intl.Segmenter().segment(text)).length; }
    return Array.from(text).length;
  }
  function weigh(platform, text) {
    var url = /https?:\/\/\S+/gi;
    var links = (text.match(url) || []).length;
    var rest = text.replace(url, "");
    if (platform === "bluesky") { return graphemes(text); }
    if (platform === "x") {
      var n = 0;
      Array.from(rest).forEach(function (ch) {
        var cp = ch.codePointAt(0);
        n += (cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223) || (cp >= 8242 && cp <= 8247)) ? 1 : 2;
      });
      return n + 23 * links;
    }
    if (platform === "mastodon") { rest = rest.replace(/@(\w+)@[\w.-]+\w/g, "@$1"); }
    return Array.from(rest).length + 23 * links;
  }
  document.querySelectorAll("textarea.counted").forEach(function (box) {
    var counter = box.parentNode.querySelector(".counter") || (box.form && box.form.querySelector(".counter"));
    var preview = document.getElementById("handoff-preview");
    var limit = parseInt(box.getAttribute("data-limit"), 10);
    var signature = box.getAttribute("data-signature") || "";
    function update() {
      var text = box.value.trim() ? box.value.trim() + (signature ? " " + signature : "") : "";
      var used = weigh(box.getAttribute("data-platform"), text);
      if (counter) {
        counter.textContent = used + " / " + limit;
        counter.classList.toggle("over", used > limit);
      }
      if (preview && box.id === "handoff-text") { preview.textContent = text; }
    }
    box.addEventListener("input", update);
    update();
  });

  // Presence: who else has this conversation open, and who is typing (a heartbeat every
  // 15 s, and at most every 3 s while typing). The server keeps it for every process.
  var presence = document.getElementById("presence");
  if (presence && window.fetch) {
    var cid = presence.getAttribute("data-conversation");
    var url = "/api/inbox/" + cid + "/presence";
    var headers = { "Content-Type": "application/json", "X-CSRF-Token": presence.getAttribute("data-csrf") };
    var show = function (data) {
      var others = (data.here || []).filter(function (p) { return !p.you; });
      presence.textContent = others.length ? "Also here: " + others.map(function (p) {
        return p.member + (p.typing ? " (typing…)" : "");
      }).join(", ") : "";
    };
    var beat = function (typing) {
      fetch(url, { method: "POST", headers: headers, credentials: "same-origin", body: JSON.stringify({ typing: !!typing }) })
        .then(function (r) { return r.ok ? r.json() : null; }).then(function (d) { if (d) { show(d); } })
        .catch(function () {});
    };
    beat(false);
    setInterval(function () { beat(false); }, 15000);
    var lastTyping = 0;
    var reply = document.getElementById("reply-text");
    if (reply) {
      reply.addEventListener("input", function () {
        var now = Date.now();
        if (now - lastTyping > 3000) { lastTyping = now; beat(true); }
      });
    }
    window.addEventListener("pagehide", function () {
      fetch(url, { method: "POST", headers: headers, credentials: "same-origin", keepalive: true, body: JSON.stringify({ leaving: true }) }).catch(function () {});
    });
  }

  // Link suggestions: contacts the customer's verified profile links point to. Choosing
  // one fills the link form; a person still presses Link.
  var suggest = document.getElementById("suggest-links");
  if (suggest && window.fetch) {
    suggest.addEventListener("click", function () {
      var list = document.getElementById("link-suggestions");
      list.textContent = "Checking…";
      fetch(suggest.getAttribute("data-url"), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          list.textContent = "";
          var found = data.suggestions || [];
          if (!found.length) { list.textContent = data.message || "No verified link points to someone who wrote to us."; return; }
          found.forEach(function (sug) {
            var li = document.createElement("li");
            var use = document.createElement("button");
            use.type = "button";
            use.textContent = "Use";
            use.addEventListener("click", function () {
              document.getElementById("link-platform").value = sug.platform;
              document.getElementById("link-handle").value = sug.handle;
              document.getElementById("link-evidence").value = sug.evidence;
              document.getElementById("link-note").value = sug.note;
              document.getElementById("link-form").open = true;
            });
            li.textContent = sug.platform + " @" + sug.handle + " (" + sug.note + ") ";
            li.appendChild(use);
            list.appendChild(li);
          });
        })
        .catch(function () { list.textContent = "Could not check now."; });
    });
  }

  // Back links on error pages (no inline javascript: URLs under the CSP).
  document.querySelectorAll("a.back").forEach(function (a) {
    a.addEventListener("click", function (ev) { ev.preventDefault(); window.history.back(); });
  });
})();
