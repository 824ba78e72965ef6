// Office.js stand-in for Word, served in place of office.js in browser tests. The document is kept in
// window.__doc: paragraphs (with an optional content-control tag), custom properties, selection.
(function () {
  var doc = (window.__doc = window.__doc || { paragraphs: ["Document de travail"], properties: {}, selected: [], settings: {} });
  function bodyText() { return doc.paragraphs.map(function (p) { return typeof p === "string" ? p : p.text; }).join("\n"); }
  function collection(items) { return { items: items, load: function () { return this; } }; }
  function context() {
    var pending = [];
    return {
      document: {
        body: {
          load: function () { return this; },
          get text() { return bodyText(); },
          insertParagraph: function (text, where) {
            var p = { text: text, tag: null, title: null };
            if (where === "Start") doc.paragraphs.unshift(p); else doc.paragraphs.push(p);
            return { insertContentControl: function () {
              var cc = {};
              Object.defineProperty(cc, "tag", { set: function (v) { p.tag = v; }, get: function () { return p.tag; } });
              Object.defineProperty(cc, "title", { set: function (v) { p.title = v; }, get: function () { return p.title; } });
              return cc;
            } };
          },
          search: function (needle) {
            var found = bodyText().indexOf(needle) >= 0;
            return collection(found ? [{ select: function () { doc.selected.push(needle); } }] : []);
          },
        },
        contentControls: {
          getByTag: function (tag) {
            return collection(doc.paragraphs.filter(function (p) { return typeof p !== "string" && p.tag === tag; }));
          },
        },
        properties: { customProperties: { add: function (k, v) { doc.properties[k] = v instanceof Date ? v.toISOString() : v; } } },
      },
      sync: function () { return Promise.resolve(); },
    };
  }
  window.Word = { run: function (fn) { return Promise.resolve(fn(context())); } };
  window.Office = {
    HostType: { Outlook: "Outlook", Word: "Word" },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: function () { return Promise.resolve({ host: "Word", platform: "OfficeOnline" }); },
    context: {
      displayLanguage: "fr-FR",
      requirements: { isSetSupported: function () { return false; } },
      document: {
        settings: {
          get: function (k) { return k in doc.settings ? doc.settings[k] : null; },
          set: function (k, v) { doc.settings[k] = v; },
          saveAsync: function (cb) { setTimeout(function () { cb && cb({ status: "succeeded" }); }, 1); },
        },
      },
    },
  };
})();
