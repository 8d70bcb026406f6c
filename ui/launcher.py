"""The ``unioncase`` console script: the window by default, else a Qt-free CLI command."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from unioncase.cli import build_parser, run

    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command in (None, "gui"):
        from ui.app import run_gui  # Qt is imported only here

        return run_gui(getattr(args, "db", None))
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
