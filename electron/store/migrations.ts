// Ordered store migrations. Each step takes the raw data of version `from` and returns the raw data of
// version `to` = from + 1; the runner stamps `schemaVersion` and the result is validated with zod afterwards.
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
];

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
