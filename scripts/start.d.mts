import type { spawnSync } from 'node:child_process';
export function requiredNode(pkg: { engines?: { node?: string } }): [number, number];
export function nodeIsEnough(version: string, need: [number, number]): boolean;
export function ensureElectronRuntime(electronDir: string, run?: typeof spawnSync): string | null;
