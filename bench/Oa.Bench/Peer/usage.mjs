// Preloaded into the peer (`node --import`) so its own bench.mjs stays untouched: on exit, report the
// process's CPU time and peak RSS on stderr, which the C# harness reads (one JSON line).
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write('OA_BENCH_USAGE ' + JSON.stringify({ userMicros: u.userCPUTime, systemMicros: u.systemCPUTime, maxRssKiB: u.maxRSS }) + '\n');
});
