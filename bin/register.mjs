// Lets Node run the engine's TypeScript sources directly (CLI, benchmarks).
// tsx is the loader; Node 20 has no type stripping of its own.
import { register } from 'tsx/esm/api';
register();
