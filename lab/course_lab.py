"""The course's JupyterLab: JupyterLab 3.6's front-end, bundled by webpack into build/lab from
the npm packages in package.json, served by Debian's jupyter_server and jupyterlab_server.

Run from the folder to serve, with jupyter_server's options, e.g.
    python3 lab/course_lab.py --port 8888 --ServerApp.token=SECRET
and open http://127.0.0.1:8888/lab/tree/00-welcome.ipynb?token=SECRET.
"""
import json
import os

from jupyter_server.utils import url_path_join
from jupyterlab_server import LabServerApp
from traitlets import default

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.dirname(HERE)
BUILD = os.path.join(REPOSITORY, "build", "lab")
# MathJax 2, installed by npm for the slide decks: formulas typeset without a network.
MATHJAX = os.path.join(REPOSITORY, "node_modules", "mathjax")


def _lab_version():
    with open(os.path.join(REPOSITORY, "node_modules", "@jupyterlab", "application", "package.json")) as f:
        return json.load(f)["version"]


def _jupyter_server_extension_points():
    return [{"module": __name__, "app": CourseLab}]


class CourseLab(LabServerApp):
    """JupyterLab at /lab, with the user's settings and workspaces kept in build/lab of this
    checkout unless --CourseLab.user_settings_dir and --CourseLab.workspaces_dir say otherwise."""

    name = __name__  # the module jupyter_server loads it from, as _jupyter_server_extension_points says
    extension_url = "/lab"
    default_url = "/lab"
    load_other_extensions = False
    app_name = "JupyterLab (Dendrite course)"
    app_version = _lab_version()
    static_dir = BUILD
    templates_dir = os.path.join(HERE, "templates")
    schemas_dir = os.path.join(BUILD, "schemas")
    themes_dir = os.path.join(BUILD, "themes")
    app_settings_dir = os.path.join(BUILD, "application_settings")

    @default("user_settings_dir")
    def _user_settings_dir(self):
        return os.path.join(BUILD, "user_settings")

    @default("workspaces_dir")
    def _workspaces_dir(self):
        return os.path.join(BUILD, "workspaces")

    def initialize_templates(self):
        super().initialize_templates()
        # MathJax.js is served beside the bundle, from npm's copy.
        self.static_paths = [BUILD, MATHJAX]

    def initialize_settings(self):
        super().initialize_settings()
        settings = self.serverapp.web_app.settings
        settings["mathjax_url"] = url_path_join(self.static_url_prefix, "MathJax.js")
        settings["terminals_available"] = False


if __name__ == "__main__":
    CourseLab.launch_instance()
