// Loads the document engine (the tthc JS module, copied into ./render/ by the build) the first time a
// document is asked for, so that the first load of the app does not carry the templates and the Markdown
// renderer. Nothing is fetched from anywhere but the app's own folder.
let engine;

export async function renderDocument(file, options) {
  if (!engine) {
    engine = import(new URL('render/tthc.js', document.baseURI).href).then(async (m) => {
      await m.default();
      return m;
    });
    engine.catch(() => { engine = undefined; });
  }
  const m = await engine;
  return m.render(file, options);
}
