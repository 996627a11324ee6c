// The layers the build enforces (docs/decisions/009-layers.md). Run by `npm run lint`:
// `npx depcruise src scripts tests tools vite.config.ts`. Each rule names what it forbids; its
// comment says why and where the code should go instead.
//
//   src/article          the data core: schema, types, pure transforms; imports nothing of ours
//   src/ingest           plain text -> draft article (pure, browser-safe); imports article
//   src/publish          JSON-LD / oEmbed / export builders (pure); imports article, pure shared
//   src/shared           small UI pieces; imports article
//   src/boot             the first-paint path: contract and page scripts import article,
//                        shared; its build/ (the Vite plugin, Node) may also use Node built-ins
//   src/features/<name>  one room each; article, shared, boot, publish; never another feature
//                        (only the desk runs the ingest)
//   src/app, src/prerender   compose everything above (never the CLI)
//   src/cli              Node commands; article, ingest, publish
//   scripts/, tests/     may import src; share helpers only through tools/
//   tools/               helpers shared by scripts and tests; imports src, never them

/** Code that runs in the browser: no Node built-ins (`node:fs`, `path`, …). */
const BROWSER = '^src/(article|ingest|publish|shared|boot|features|app)/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'A cycle, type-only imports included, means two modules are one: move what both need ' +
        'into its own small module that both import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'article-imports-only-article',
      severity: 'error',
      comment: 'src/article is the data core: everything builds on it, it builds on nothing of ours.',
      from: { path: '^src/article/' },
      to: { path: '^(src|scripts|tests|tools)/', pathNot: '^src/article/' },
    },
    {
      name: 'ingest-imports-only-article',
      severity: 'error',
      comment: 'The ingest is a pure function from text to a draft article, shared by the CLI and the desk.',
      from: { path: '^src/ingest/' },
      to: { path: '^(src|scripts|tests|tools)/', pathNot: '^src/(article|ingest)/' },
    },
    {
      name: 'publish-imports-only-article',
      severity: 'error',
      comment: 'Publishing builders (JSON-LD, oEmbed, exports) are pure functions of the article.',
      // The text-quote and embed-snippet builders in src/shared are pure and shared with the UI.
      from: { path: '^src/publish/' },
      to: { path: '^(src|scripts|tests|tools)/', pathNot: '^src/(article|publish|shared)/' },
    },
    {
      name: 'shared-imports-only-article',
      severity: 'error',
      comment: 'src/shared holds pieces several features use; it knows no feature and no app.',
      from: { path: '^src/shared/' },
      to: { path: '^(src|scripts|tests|tools)/', pathNot: '^src/(article|shared)/' },
    },
    {
      name: 'boot-imports-article-and-shared',
      severity: 'error',
      comment: 'The first-paint contract is read by the app and the build; it knows no feature.',
      // Its build/ writes each page's head with the publishing builders.
      from: { path: '^src/boot/' },
      to: { path: '^(src|scripts|tests|tools)/', pathNot: '^src/(article|shared|boot|publish)/' },
    },
    {
      name: 'features-stay-apart',
      severity: 'error',
      comment:
        'A feature never imports another: src/app composes them. If two need the same thing, ' +
        'it moves down to src/article or src/shared.',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'features-import-what-is-below-them',
      severity: 'error',
      comment: 'Features build on article, shared, boot and publish; src/app composes them.',
      from: { path: '^src/features/' },
      to: {
        path: '^(src|scripts|tests|tools)/',
        pathNot: '^src/(article|shared|boot|publish|features|ingest)/',
      },
    },
    {
      name: 'only-the-desk-runs-the-ingest',
      severity: 'error',
      comment: 'The ingest is an editing tool: the reader features never load it.',
      from: { path: '^src/features/', pathNot: '^src/features/desk/' },
      to: { path: '^src/ingest/' },
    },
    {
      name: 'app-composes-but-never-runs-the-cli',
      severity: 'error',
      comment: 'src/app and src/prerender compose the reader; the CLI is Node-only.',
      from: { path: '^src/(app|prerender)/' },
      to: { path: '^(src/cli|scripts|tests|tools)/' },
    },
    {
      name: 'cli-imports-article-ingest-publish',
      severity: 'error',
      comment: 'The CLI validates, drafts and exports articles; it never imports React code.',
      from: { path: '^src/cli/' },
      to: { path: '^(src|scripts|tests|tools)/', pathNot: '^src/(article|ingest|publish|cli|shared)/' },
    },
    {
      name: 'browser-code-uses-no-node-builtins',
      severity: 'error',
      comment: 'This code runs in the browser (the ingest too, in the desk): no Node built-ins.',
      // src/boot/build/ is the build's Vite plugin (Node), not page code.
      from: { path: BROWSER, pathNot: '^src/boot/build/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'scripts-do-not-import-tests',
      severity: 'error',
      comment: 'What scripts and tests both need lives in tools/.',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'tests-do-not-import-scripts',
      severity: 'error',
      comment:
        'What scripts and tests both need lives in tools/. Only a test of a script, in ' +
        'tests/unit/scripts/, imports the script it tests.',
      from: { path: '^tests/', pathNot: '^tests/unit/scripts/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'tools-import-neither-scripts-nor-tests',
      severity: 'error',
      comment: 'tools/ is what scripts and tests share; it builds on src/ only.',
      from: { path: '^tools/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'no-unresolvable-imports',
      severity: 'error',
      comment: 'An import that resolves to nothing: a typo, a moved file, or a missing package.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    // Type-only imports count: a type cycle is a cycle, and a layer is broken by types too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
};
