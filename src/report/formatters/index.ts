/** Every formatter, keyed by its `--format` value. */
import type { Formatter } from '../types.js';
import { csv } from './csv.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, junit, github, markdown, csv };

export const formatNames = Object.keys(formatters);
