// How the dependency readers read a manifest: a small regular file, parsed leniently (JSONC with trailing commas,
// TOML that may not parse), fields taken only when they have the expected shape. A manifest is the scanned
// repository's, so hostile input: nothing here throws on what it finds.
//
// Read synchronously, as the walk reads the tree: a folder's listing and its few manifests cost tens of microseconds,
// where each asynchronous call was a round trip through the thread pool whose callback waited for this thread's scan
// to end, and an audit's files waited for their folder's facts before a lane could have them (issue #12).
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseToml } from '@iarna/toml';
import { readRegularFileNow } from '../safeRead';

/** Manifests are small; anything larger is not one we trust to read. */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** A regular file (no link followed, opened without blocking on a FIFO) of at most MAX_MANIFEST_BYTES, or undefined. */
export function readSmall(path: string): string | undefined {
  return readRegularFileNow(path, MAX_MANIFEST_BYTES).bytes?.toString('utf8');
}

export type JsonObject = Record<string, unknown>;

export function safeJson(text: string): JsonObject | undefined {
  const value: unknown = parseJsonc(text, [], { allowTrailingComma: true });
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function safeToml(text: string): JsonObject | undefined {
  try {
    return parseToml(text) as JsonObject;
  } catch {
    return undefined;
  }
}

export function objectAt(object: JsonObject, key: string): JsonObject {
  const value = Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
}

export function arrayAt(object: JsonObject, key: string): unknown[] {
  const value = object[key];
  return Array.isArray(value) ? value : [];
}
