// Office.js stand-in for Outlook compose, served in place of office.js in browser tests. The mail lives
// in localStorage ("fake-mail") so the task pane and the send handler's page see the same item.
(function () {
  var KEY = "fake-mail";
  function load() { return JSON.parse(localStorage.getItem(KEY) || "null") || { subject: "", html: "<html><body></body></html>", headers: {}, props: {}, session: {}, context: null }; }
  function save(m) { localStorage.setItem(KEY, JSON.stringify(m)); }
  function text(html) {
    return html.replace(/<\/(p|div)>/gi, "\n").replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
  }
  function ok(cb, value) { setTimeout(function () { cb({ status: "succeeded", value: value }); }, 1); }
  function fail(cb, message) { setTimeout(function () { cb({ status: "failed", error: { message: message } }); }, 1); }
  function last(args) { return args[args.length - 1]; }
  var item = {
    subject: { getAsync: function () { ok(last(arguments), load().subject); } },
    body: {
      getTypeAsync: function () { ok(last(arguments), "html"); },
      getAsync: function (type) { var m = load(); ok(last(arguments), type === "html" ? m.html : text(m.html)); },
      setAsync: function (value, options, cb) { var m = load(); m.html = value; save(m); ok(cb); },
      prependAsync: function (value, options, cb) { var m = load(); m.html = m.html.replace(/<body>/i, "<body>" + value); save(m); ok(cb); },
    },
    internetHeaders: { setAsync: function (h, cb) { var m = load(); Object.assign(m.headers, h); save(m); ok(cb); } },
    loadCustomPropertiesAsync: function (cb) {
      var pending = Object.assign({}, load().props);
      ok(cb, {
        get: function (k) { return pending[k]; },
        set: function (k, v) { pending[k] = v; },
        saveAsync: function (done) { var m = load(); m.props = pending; save(m); ok(done); },
      });
    },
    sessionData: {
      getAsync: function (k, cb) { var s = load().session; k in s ? ok(cb, s[k]) : fail(cb, "not found"); },
      setAsync: function (k, v, cb) { var m = load(); m.session[k] = v; save(m); ok(cb); },
    },
    getInitializationContextAsync: function (cb) { ok(cb, load().context); },
  };
  window.__handlers = {};
  window.Office = {
    HostType: { Outlook: "Outlook", Word: "Word" },
    CoercionType: { Text: "text", Html: "html" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    MailboxEnums: { SendModeOverride: { PromptUser: "promptUser" } },
    onReady: function () { return Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }); },
    context: {
      displayLanguage: "fr-FR",
      requirements: { isSetSupported: function () { return false; } },
      mailbox: { item: item },
    },
    actions: { associate: function (name, fn) { window.__handlers[name] = fn; } },
  };
})();
