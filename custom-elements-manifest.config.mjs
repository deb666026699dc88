/**
 * Custom Elements Manifest analyzer settings: Lit-aware, element sources only. Elements register
 * through their base class (`ScalevCart.define('scalev-cart')` in each `define.ts`, tolerant of a
 * second registration), which the analyzer does not recognise by itself: the plugin below reads
 * those calls and gives each class its tag name and a custom-element definition export.
 */
function scalevDefinePlugin() {
  const tags = new Map(); // class name → { tag, modulePath }
  return {
    name: 'scalev-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.getText() !== 'define') return;
      if (!ts.isIdentifier(callee.expression)) return;
      const [first] = node.arguments;
      if (!first || !ts.isStringLiteral(first) || !first.text.startsWith('scalev-')) return;
      tags.set(callee.expression.getText(), { tag: first.text, modulePath: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer's module order follows file discovery, which varies from run to run: sort, so
      // the committed manifest only changes when the documented interface does.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const found = tags.get(declaration.name);
          if (!found || declaration.kind !== 'class') continue;
          declaration.tagName = found.tag;
          declaration.customElement = true;
          const definingModule = customElementsManifest.modules.find((m) => m.path === found.modulePath);
          if (definingModule) {
            definingModule.exports ??= [];
            if (!definingModule.exports.some((e) => e.kind === 'custom-element-definition' && e.name === found.tag)) {
              definingModule.exports.push({
                kind: 'custom-element-definition',
                name: found.tag,
                declaration: { name: declaration.name, module: module.path },
              });
            }
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/ui/**/*.ts', 'src/events.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*strings.ts', 'src/mock/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [scalevDefinePlugin()],
};
