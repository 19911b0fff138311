// `claimset report`: one self-contained HTML file (no network, inline CSS and JS) from an output
// folder. A corpus view (counts, charts, rejects) and, per document, the normalized text with the
// furniture shaded, sentence boundaries, claims highlighted by kind, speakers linked to their
// claims, hedged and negated claims marked and amounts underlined; selecting a claim shows its
// fields. Documents are paginated and searchable by text, speaker and source file, so tens of
// thousands of them stay responsive (only one page and one article are ever drawn).
import { readFile, writeFile } from "node:fs/promises";
import { MANIFEST_FILE, outputPath, REJECTS_FILE } from "../emit/catalog.js";
import { loadLexicons } from "../lexicons/load.js";
import { barChart, histogram } from "./charts.js";
import { reportScript, reportStyle } from "./template.js";

export const REPORT_FILE = "report.html";

type Json = Record<string, unknown>;

async function readJsonl(path: string): Promise<Json[]> {
  const text = await readFile(path, "utf8");
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as Json);
}

/** The data the page needs, compact: arrays instead of objects per row. */
function compact(documents: Json[], blocks: Json[], sentences: Json[], claims: Json[]) {
  const byDoc = new Map<string, { blocks: unknown[]; sentences: unknown[]; claims: unknown[] }>();
  for (const d of documents) byDoc.set(String(d.doc_id), { blocks: [], sentences: [], claims: [] });
  for (const b of blocks) byDoc.get(String(b.doc_id))?.blocks.push([b.start, b.end, b.kind]);
  for (const s of sentences) byDoc.get(String(s.doc_id))?.sentences.push([s.start, s.end]);
  for (const c of claims) {
    byDoc.get(String(c.doc_id))?.claims.push([
      c.start, c.end, c.kind, c.speaker_start, c.speaker_end, c.speaker, c.speaker_canonical, c.cue,
      c.cue_start, c.cue_end, c.hedged, c.negated, (c.quantities as { text: string }[]).map((q) => q.text), c.rule, c.hedges, c.claim_id,
    ]);
  }
  return documents.map((d) => {
    const parts = byDoc.get(String(d.doc_id))!;
    return { id: d.doc_id, source: d.source, title: d.title, published: d.published, text: d.text, ...parts };
  });
}

export async function writeReport(dir: string): Promise<{ path: string; documents: number }> {
  const read = (file: string) => readJsonl(outputPath(dir, file));
  const [documents, blocks, sentences, claims, rejects] = await Promise.all([
    read("documents.jsonl"),
    read("blocks.jsonl"),
    read("sentences.jsonl"),
    read("claims.jsonl"),
    read(REJECTS_FILE),
  ]);
  const manifest = JSON.parse(await readFile(outputPath(dir, MANIFEST_FILE), "utf8")) as { counts: Record<string, number>; claimset_version: string };

  const kinds = new Map<string, number>();
  const speakers = new Map<string, number>();
  const perDoc = new Map<string, number>();
  let hedged = 0;
  let negated = 0;
  for (const c of claims) {
    kinds.set(String(c.kind), (kinds.get(String(c.kind)) ?? 0) + 1);
    if (c.speaker_canonical) speakers.set(String(c.speaker_canonical), (speakers.get(String(c.speaker_canonical)) ?? 0) + 1);
    perDoc.set(String(c.doc_id), (perDoc.get(String(c.doc_id)) ?? 0) + 1);
    if (c.hedged) hedged++;
    if (c.negated) negated++;
  }
  // Organisations apart from people and described sources: a name with an organisation word, or
  // `the` and a capitalised name (`the Wall Street Journal`).
  const organizationWords = loadLexicons().organizationWords;
  const isOrganization = (name: string) =>
    /^the \p{Lu}/u.test(name) || name.toLowerCase().split(/\s+/).some((w) => organizationWords.has(w));
  const ranked = (keep: (name: string) => boolean) =>
    [...speakers].filter(([name]) => keep(name)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12);
  const share = (n: number) => (claims.length === 0 ? "0%" : `${((100 * n) / claims.length).toFixed(1)}%`);
  const escape = (s: unknown) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

  const corpus = `
<section id="corpus">
  <h2>Corpus</h2>
  <p class="counts">${manifest.counts.inputs} input files · <b>${documents.length}</b> documents · <b>${sentences.length}</b> sentences · <b>${claims.length}</b> claims · ${rejects.length} rejected · ${manifest.counts.ignored ?? 0} ignored · hedged ${share(hedged)} · negated ${share(negated)}</p>
  <div class="charts">
    ${barChart("Claims per kind", [...kinds].sort())}
    ${barChart("Top speakers", ranked((name) => !isOrganization(name)))}
    ${barChart("Top organisations", ranked(isOrganization))}
    ${histogram("Claims per document", documents.map((d) => perDoc.get(String(d.doc_id)) ?? 0))}
  </div>
  ${rejects.length === 0 ? "" : `<h3>Rejected files</h3><table class="rejects"><tr><th>file</th><th>rule</th><th>reason</th></tr>${rejects.map((r) => `<tr><td>${escape(r.source)}</td><td>${escape(r.rule)}</td><td>${escape(r.reason)}</td></tr>`).join("")}</table>`}
</section>`;

  const data = JSON.stringify(compact(documents, blocks, sentences, claims)).replace(/</g, "\\u003c");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimset report</title><style>${reportStyle}</style></head>
<body>
<header><h1>claimset report</h1><span class="meta">claimset ${escape(manifest.claimset_version)} · ${documents.length} documents</span></header>
<main>
${corpus}
<section id="browse">
  <h2>Documents</h2>
  <input id="search" type="search" placeholder="Search text, speakers, source files" autocomplete="off">
  <div id="list"></div>
  <div id="pager"></div>
</section>
<section id="article" hidden></section>
<aside id="details" hidden></aside>
</main>
<script id="data" type="application/json">${data}</script>
<script>${reportScript}</script>
</body></html>
`;
  const path = outputPath(dir, REPORT_FILE);
  await writeFile(path, html);
  return { path, documents: documents.length };
}
