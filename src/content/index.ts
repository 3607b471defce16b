/**
 * Content script entry: wiring only. Starts the page's session (read, paint, features)
 * and keeps answering the panel while Release Lens is off for the page.
 */
import { FEATURES } from './features/index.js';
import { PageSession } from './session.js';

const session = new PageSession(document, FEATURES);
session.answerWhileOff();
void session.start();
