/**
 * The part of Floating UI the kit uses. Importing `@floating-ui/dom` dynamically as a whole would
 * bundle every middleware and helper it has; going through this module keeps only these.
 */
export { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
