/**
 * Turns the sidebar HTML the bundle showed into a standalone page (out/sidebar.html): a
 * small `google.script.run` stand-in answers the sidebar's calls with the replies the
 * bundle gave in this run, so anyone can open the sidebar in a browser without Google.
 */

/** `replies` maps a server function name to the object it returned. */
export function standaloneSidebar(html: string, replies: Record<string, unknown>): string {
  const json = JSON.stringify(replies).replace(/</g, '\\u003c');
  const shim = `<script>
/* Stand-in for google.script.run: replays the replies recorded by npm start. */
(function () {
  var replies = ${json};
  function runner(ok, fail) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, fail); },
      withFailureHandler: function (f) { return runner(ok, f); }
    };
    Object.keys(replies).forEach(function (name) {
      r[name] = function () { setTimeout(function () { ok && ok(replies[name]); }, 0); };
    });
    return r;
  }
  window.google = { script: { run: runner(null, null) } };
})();
</script>
`;
  const at = html.indexOf('<script>');
  if (at < 0) throw new Error('The sidebar HTML has no inline <script>.');
  return html.slice(0, at) + shim + html.slice(at);
}
