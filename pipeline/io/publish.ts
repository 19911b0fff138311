// Atomic publishing of an output folder. A build writes into a temporary folder beside --out and,
// once every file and the manifest are written and hashed, swaps it into place with two renames.
// A killed build leaves the previous output untouched (a rename is atomic); the next build puts a
// previous output back if a kill fell between the two renames, and removes temporary folders that
// carry its own marker (the marker stays in the folder until it is --out, so a temporary folder
// never loses it while it waits) and empty ones a kill left right after creating them. Files in
// --out that claimset did not write are carried over (hard links); nothing else is ever removed.
import { existsSync } from "node:fs";
import { copyFile, link, lstat, mkdtemp, readdir, readFile, rename, rm, rmdir, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { MANIFEST_FILE } from "../emit/catalog.js";

const MARKER = ".claimset-build";

export class PublishError extends Error {}

const tempPrefix = (out: string) => `.${basename(out)}.claimset-tmp-`;
const oldPrefix = (out: string) => `.${basename(out)}.claimset-old-`;

/** Files derived from a dataset after its build (`claimset report`): ours by name, never carried over. */
const DERIVED = ["report.html"];

/** The files a previous build wrote into `out`, as its manifest lists them. */
async function ownFiles(out: string): Promise<Set<string>> {
  const own = new Set<string>();
  try {
    const manifest = JSON.parse(await readFile(join(out, MANIFEST_FILE), "utf8")) as {
      tables?: Record<string, { files?: Record<string, { path: string }> }>;
      rejects?: { file?: { path: string } };
      extras?: { path: string }[];
    };
    for (const extra of manifest.extras ?? []) own.add(extra.path);
    for (const table of Object.values(manifest.tables ?? {})) for (const file of Object.values(table.files ?? {})) own.add(file.path);
    if (manifest.rejects?.file) own.add(manifest.rejects.file.path);
    own.add(MANIFEST_FILE);
    for (const name of DERIVED) own.add(name);
  } catch {
    // No manifest (or not ours): nothing in the folder counts as ours.
  }
  return own;
}

/**
 * Before a build: recover an output that a kill left beside `out`, remove our stale temporary
 * folders, and refuse an `out` that holds folders we did not write (we could not carry them over).
 */
export async function prepareOutput(out: string): Promise<void> {
  const parent = dirname(out);
  const siblings = existsSync(parent) ? await readdir(parent) : [];
  if (!existsSync(out)) {
    const old = siblings.filter((name) => name.startsWith(oldPrefix(out))).sort().pop();
    if (old !== undefined) await rename(join(parent, old), out);
  }
  for (const name of siblings.filter((n) => n.startsWith(tempPrefix(out)))) {
    if (existsSync(join(parent, name, MARKER))) await rm(join(parent, name), { recursive: true, force: true });
    else await rmdir(join(parent, name)).catch(() => undefined); // only ever an empty one
  }
  if (!existsSync(out)) return;
  // A kill between the swap and the marker's removal left the marker in --out.
  await unlink(join(out, MARKER)).catch(() => undefined);
  const stats = await lstat(out);
  if (!stats.isDirectory()) throw new PublishError(`--out ${out} is a file, not a folder; name a folder for the dataset`);
  const own = await ownFiles(out);
  for (const entry of await readdir(out, { withFileTypes: true })) {
    if (!own.has(entry.name) && !entry.isFile()) {
      throw new PublishError(`--out ${out} holds ${entry.name}, which claimset did not write and cannot carry over; choose an empty folder or move it`);
    }
  }
}

/** A fresh temporary folder beside `out`, marked as ours. */
export async function createStaging(out: string): Promise<string> {
  const staging = await mkdtemp(join(dirname(out), tempPrefix(out)));
  await writeFile(join(staging, MARKER), `${process.pid}\n`);
  return staging;
}

export async function discardStaging(staging: string): Promise<void> {
  if (existsSync(join(staging, MARKER))) await rm(staging, { recursive: true, force: true });
}

/** Swaps the finished staging folder into place as `out`. */
export async function publish(staging: string, out: string): Promise<void> {
  if (!existsSync(out)) {
    await rename(staging, out);
    await unlink(join(out, MARKER));
    return;
  }
  const own = await ownFiles(out);
  own.add(MARKER);
  const carried: string[] = [];
  for (const entry of await readdir(out, { withFileTypes: true })) {
    // Ours takes the name if both have it; the user's file then stays in the old folder, kept.
    if (own.has(entry.name) || !entry.isFile() || existsSync(join(staging, entry.name))) continue;
    await link(join(out, entry.name), join(staging, entry.name)).catch(() => copyFile(join(out, entry.name), join(staging, entry.name)));
    carried.push(entry.name);
  }
  const old = `${join(dirname(out), oldPrefix(out))}${process.pid}`;
  await rename(out, old);
  await rename(staging, out);
  await unlink(join(out, MARKER));
  for (const name of [...own, ...carried]) await rm(join(old, name), { force: true });
  await rmdir(old).catch(() => undefined);
}
