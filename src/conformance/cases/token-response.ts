/**
 * Cases: token-response.
 */
import type { Case } from '../types.js';

export const cases: Case[] = [];
