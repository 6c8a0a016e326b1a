// Loads the WebAssembly app. Nothing is fetched from anywhere but this folder.
import init from './tthc-web.js';

const wasm = await init();
// For the performance report: the size of the app's WebAssembly memory.
globalThis.tthcWasmMemoryBytes = () => wasm.memory.buffer.byteLength;
