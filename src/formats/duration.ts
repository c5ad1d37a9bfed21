export { formatDuration, parseDuration } from '../core/units.js';
