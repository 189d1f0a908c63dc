/* Production build into dist/ (taskpane and custom functions as separate entries) and the
 * https dev server on localhost:3000 used by `npm start`. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const webpack = require("webpack");
// The Swedish custom-function metadata step is TypeScript (it reads the core's argument names).
const { SwedishMetadataPlugin } = require("tsx/cjs/api").require("./src/functions/swedishMetadataPlugin.ts", __filename);
const { manifestForOrigin } = require("tsx/cjs/api").require("./src/tools/manifest/forOrigin.ts", __filename);

const DIST = path.resolve(__dirname, "dist");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The dev certificates made by office-addin-dev-certs, read directly (no sudo needed). */
function httpsOptions() {
  const file = (name) => path.join(CERT_DIR, name);
  if (![file("localhost.crt"), file("localhost.key")].every(fs.existsSync)) return undefined;
  return { cert: fs.readFileSync(file("localhost.crt")), key: fs.readFileSync(file("localhost.key")), ca: fs.readFileSync(file("ca.crt")) };
}

/**
 * The trainers' command line (bin sroi-templates → dist/cli.js) for node. exceljs stays external:
 * it is a production dependency, so it is installed wherever the package is; bundling it (and
 * archiver, unzipper, saxes under it) makes a 1.1 MB file and a 30 s slower build. Everything of
 * ours and decimal.js are bundled. Built after the add-in so the add-in's clean of dist/ keeps it.
 */
function cliConfig(production) {
  return {
    name: "cli",
    dependencies: ["addin"],
    mode: production ? "production" : "development",
    target: "node20",
    devtool: false,
    entry: { cli: "./src/cli/main.ts" },
    output: { path: DIST, filename: "[name].js", clean: false },
    resolve: { extensions: [".ts", ".js"] },
    externals: { exceljs: "commonjs exceljs" },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
    performance: { hints: false },
    plugins: [
      new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      {
        apply: (compiler) =>
          compiler.hooks.afterEmit.tap("ExecutableCli", () => fs.chmodSync(path.join(compiler.outputPath, "cli.js"), 0o755)),
      },
    ],
  };
}

/**
 * With ADDIN_ORIGIN set (e.g. https://sroi.example.org), dist/manifest.xml is the development
 * manifest with every URL on that origin and the version of package.json: dist/ is then ready to
 * publish on that host (docs/deploy.md). Without it, no manifest is written into dist/.
 */
class HostManifestPlugin {
  constructor(origin) {
    this.origin = origin;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HostManifest", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HostManifest", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const source = fs.readFileSync(path.resolve(__dirname, "manifest.xml"), "utf8");
        const { version } = JSON.parse(fs.readFileSync(path.resolve(__dirname, "package.json"), "utf8"));
        try {
          compilation.emitAsset("manifest.xml", new webpack.sources.RawSource(manifestForOrigin(source, this.origin, version)));
        } catch (err) {
          compilation.errors.push(new webpack.WebpackError(err.message));
        }
      });
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode !== "development";
  const addin = {
    name: "addin",
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    // The pane's later tabs are chunks of their own, loaded from the same origin when first opened.
    output: { path: DIST, filename: "[name].js", chunkFilename: "chunks/[name].[contenthash:8].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // ES2016 output: the JavaScript-only custom-functions runtime of Office on Windows before
      // version 2403 and of Office 2016–2021 supports ECMAScript 2016 only (no ?. or ??).
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: "es2016" } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new SwedishMetadataPlugin({ input: "functions.json", output: "functions-sv.json" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.{png,html}", to: "assets/[name][ext]" }] }),
      ...(process.env.ADDIN_ORIGIN ? [new HostManifestPlugin(process.env.ADDIN_ORIGIN)] : []),
    ],
    devServer: {
      port: 3000,
      static: { directory: DIST },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: httpsOptions() },
      hot: false,
      client: false,
      // dist/ on disk matches what is served (npm start builds once, through the server).
      devMiddleware: { writeToDisk: true },
    },
  };
  // `webpack serve` serves the add-in only; the CLI is built by `npm run build`.
  return env.WEBPACK_SERVE ? addin : [addin, cliConfig(production)];
};
