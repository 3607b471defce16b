/** Every in-page feature, in the order they start. Each lives in a folder of its own, named by its id; a test checks each folder is listed. */
import type { Feature } from '../feature.js';
import { annotationCards } from './annotation-cards/index.js';
import { facts } from './facts/index.js';
import { keyboardSteps } from './keyboard-steps/index.js';
import { knownAcronyms } from './known-acronyms/index.js';
import { lateContent } from './late-content/index.js';
import { learnedAcronyms } from './learned-acronyms/index.js';
import { legend } from './legend/index.js';
import { libraryRecording } from './library-recording/index.js';
import { panelBridge } from './panel-bridge/index.js';

export const FEATURES: readonly Feature[] = [panelBridge, libraryRecording, annotationCards, keyboardSteps, facts, legend, lateContent, knownAcronyms, learnedAcronyms];
