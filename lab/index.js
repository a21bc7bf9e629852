// The course's JupyterLab: JupyterLab 3.6's own application with the extensions a notebook
// course needs (file browser, launcher, notebook, console, text editor, completer, tooltip,
// inspector, menus, MathJax, the light theme) and ipywidgets' widget manager, which shows the
// sliders, dropdowns and play buttons of Java cells (org.dendrite.widgets). The list matches
// "jupyterlab.extensions" in the repository's package.json, from which webpack.config.js copies
// their settings schemas and styles.
import { PageConfig } from '@jupyterlab/coreutils';

// Chunks and assets load from where the server serves this bundle; set before the styles load.
// eslint-disable-next-line no-undef
__webpack_public_path__ = PageConfig.getOption('fullStaticUrl') + '/';

import { JupyterLab } from '@jupyterlab/application';

const styles = import('../build/lab/style.js');

const extensions = [
  import('@jupyter-widgets/jupyterlab-manager'),
  import('@jupyterlab/application-extension'),
  import('@jupyterlab/apputils-extension'),
  import('@jupyterlab/codemirror-extension'),
  import('@jupyterlab/completer-extension'),
  import('@jupyterlab/console-extension'),
  import('@jupyterlab/docmanager-extension'),
  import('@jupyterlab/filebrowser-extension'),
  import('@jupyterlab/fileeditor-extension'),
  import('@jupyterlab/inspector-extension'),
  import('@jupyterlab/launcher-extension'),
  import('@jupyterlab/mainmenu-extension'),
  import('@jupyterlab/mathjax2-extension'),
  import('@jupyterlab/notebook-extension'),
  import('@jupyterlab/rendermime-extension'),
  import('@jupyterlab/shortcuts-extension'),
  import('@jupyterlab/statusbar-extension'),
  import('@jupyterlab/theme-light-extension'),
  import('@jupyterlab/tooltip-extension'),
  import('@jupyterlab/translation-extension'),
  import('@jupyterlab/ui-components-extension'),
];

// Plugins left out: the pop-up asking to fetch Jupyter's news from the internet.
const leftOut = new Set(['@jupyterlab/apputils-extension:announcements']);

/** The plugins of one extension module (its default export: one plugin or a list). */
function pluginsOf(module) {
  const exported = module.default;
  return (Array.isArray(exported) ? exported : [exported]).filter((plugin) => !leftOut.has(plugin.id));
}

window.addEventListener('load', async () => {
  await styles;
  const lab = new JupyterLab();
  lab.registerPlugins((await Promise.all(extensions)).flatMap(pluginsOf));
  await lab.start();
  await lab.restored;
});
