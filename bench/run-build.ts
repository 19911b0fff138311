// One build in its own process, for the benchmark: prints seconds and the process's peak RSS (worker
// threads included) as JSON.
import { build } from "../pipeline/build.js";
import type { Format } from "../pipeline/emit/catalog.js";

const [input, out, workers, formats] = process.argv.slice(2);
const started = performance.now();
const manifest = await build({ input: input!, out: out!, workers: Number(workers), ...(formats ? { formats: formats.split(",") as Format[] } : {}) });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakRssMB: process.resourceUsage().maxRSS / 1024, documents: manifest.counts.documents, rejects: manifest.counts.rejects }));
