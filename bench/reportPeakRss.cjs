// Preloaded into a benchmarked process (node --require): prints its peak resident memory in kilobytes at exit.
process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
