/**
 * Cases: redirect-uri.
 */
import type { Case } from '../types.js';

export const cases: Case[] = [];
