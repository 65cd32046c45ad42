// The Custom Elements Manifest, generated from the elements' JSDoc (`npm run build`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Reactive properties declared in `static properties` with `state: true` are internal state
      // (private fields), not attributes: the analyzer lists them as attributes; drop those.
      name: 'tidy-manifest',
      packageLinkPhase({ customElementsManifest }) {
        // Files are analysed in the order the file system lists them: sort, so that a build leaves
        // the committed manifest unchanged when the code has not changed.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (!d.attributes) continue;
            const internal = new Set(
              (d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
            );
            d.attributes = d.attributes.filter((a) => !internal.has(a.fieldName));
          }
        }
      },
    },
  ],
};
