// Loads the WebAssembly app. Nothing is fetched from anywhere but this folder.
import init from './tthc-web.js';
init();
