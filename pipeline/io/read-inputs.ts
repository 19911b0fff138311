// Finding and reading the input files: `*.txt` under the input folder, recursively, in a stable
// order (by relative path, code unit order), whatever the file system returns.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  source: string;
  path: string;
}

export interface InputListing {
  files: InputFile[];
  /** Files whose extension was not asked for, relative paths in order: counted, not read. */
  ignored: string[];
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every file under the folder, recursively: those with one of the extensions (`.txt`) are inputs. */
export async function listInputs(folder: string, extensions: readonly string[] = [".txt"]): Promise<InputListing> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: InputFile[] = [];
  const ignored: string[] = [];
  for (const entry of entries) {
    // A link counts as a file (a broken one becomes a reject with its reason, not a silent loss).
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    if (entry.isSymbolicLink()) {
      const target = await stat(join(entry.parentPath, entry.name)).catch(() => null);
      if (target !== null && !target.isFile()) continue;
    }
    const path = join(entry.parentPath, entry.name);
    const source = relative(folder, path).split(sep).join("/");
    const lower = entry.name.toLowerCase();
    if (extensions.some((ext) => lower.endsWith(ext))) files.push({ source, path });
    else ignored.push(source);
  }
  return { files: files.sort((a, b) => byPath(a.source, b.source)), ignored: ignored.sort(byPath) };
}

export interface ReadResult {
  bytes: Uint8Array | null;
  sha256: string | null;
  /** An errno code, or TOO_LARGE for a file over the size limit. */
  error: string | null;
  size: number | null;
}

export async function readInput(file: InputFile, maxBytes = Infinity): Promise<ReadResult> {
  try {
    const { size } = await stat(file.path);
    if (size > maxBytes) return { bytes: null, sha256: null, error: "TOO_LARGE", size };
    const bytes = new Uint8Array(await readFile(file.path));
    return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), error: null, size: bytes.length };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    return { bytes: null, sha256: null, error: code, size: null };
  }
}

/** Stable document id: the source path and the content both count. */
export function documentId(source: string, sha256: string): string {
  return createHash("sha256").update(source).update("\0").update(sha256).digest("hex").slice(0, 16);
}
