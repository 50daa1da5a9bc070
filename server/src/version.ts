/** The version of Crosscheck, as in package.json (a test keeps the two equal). Shown by `--version` and in SARIF. */
export const VERSION = '0.1.0';
