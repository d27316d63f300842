// Ordered store migrations. Each step takes the raw data of version `from` and returns the raw data of
// version `to` = from + 1; the runner stamps `schemaVersion` and the result is validated with zod afterwards.
import { CATALOGS } from '../../data/text';
import { LANGUAGE_CODES, LANGUAGES, type Code } from '../shared/languages';
import { CURRENT_SCHEMA_VERSION, emptyHolder } from './schema';

export interface Migration {
  from: number;
  to: number;
  migrate(raw: Record<string, unknown>): unknown;
}

export const MIGRATIONS: Migration[] = [
  // v2 adds proof records and attachments; a v1 file simply has none yet.
  { from: 1, to: 2, migrate: (raw) => ({ ...raw, records: [], attachments: [], documentAttachments: [] }) },
  // v3 adds the contract holder to each case; a v2 case has none given yet.
  {
    from: 2,
    to: 3,
    migrate: (raw) => ({
      ...raw,
      cases: Array.isArray(raw.cases)
        ? raw.cases.map((item: unknown) => (isRecord(item) ? { ...item, holder: emptyHolder() } : item))
        : raw.cases,
    }),
  },
  // v4 ships zh-TW, ko and vi: each step's title snapshot gains them, from the catalogs by its English.
  {
    from: 3,
    to: 4,
    migrate: (raw) => ({
      ...raw,
      cases: Array.isArray(raw.cases) ? raw.cases.map(withEveryLanguageSnapshot) : raw.cases,
    }),
  },
  // v5 also lets a case hold a complaint draft (issue 19) and a letter of authority's fields (issue 18):
  // optional, so a v4 case needs nothing added; the version still moves, so an older app never rewrites a
  // store holding drafts it would drop.
  { from: 4, to: 5, migrate: (raw) => withPaymentUnknown(withServicesChoice(raw)) },
  // v6 ships ne, id and pt-BR (issue 25): each step's title snapshot gains them, as v4 did for its three.
  // The version moves too, so an app without them reads a store saved in Nepali as newer, not as damaged.
  {
    from: 5,
    to: 6,
    migrate: (raw) => ({
      ...raw,
      cases: Array.isArray(raw.cases) ? raw.cases.map(withEveryLanguageSnapshot) : raw.cases,
    }),
  },
];

/**
 * v5, issue 20 (the services that text the number): each case gains the services chosen for it, none
 * yet, so its checklist keeps the one generic step it had.
 */
function withServicesChoice(raw: Record<string, unknown>): Record<string, unknown> {
  return {
    ...raw,
    cases: Array.isArray(raw.cases)
      ? raw.cases.map((item: unknown) =>
          isRecord(item) ? { ...item, services: { chosen: [], custom: [] } } : item,
        )
      : raw.cases,
  };
}

/**
 * v5, issue 19 (bills after the line ends): each case says how its bills are paid; a v4 case has not
 * been asked yet (null). Records need nothing: a bill is a new kind, and its `bill` field is absent in
 * every earlier revision, so their hashes stay as they were.
 */
function withPaymentUnknown(raw: Record<string, unknown>): Record<string, unknown> {
  return {
    ...raw,
    cases: Array.isArray(raw.cases)
      ? raw.cases.map((item: unknown) => (isRecord(item) ? { payment: null, ...item } : item))
      : raw.cases,
  };
}

/**
 * A case whose step title snapshots hold every shipped language. A language it lacks comes from the
 * catalogs by the English title, else from the snapshot's own fallback language (Simplified Chinese
 * for Traditional), else English. The languages it had stay as they were.
 */
function withEveryLanguageSnapshot(item: unknown): unknown {
  if (!isRecord(item) || !isRecord(item.steps)) return item;
  const steps = Object.fromEntries(
    Object.entries(item.steps).map(([id, progress]) => {
      if (!isRecord(progress) || !isRecord(progress.titleSnapshot)) return [id, progress];
      const snapshot = progress.titleSnapshot;
      const own = (code: Code): string | undefined =>
        typeof snapshot[code] === 'string' ? snapshot[code] : undefined;
      const en = own('en') ?? '';
      const filled = Object.fromEntries(
        LANGUAGE_CODES.map((code) => [
          code,
          own(code) ??
            (code === 'en' ? undefined : CATALOGS[code][en]) ??
            LANGUAGES[code].fallback.map(own).find((text) => text !== undefined) ??
            en,
        ]),
      );
      return [id, { ...progress, titleSnapshot: filled }];
    }),
  );
  return { ...item, steps };
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws unless the list is a gap-free chain of single steps ending at `target`. */
export function checkMigrationList(migrations: readonly Migration[], target = CURRENT_SCHEMA_VERSION): void {
  migrations.forEach((step, index) => {
    const next = migrations[index + 1];
    if (!Number.isInteger(step.from) || step.to !== step.from + 1) {
      throw new MigrationError(`migration ${step.from}→${step.to} must go up exactly one version`);
    }
    if (next !== undefined && next.from !== step.to) {
      throw new MigrationError(
        `migrations must be ordered without gaps: ${step.to} is followed by ${next.from}`,
      );
    }
  });
  const last = migrations.at(-1);
  if (last !== undefined && last.to !== target) {
    throw new MigrationError(`the last migration must reach version ${target}, not ${last.to}`);
  }
}

/**
 * Runs every step from `raw.schemaVersion` up to `target`. Throws MigrationError when a step is missing,
 * when a step throws, or when a step does not return an object.
 */
export function runMigrations(
  raw: Record<string, unknown>,
  migrations: readonly Migration[],
  target = CURRENT_SCHEMA_VERSION,
): Record<string, unknown> {
  const start = raw.schemaVersion;
  if (typeof start !== 'number' || !Number.isInteger(start)) {
    throw new MigrationError('schemaVersion is missing or not an integer');
  }
  let current = raw;
  for (let version = start; version < target; version += 1) {
    const step = migrations.find((candidate) => candidate.from === version);
    if (step === undefined) throw new MigrationError(`no migration from version ${version}`);
    let migrated: unknown;
    try {
      migrated = step.migrate(current);
    } catch (error) {
      throw new MigrationError(`migration ${step.from}→${step.to} failed: ${String(error)}`, {
        cause: error,
      });
    }
    if (!isRecord(migrated)) throw new MigrationError(`migration ${step.from}→${step.to} returned no object`);
    current = { ...migrated, schemaVersion: step.to };
  }
  return current;
}
