// `make eval`: scores the pipeline against ../shared/eval and prints the figures.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { createDoc } from "../pipeline/doc.js";
import { loadLexicons } from "../pipeline/lexicons/load.js";
import { createPipeline } from "../pipeline/pipeline.js";
import { packageRoot } from "../pipeline/paths.js";
import { coreferenceOf, isImageCredit, readAttributions, scoreAttributions } from "./eval/attribution.js";
import { scoreClaims, type GoldArticle } from "./eval/claims.js";
import { readEntities, scoreEntities } from "./eval/entities.js";
import { f1, goldenRuleResult, gumBoundaryTotals, readGoldenRules, readGum } from "./eval/segmentation.js";

const shared = join(packageRoot, "..", "shared", "eval");
if (!existsSync(shared)) {
  process.stderr.write(`eval: ${shared} not found; put the shared folder beside the project\n`);
  process.exit(2);
}
const lexicons = loadLexicons();
const pipeline = createPipeline(undefined, { lexicons });
const pct = (x: number) => (100 * x).toFixed(1) + "%";
const fixed = (x: number) => x.toFixed(3);

const rules = readGoldenRules(join(shared, "golden-rules", "en.jsonl"));
const results = rules.map((rule) => ({ rule, ...goldenRuleResult(rule, lexicons) }));
const passed = results.filter((r) => r.pass);
const pysbd = results.filter((r) => r.rule.pysbd48);
console.log(`Golden Rules: ${passed.length}/${rules.length} (${pct(passed.length / rules.length)}); pySBD's 48: ${pysbd.filter((r) => r.pass).length}/48`);
for (const r of results.filter((x) => !x.pass)) console.log(`  fails #${r.rule.id} ${r.rule.name}`);

const totals = gumBoundaryTotals(join(shared, "gum-news", "segmentation.jsonl"), lexicons);
const gum = f1(totals);
console.log(`GUM news boundaries: P ${fixed(gum.precision)} R ${fixed(gum.recall)} F1 ${fixed(gum.f1)} (${totals.tp} tp, ${totals.fp} fp, ${totals.fn} fn)`);

const goldDirs = [join(shared, "seed-gold"), join(packageRoot, "tests", "gold")].filter(existsSync);
const pairs = goldDirs.flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), "utf8")) as GoldArticle;
    const bytes = new TextEncoder().encode(gold.raw);
    const doc = pipeline.run(createDoc(`${gold.id}.txt`, bytes, "0000000000000000", createHash("sha256").update(bytes).digest("hex")));
    return { doc, gold };
  }),
);
console.log(`Claims on ${pairs.length} gold articles (${goldDirs.map((d) => d.replace(packageRoot + "/", "")).join(", ")}):`);
for (const threshold of [0.3, 0.5, 0.8]) {
  const s = scoreClaims(pairs, threshold);
  console.log(
    `  overlap ${threshold}: all claims P ${fixed(s.precision)} R ${fixed(s.recall)} F1 ${fixed(s.f1)}; attributed P ${fixed(s.attributed.precision)} R ${fixed(s.attributed.recall)} F1 ${fixed(s.attributed.f1)}`,
  );
  if (threshold === 0.8) {
    const a = s.accuracy;
    console.log(`  at 0.8: kind ${pct(a.kind)}, speaker ${pct(a.speaker)}, speaker_canonical ${pct(a.speaker_canonical)}, cue ${pct(a.cue)}, hedged ${pct(a.hedged)}, negated ${pct(a.negated)}, quantity recall ${pct(s.quantityRecall)}`);
    console.log(`  quantities in matched claims: precision ${pct(s.quantityPrecision)}, unit right for ${pct(s.quantityUnit)} of those found`);
    if (process.argv.includes("--verbose")) for (const m of s.mismatches) console.log(`    ${m}`);
  }
}

const gumDocs = new Map(
  readGum(join(shared, "gum-news", "segmentation.jsonl")).map((g) => {
    const bytes = new TextEncoder().encode(g.text);
    const doc = pipeline.run(createDoc(`${g.doc}.txt`, bytes, "0000000000000000", createHash("sha256").update(bytes).digest("hex")));
    if (doc.text !== g.text) throw new Error(`${g.doc}: normalization changed the GUM text, so offsets would not compare`);
    return [g.doc, doc] as const;
  }),
);
const goldEntities = readEntities(join(shared, "gum-news", "entities.jsonl"));
const coreference = coreferenceOf(goldEntities);
const relations = readAttributions(join(shared, "gum-news", "attribution.jsonl")).filter((r) => !isImageCredit(r));
console.log(`GUM news attributions (${relations.length}, image credits excluded):`);
for (const threshold of [0.3, 0.5, 0.8]) {
  const s = scoreAttributions(gumDocs, relations, threshold, coreference);
  console.log(`  overlap ${threshold}: recall ${fixed(s.recall)} (${s.found}/${s.relations}); speaker right ${pct(s.speakerAccuracy)} of found; cue right ${pct(s.cueAccuracy)}; ${s.predicted} attributed claims predicted`);
  if (threshold === 0.5 && process.argv.includes("--verbose")) {
    for (const m of s.misses) console.log(`    missed ${m}`);
    for (const m of s.wrongSpeakers) console.log(`    speaker ${m}`);
  }
}

const entities = scoreEntities(gumDocs, goldEntities);
console.log(
  `GUM news names (people, organisations, places): precision ${fixed(entities.precision)} (${entities.correct}/${entities.predicted}); recall ${fixed(entities.recall)} (${entities.found}/${entities.gold} proper-name mentions); type right for ${pct(entities.typeAccuracy)} of matched mentions`,
);
if (process.argv.includes("--verbose")) for (const line of [...entities.misses.map((m) => `missed ${m}`), ...entities.wrong]) console.log(`    ${line}`);
