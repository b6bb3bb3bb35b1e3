export { maskValue } from './mask.js';
