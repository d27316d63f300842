// Imported first by the Node runs (bench/index.ts, the unit tests' setup): MODULE_ALIASES for every
// import and require() after it, as the build applies them, so those runs measure and test what ships.
// Synchronous module hooks (Node 22.15 and later) also cover require(), which yazl (CommonJS) uses; an
// older Node runs the dependencies as they are, and says so.
import module from 'node:module';
import path from 'node:path';
import { MODULE_ALIASES } from './module-aliases';

type Resolve = (specifier: string, context: unknown) => unknown;
const { registerHooks } = module as unknown as {
  registerHooks?: (hooks: {
    resolve: (specifier: string, context: unknown, next: Resolve) => unknown;
  }) => void;
};

const root = path.resolve(import.meta.dirname, '..');
const swapped = new Map(Object.entries(MODULE_ALIASES).map(([name, file]) => [name, path.join(root, file)]));

if (registerHooks)
  registerHooks({
    resolve: (specifier, context, next) => next(swapped.get(specifier) ?? specifier, context),
  });
else
  console.warn(
    `Node ${process.version} cannot swap ${[...swapped.keys()].join(', ')} as the build does (Node 22.15 or later can): this run uses them as they are.`,
  );
