/** Every in-page feature, in the order they start. A test checks each file here is listed. */
import type { Feature } from '../feature.js';
import { annotationCards } from './annotation-cards.js';
import { facts } from './facts.js';
import { keyboardSteps } from './keyboard-steps.js';
import { knownAcronyms } from './known-acronyms.js';
import { lateContent } from './late-content.js';
import { learnedAcronyms } from './learned-acronyms.js';
import { legend } from './legend.js';
import { panelBridge } from './panel-bridge.js';

export const FEATURES: readonly Feature[] = [panelBridge, annotationCards, keyboardSteps, facts, legend, lateContent, knownAcronyms, learnedAcronyms];
