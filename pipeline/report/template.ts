// The report page's style and script, inlined into report.html (no network, no CDN).
export const reportStyle = `
:root { --quote:#fde68a; --indirect:#bfdbfe; --according:#ddd6fe; --assertion:#e5e7eb; --ink:#1f2937; --muted:#6b7280; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--ink); background:#fafafa; }
header { display:flex; gap:1rem; align-items:baseline; padding:.6rem 1.2rem; background:#111827; color:#f9fafb; }
header h1 { font-size:1.1rem; margin:0; } header .meta { color:#d1d5db; font-size:.85rem; }
main { max-width:1100px; margin:0 auto; padding:0 1.2rem 4rem; }
h2 { font-size:1.05rem; margin:1.4rem 0 .5rem; } h3 { font-size:.95rem; }
.counts { color:var(--muted); } .charts { display:flex; flex-wrap:wrap; gap:1.2rem; }
svg.chart { background:#fff; border:1px solid #e5e7eb; border-radius:6px; padding:4px; font-size:11px; }
svg.chart rect { fill:#60a5fa; } svg.chart .title { font-weight:600; font-size:12px; }
table { border-collapse:collapse; width:100%; background:#fff; } td, th { border-bottom:1px solid #eee; padding:.3rem .5rem; text-align:left; vertical-align:top; font-size:.9rem; }
#search { width:100%; padding:.5rem .7rem; font-size:1rem; border:1px solid #d1d5db; border-radius:6px; }
#list tr.doc { cursor:pointer; } #list tr.doc:hover { background:#eef2ff; }
#pager { display:flex; gap:.4rem; margin:.5rem 0; align-items:center; } #pager button { padding:.2rem .6rem; }
#article { background:#fff; border:1px solid #e5e7eb; border-radius:8px; padding:1rem 1.3rem; margin-top:1rem; }
#article .legend span { display:inline-block; padding:0 .4rem; margin-right:.3rem; border-radius:3px; font-size:.8rem; }
.block { margin:.6rem 0; white-space:pre-wrap; } .block.furniture { background:#f3f4f6; color:#4b5563; font-size:.9rem; padding:.2rem .5rem; border-left:3px solid #9ca3af; }
.block .kind { font-size:.7rem; text-transform:uppercase; color:#6b7280; margin-right:.4rem; }
.sb { color:#9ca3af; font-size:.75rem; padding:0 1px; user-select:none; }
.c { cursor:pointer; border-radius:2px; } .k-direct_quote { background:var(--quote); } .k-indirect { background:var(--indirect); }
.k-according_to { background:var(--according); } .k-assertion { background:var(--assertion); }
.c.hedged { outline:1px dashed #b45309; } .c.negated { text-decoration:line-through; text-decoration-color:#dc2626; text-decoration-thickness:1px; }
.sp { font-weight:600; border-bottom:2px solid #2563eb; cursor:pointer; } .cue { font-style:italic; border-bottom:1px dotted #2563eb; }
.dt { text-decoration:underline; text-decoration-color:#7c3aed; text-decoration-style:wavy; }
.q { text-decoration:underline; text-decoration-color:#059669; text-decoration-thickness:2px; }
.c.selected, .c.linked { box-shadow:0 0 0 2px #2563eb; }
#details { position:fixed; right:1rem; bottom:1rem; width:360px; max-height:60vh; overflow:auto; background:#fff; border:1px solid #d1d5db; border-radius:8px; padding:.8rem; box-shadow:0 6px 24px rgba(0,0,0,.15); font-size:.85rem; }
#details dt { font-weight:600; } #details dd { margin:0 0 .35rem; }
.back { margin-bottom:.5rem; }
`;

