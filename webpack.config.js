/* Production build into dist/ (taskpane and custom functions as separate entries) and the
 * https dev server on localhost:3000 used by `npm start`. */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DIST = path.resolve(__dirname, "dist");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The dev certificates made by office-addin-dev-certs, read directly (no sudo needed). */
function httpsOptions() {
  const file = (name) => path.join(CERT_DIR, name);
  if (![file("localhost.crt"), file("localhost.key")].every(fs.existsSync)) return undefined;
  return { cert: fs.readFileSync(file("localhost.crt")), key: fs.readFileSync(file("localhost.key")), ca: fs.readFileSync(file("ca.crt")) };
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: { path: DIST, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "functions.html", template: "./src/functions/functions.html", chunks: ["functions"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
    ],
    devServer: {
      port: 3000,
      static: { directory: DIST },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: httpsOptions() },
      hot: false,
      client: false,
    },
  };
};
