#!/usr/bin/env node
// The `qaygi` command: runs the TypeScript CLI through tsx, so a checkout needs no build step.
import { register } from 'tsx/esm/api';
import { ensureNode } from '../scripts/native.mjs';

ensureNode({ quiet: false });
register();
const { main } = await import('../src-main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
