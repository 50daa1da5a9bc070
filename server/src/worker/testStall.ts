/**
 * A test-only way to make one analysis pathological on purpose, so that tests of the time limit and of analysis
 * off the main thread do not depend on finding an input that happens to be slow on the machine at hand. With
 * CROSSCHECK_TEST_STALL_ON set, an article whose text or path contains that marker holds its thread busy (not
 * waiting: a busy thread is what a slow analysis looks like) for CROSSCHECK_TEST_STALL_MS milliseconds (default one
 * minute). Without the variable it does nothing.
 */
export function stallIfAsked(text: string, where: string): void {
  const marker = process.env.CROSSCHECK_TEST_STALL_ON;
  if (!marker || (!text.includes(marker) && !where.includes(marker))) return;
  const end = Date.now() + Number(process.env.CROSSCHECK_TEST_STALL_MS ?? 60_000);
  while (Date.now() < end) {
    // Busy on purpose (see above).
  }
}