export const reportScript = `
(() => {
  const docs = JSON.parse(document.getElementById("data").textContent);
  const PAGE = 50;
  let page = 0, matches = docs.map((_, i) => i);
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const lower = new Map();
  const haystack = (i) => {
    if (!lower.has(i)) {
      const d = docs[i];
      lower.set(i, [d.source, d.title, d.text, ...d.claims.map((c) => c[5] + " " + c[6])].join("\\n").toLowerCase());
    }
    return lower.get(i);
  };
  function search(query) {
    const q = query.trim().toLowerCase();
    matches = q ? docs.map((_, i) => i).filter((i) => haystack(i).includes(q)) : docs.map((_, i) => i);
    page = 0;
    drawList();
  }
  function drawList() {
    const rows = matches.slice(page * PAGE, page * PAGE + PAGE).map((i) => {
      const d = docs[i];
      return '<tr class="doc" data-i="' + i + '"><td>' + esc(d.source) + '</td><td>' + esc(d.title || "") + '</td><td>' + esc(d.published || "") + '</td><td>' + d.claims.length + ' claims</td></tr>';
    });
    $("list").innerHTML = '<table><tr><th>source</th><th>title</th><th>published</th><th></th></tr>' + rows.join("") + '</table>';
    const pages = Math.max(1, Math.ceil(matches.length / PAGE));
    $("pager").innerHTML = '<button id="prev"' + (page === 0 ? " disabled" : "") + '>‹</button> page ' + (page + 1) + ' of ' + pages + ' · ' + matches.length + ' documents <button id="next"' + (page >= pages - 1 ? " disabled" : "") + '>›</button>';
    $("prev").onclick = () => { page--; drawList(); };
    $("next").onclick = () => { page++; drawList(); };
  }
  const kindLabel = { direct_quote: "direct quote", indirect: "indirect", according_to: "according to", assertion: "assertion" };
  function drawArticle(i) {
    const d = docs[i];
    const cp = Array.from(d.text);
    const cuts = new Set([0, cp.length]);
    const add = (a, b) => { if (a != null && b != null) { cuts.add(a); cuts.add(b); } };
    d.blocks.forEach((b) => add(b[0], b[1]));
    d.sentences.forEach((s) => add(s[0], s[1]));
    const quantities = [];
    d.claims.forEach((c, ci) => {
      add(c[0], c[1]); add(c[3], c[4]); add(c[8], c[9]);
      const content = cp.slice(c[0], c[1]).join("");
      for (const q of c[12]) {
        const at = content.indexOf(q);
        if (at >= 0) { const s = c[0] + Array.from(content.slice(0, at)).length; const e = s + Array.from(q).length; quantities.push([s, e]); add(s, e); }
      }
    });
    // Dates are marked for reading only (the dataset's dates come from the pipeline, not from here).
    const dates = [];
    const datePattern = /\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)(?: \\d{1,2})?(?:, \\d{4})?|\\d{4}-\\d{2}-\\d{2})\\b/g;
    const units = d.text;
    for (const m of units.matchAll(datePattern)) {
      const s = Array.from(units.slice(0, m.index)).length;
      const e = s + Array.from(m[0]).length;
      dates.push([s, e]); add(s, e);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const starts = new Set(d.sentences.map((s) => s[0]));
    const html = [];
    for (const [bi, b] of d.blocks.entries()) {
      const furniture = b[2] !== "body";
      html.push('<div class="block ' + (furniture ? "furniture" : "body") + '">' + (furniture ? '<span class="kind">' + esc(b[2]) + '</span>' : ""));
      for (let p = 0; p < points.length - 1; p++) {
        const s = points[p], e = points[p + 1];
        if (s < b[0] || e > b[1]) continue;
        if (starts.has(s) && s !== b[0]) html.push('<span class="sb" title="sentence boundary">‖</span>');
        const cls = [], attrs = [];
        const ci = d.claims.findIndex((c) => c[0] <= s && e <= c[1]);
        if (ci >= 0) { const c = d.claims[ci]; cls.push("c", "k-" + c[2]); if (c[10]) cls.push("hedged"); if (c[11]) cls.push("negated"); attrs.push('data-c="' + ci + '"'); }
        const speakerOf = d.claims.map((c, k) => (c[3] != null && c[3] <= s && e <= c[4] ? k : -1)).filter((k) => k >= 0);
        if (speakerOf.length) { cls.push("sp"); attrs.push('data-sp="' + speakerOf.join(",") + '"'); }
        if (d.claims.some((c) => c[8] != null && c[8] <= s && e <= c[9])) cls.push("cue");
        if (quantities.some((q) => q[0] <= s && e <= q[1])) cls.push("q");
        if (dates.some((q) => q[0] <= s && e <= q[1])) cls.push("dt");
        const text = esc(cp.slice(s, e).join(""));
        html.push(cls.length ? '<span class="' + cls.join(" ") + '" ' + attrs.join(" ") + '>' + text + '</span>' : text);
      }
      html.push('</div>');
    }
    const legend = Object.entries(kindLabel).map(([k, l]) => '<span class="k-' + k + '">' + l + '</span>').join("") + '<span class="sp">speaker</span> <span class="cue">cue</span> <span class="q">amount</span> <span class="dt">date</span> <span class="c hedged">hedged</span> <span class="c negated">negated</span>';
    const a = $("article");
    a.hidden = false;
    a.innerHTML = '<button class="back">‹ back to the list</button><h2>' + esc(d.title || d.source) + '</h2><p class="counts">' + esc(d.source) + (d.published ? " · " + esc(d.published) : "") + " · " + d.sentences.length + " sentences · " + d.claims.length + ' claims</p><p class="legend">' + legend + '</p>' + html.join("");
    a.querySelector(".back").onclick = () => { a.hidden = true; $("details").hidden = true; $("browse").scrollIntoView(); };
    a.onclick = (event) => {
      const target = event.target.closest("[data-c],[data-sp]");
      if (!target) return;
      a.querySelectorAll(".selected,.linked").forEach((n) => n.classList.remove("selected", "linked"));
      if (target.dataset.sp && !target.dataset.c) {
        for (const k of target.dataset.sp.split(",")) a.querySelectorAll('[data-c="' + k + '"]').forEach((n) => n.classList.add("linked"));
        return;
      }
      const ci = Number(target.dataset.c);
      a.querySelectorAll('[data-c="' + ci + '"]').forEach((n) => n.classList.add("selected"));
      const c = d.claims[ci];
      const rows = [["kind", kindLabel[c[2]]], ["content", cp.slice(c[0], c[1]).join("")], ["speaker", c[5]], ["speaker_canonical", c[6]], ["cue", c[7]], ["hedged", c[10] ? "yes (" + c[14].join(", ") + ")" : "no"], ["negated", c[11] ? "yes" : "no"], ["quantities", c[12].join("; ")], ["rule", c[13]], ["offsets", c[0] + "–" + c[1]], ["claim_id", c[15]]];
      const box = $("details");
      box.hidden = false;
      box.innerHTML = '<dl>' + rows.map(([k, v]) => '<dt>' + k + '</dt><dd>' + esc(v ?? "—") + '</dd>').join("") + '</dl>';
    };
    a.scrollIntoView();
  }
  $("list").onclick = (event) => { const row = event.target.closest("tr.doc"); if (row) drawArticle(Number(row.dataset.i)); };
  let timer;
  $("search").oninput = (event) => { clearTimeout(timer); timer = setTimeout(() => search(event.target.value), 150); };
  document.onkeydown = (event) => { if (event.key === "Escape") $("details").hidden = true; };
  drawList();
  if (docs.length === 1) drawArticle(0);
})();
`;
