/** `assess scan`: placeholder until the batch scanner lands. */
import type { Command } from 'commander';
import type { RunContext } from '../run-context.js';

export function registerScan(_program: Command, _ctx: RunContext): void {}
