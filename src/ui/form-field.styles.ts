// The styles live with `renderField` (one module, one download: whatever shows a field shows both).
export { formFieldStyles } from './form-field.js';
