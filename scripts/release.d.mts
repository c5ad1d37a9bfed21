// Types of the helpers scripts/release.mjs exports, for its tests.
export function compareVersions(a: string, b: string): number;
export function moveVersion(text: string, from: string, to: string): string;
export function dateChangelog(text: string, version: string, day: string): string;
export function moveCatalog(text: string, from: string, to: string): string;
