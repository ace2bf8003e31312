/**
 * Cases: code-lifecycle.
 */
import type { Case } from '../types.js';

export const cases: Case[] = [];
