// Enum sets as bit masks: a decision tests and intersects them without allocating.
import { DATA_CLASSES, LEGAL_BASES, MESSAGE_KINDS, PURPOSES, WANTS, type DataClass, type Want } from './types.js';

function indexOf<T extends string>(values: readonly T[]): Record<T, number> {
  return Object.fromEntries(values.map((v, i) => [v, i])) as Record<T, number>;
}

export const KIND_INDEX = indexOf(MESSAGE_KINDS);
export const BASIS_INDEX = indexOf(LEGAL_BASES);
export const PURPOSE_INDEX = indexOf(PURPOSES);
export const WANT_INDEX = indexOf(WANTS);

export function maskOf<T extends string>(index: Record<T, number>, values: readonly T[] | undefined, all: number): number {
  if (!values) return all;
  let m = 0;
  for (const v of values) m |= 1 << index[v];
  return m;
}

export const ALL_KINDS = (1 << MESSAGE_KINDS.length) - 1;
export const ALL_BASES = (1 << LEGAL_BASES.length) - 1;
export const ALL_PURPOSES = (1 << PURPOSES.length) - 1;
export const ALL_WANTS = (1 << WANTS.length) - 1;
/** The data classes: the low bits of a wants mask. */
export const DATA_MASK = (1 << DATA_CLASSES.length) - 1;
export const ACTION_MASK = ALL_WANTS & ~DATA_MASK;
export const EXISTENCE_BIT = 1 << WANT_INDEX.EXISTENCE;

export const wantsMask = (wants: readonly Want[]): number => maskOf(WANT_INDEX, wants, 0);

/** Data classes of a mask, in DOMAIN order. */
export function classesOf(mask: number): DataClass[] {
  const out: DataClass[] = [];
  for (let i = 0; i < DATA_CLASSES.length; i++) if (mask & (1 << i)) out.push(DATA_CLASSES[i]!);
  return out;
}

export function wantsOf(mask: number): Want[] {
  const out: Want[] = [];
  for (let i = 0; i < WANTS.length; i++) if (mask & (1 << i)) out.push(WANTS[i]!);
  return out;
}

export const isSubset = (a: number, b: number): boolean => (a & ~b) === 0;

/** Days as YYYYMMDD integers: an effective window is two integer comparisons per rule. */
export const ALWAYS_FROM = 0;
export const ALWAYS_BEFORE = 99_999_999;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2026-01-01 -> 20260101; undefined for anything that is not YYYY-MM-DD. */
export function dayNumber(date: string): number | undefined {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const n = Number(m[1]) * 10000 + Number(m[2]) * 100 + Number(m[3]);
  return Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31 ? n : undefined;
}

/** Whole days from `earlier` to `later` (both YYYYMMDD). */
export function daysBetween(earlier: number, later: number): number {
  const utc = (d: number) => Date.UTC(Math.floor(d / 10000), Math.floor(d / 100) % 100 - 1, d % 100);
  return Math.round((utc(later) - utc(earlier)) / 86_400_000);
}
