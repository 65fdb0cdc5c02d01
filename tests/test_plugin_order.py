"""The built-in normalisers run in the order of ``plugins.BUILTIN_MODULES``, whatever was imported
first: a script importing the events aligner for its helpers still aligns events on unified names."""

from __future__ import annotations

import subprocess
import sys

from crosscheck import plugins


def test_builtin_normalisers_run_in_module_order() -> None:
    plugins.load_builtins()
    rank = {m: i for i, m in enumerate(plugins.BUILTIN_MODULES)}
    modules = [f.__module__ for f in plugins.NORMALIZERS.values() if f.__module__ in rank]
    assert modules == sorted(modules, key=rank.__getitem__)


def test_importing_the_events_aligner_first_keeps_the_order() -> None:
    code = (
        "import crosscheck.events.normalize\n"
        "from crosscheck import plugins\n"
        "plugins.load_builtins()\n"
        "print(' '.join(plugins.NORMALIZERS))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    names = out.stdout.split()
    assert names.index("names") < names.index("events")
