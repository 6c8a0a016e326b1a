// Loads the document module (the tthc JS module built with only `renderView`, copied into ./render/ by the
// build) the first time a document is asked for, so that the first load of the app does not carry the
// templates and the renderers. The app builds the document's view itself; this module only renders it.
// Nothing is fetched from anywhere but the app's own folder.
let engine;

export async function renderView(view) {
  if (!engine) {
    engine = import(new URL('render/tthc.js', document.baseURI).href).then(async (m) => {
      await m.default();
      return m;
    });
    engine.catch(() => { engine = undefined; });
  }
  const m = await engine;
  return m.renderView(view);
}
