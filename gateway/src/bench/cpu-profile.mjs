// Loaded with `--import` into a gateway when the bench runs with --profile: a V8 CPU profile of
// the whole run, written on exit to $BENCH_PROFILE_DIR (NODE_OPTIONS refuses --cpu-prof). Plain
// JavaScript: it loads before tsx does.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
process.once('exit', () => {
  // Same-thread inspector sessions answer synchronously, so this runs before the process ends.
  session.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(join(process.env.BENCH_PROFILE_DIR ?? '.', `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
});
