import { run } from './action/run.js';

// The parser threads for large changes run the bundle next to this one.
await run(new URL('./read-worker.js', import.meta.url));
