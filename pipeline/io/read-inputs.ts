// Finding and reading the input files: `*.txt` under the input folder, recursively, in a stable
// order (by relative path, code unit order), whatever the file system returns.
import { createHash } from "node:crypto";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { relative } from "node:path";

export interface InputFile {
  /** Path relative to the input folder, with forward slashes; bytes that are not UTF-8 shown as \xNN. */
  source: string;
  /** The path as the file system has it (bytes, so any file name can be opened). */
  path: Buffer;
  /** A link that leads outside the input folder: reported, never read. */
  outside?: boolean;
}

export interface InputListing {
  files: InputFile[];
  /** Files whose extension was not asked for, relative paths in order: counted, not read. */
  ignored: string[];
}

const SLASH = Buffer.from("/");
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** A file name for people: UTF-8 as it is, other bytes as \xNN, newlines and controls escaped. */
export function displayName(bytes: Buffer): string {
  let name: string;
  try {
    name = strictUtf8.decode(bytes);
  } catch {
    name = "";
    for (let i = 0; i < bytes.length; ) {
      let decoded: string | null = null;
      for (let width = 1; width <= 4 && decoded === null && i + width <= bytes.length; width++) {
        try {
          decoded = strictUtf8.decode(bytes.subarray(i, i + width));
          i += width;
        } catch {
          // try a longer sequence
        }
      }
      if (decoded === null) name += `\\x${bytes[i++]!.toString(16).padStart(2, "0")}`;
      else name += decoded;
    }
  }
  return name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/**
 * Every file under the folder, recursively, in byte order of their relative paths: those with one
 * of the extensions (`.txt`) are inputs. Links to files are followed only inside the folder; links to
 * folders are not followed at all.
 */
export async function listInputs(folder: string, extensions: readonly string[] = [".txt"]): Promise<InputListing> {
  const root = await realpath(folder);
  const found: { rel: Buffer; path: Buffer; outside: boolean }[] = [];
  const walk = async (dir: Buffer, prefix: Buffer | null): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true, encoding: "buffer" })) {
      const path = Buffer.concat([dir, SLASH, entry.name]);
      const rel = prefix === null ? entry.name : Buffer.concat([prefix, SLASH, entry.name]);
      if (entry.isDirectory()) await walk(path, rel);
      else if (entry.isFile()) found.push({ rel, path, outside: false });
      else if (entry.isSymbolicLink()) {
        const target = await realpath(path).catch(() => null);
        if (target !== null && (await stat(target)).isDirectory()) continue;
        const outside = target !== null && relative(root, target).startsWith("..");
        found.push({ rel, path, outside });
      }
    }
  };
  await walk(Buffer.from(folder), null);
  found.sort((a, b) => Buffer.compare(a.rel, b.rel));
  const files: InputFile[] = [];
  const ignored: string[] = [];
  for (const { rel, path, outside } of found) {
    const source = displayName(rel);
    const lower = source.toLowerCase();
    if (extensions.some((ext) => lower.endsWith(ext))) files.push({ source, path, outside });
    else ignored.push(source);
  }
  return { files, ignored };
}

export interface ReadResult {
  bytes: Uint8Array | null;
  sha256: string | null;
  /** An errno code, TOO_LARGE for a file over the size limit, OUTSIDE for a link out of the folder. */
  error: string | null;
  size: number | null;
}

export async function readInput(file: InputFile, maxBytes = Infinity): Promise<ReadResult> {
  if (file.outside) return { bytes: null, sha256: null, error: "OUTSIDE", size: null };
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
