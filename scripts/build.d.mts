/** Types of scripts/build.mjs for TypeScript callers (tests, CLI). */
export function build(): Promise<string[]>;
