// Finding and reading the input files: `*.txt` under the input folder, recursively, in a stable
// order (by relative path, code unit order), whatever the file system returns.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export interface InputFile {
  /** Path relative to the input folder, with forward slashes. */
  source: string;
  path: string;
}

export async function listInputs(folder: string, extensions: readonly string[] = [".txt"]): Promise<InputFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: InputFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const lower = entry.name.toLowerCase();
    if (!extensions.some((ext) => lower.endsWith(ext))) continue;
    const path = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    files.push({ source: relative(folder, path).split(sep).join("/"), path });
  }
  return files.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

export interface ReadResult {
  bytes: Uint8Array | null;
  sha256: string | null;
  error: string | null;
}

export async function readInput(file: InputFile): Promise<ReadResult> {
  try {
    const bytes = new Uint8Array(await readFile(file.path));
    return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), error: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    return { bytes: null, sha256: null, error: code };
  }
}

/** Stable document id: the source path and the content both count. */
export function documentId(source: string, sha256: string): string {
  return createHash("sha256").update(source).update("\0").update(sha256).digest("hex").slice(0, 16);
}
