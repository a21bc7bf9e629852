// Bundles the course's JupyterLab (index.js and the extensions listed under "jupyterlab" in the
// repository's package.json) into build/lab, which lab/course_lab.py serves. The extensions'
// settings schemas and the light theme are copied there by @jupyterlab/builder's ensureAssets.
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const { Build } = require('@jupyterlab/builder');
const { jupyterlab } = require('../package.json');

const output = path.resolve(__dirname, '..', 'build', 'lab');
fs.mkdirSync(output, { recursive: true });

const assets = Build.ensureAssets({
  packageNames: jupyterlab.extensions,
  output,
  hashFunction: 'sha256',
});

module.exports = [
  {
    entry: path.resolve(__dirname, 'index.js'),
    output: { path: output, filename: 'bundle.js', hashFunction: 'sha256' },
    bail: true,
    mode: 'production',
    performance: { hints: false },
    module: {
      rules: [
        { test: /\.css$/, use: ['style-loader', 'css-loader'] },
        { test: /\.(html|md)$/, type: 'asset/source' },
        { test: /\.(jpg|png|gif|woff2?|ttf|eot)(\?v=\d+\.\d+\.\d+)?$/, type: 'asset' },
        // Icons: inlined as data URIs where CSS uses them, as SVG source where code does.
        { test: /\.svg(\?v=\d+\.\d+\.\d+)?$/, issuer: /\.css$/, type: 'asset/inline' },
        { test: /\.svg(\?v=\d+\.\d+\.\d+)?$/, issuer: /\.js$/, type: 'asset/source' },
      ],
    },
    resolve: { fallback: { path: require.resolve('path-browserify') } },
    plugins: [
      // Some JupyterLab 3 packages read process.env and process.cwd() as in Node.
      new webpack.DefinePlugin({ 'process.env': '{}', process: { cwd: () => '/' } }),
    ],
  },
].concat(assets);
