"""The command line. Every command but ``gui`` runs without importing Qt.

Errors print one Chinese line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from unioncase import __version__
from unioncase.domain.errors import UnionCaseError
from unioncase.files import write_atomically
from unioncase.messages import describe

log = logging.getLogger(__name__)

EXIT_ERROR = 1
EXIT_USAGE = 2
CLI_OPERATOR = "命令行"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"参数错误：{message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help="database file or SQLAlchemy URL (default: UNIONCASE_DB, "
                             "else the per-user data folder)")
    parser = _Parser(prog="unioncase", parents=[common],
                     description="UnionCase 职工服务中心案件管理")
    parser.add_argument("--version", action="version", version=f"UnionCase {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    sub.add_parser("gui", parents=[common], help="open the window (default)")

    p = sub.add_parser("init", parents=[common], help="create a database or set its station")
    p.add_argument("--station-code", required=True)
    p.add_argument("--station-name", required=True)
    p.add_argument("--level", choices=["市", "县区", "镇街"], default=None)

    p = sub.add_parser("demo", parents=[common], help="fill an empty database with demo data")
    p.add_argument("--size", choices=["small", "city"], default="small")
    p.add_argument("--seed", type=int, default=2022)

    p = sub.add_parser("search", parents=[common], help="search persons, enterprises, cases")
    p.add_argument("text")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--limit", type=int, default=50)

    p = sub.add_parser("print", parents=[common], help="print a record's form to PDF")
    p.add_argument("number")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--form", default=None)
    p.add_argument("--session", type=int, default=None,
                   help="调解笔录: the session's number (1, 2 ...); default: every session")

    p = sub.add_parser("report", parents=[common], help="the figures of a year or a period")
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--from", dest="date_from", default=None)
    p.add_argument("--to", dest="date_to", default=None)
    p.add_argument("--station", default="")
    p.add_argument("--format", choices=["json", "text", "xlsx", "pdf"], required=True)
    p.add_argument("--out", type=Path, default=None)

    p = sub.add_parser("import-ledger", parents=[common],
                       help="import an Excel ledger (.xlsx); all or nothing by default")
    p.add_argument("file", type=Path)
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the valid rows and list the others")
    p.add_argument("--dry-run", action="store_true", help="check everything, write nothing")

    p = sub.add_parser("export-template", parents=[common],
                       help="write an empty ledger workbook to fill in and import")
    p.add_argument("--out", required=True, type=Path)

    p = sub.add_parser("backup", parents=[common], help="a consistent copy of the database")
    p.add_argument("--out", required=True, type=Path)

    p = sub.add_parser("restore", parents=[common],
                       help="replace the database with a backup (the current one is kept)")
    p.add_argument("file", type=Path)

    sub.add_parser("check", parents=[common], help="integrity check and migration state")
    return parser


def _open(args: argparse.Namespace, must_exist: bool) -> object:
    from unioncase.services import UnionCase

    app = UnionCase.open(getattr(args, "db", None), must_exist=must_exist)
    app.login(CLI_OPERATOR)
    return app


def cmd_init(args: argparse.Namespace) -> int:
    from unioncase.domain.enums import StationLevel
    from unioncase.services import UnionCase

    app = _open(args, must_exist=False)
    assert isinstance(app, UnionCase)
    level = args.level or (StationLevel.CITY if args.station_code.endswith("00000")
                           else StationLevel.TOWN)
    station = app.stations.init_station(args.station_code, args.station_name, level)
    print(f"已设置服务站：{station.code} {station.name}（{app.db.path or app.db.url}）")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase
    from unioncase.services.demo import DemoService

    app = _open(args, must_exist=False)
    assert isinstance(app, UnionCase)

    def progress(done: int, total: int, what: str) -> None:
        print(f"\r{what} {done}/{total}", end="", file=sys.stderr, flush=True)

    summary = DemoService(app).fill(size=args.size, seed=args.seed, progress=progress)
    print(file=sys.stderr)
    print("演示数据已写入：" + "，".join(f"{k} {v}" for k, v in summary.items()))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase

    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    hits = app.search.search(args.text, limit=args.limit)
    if args.format == "json":
        print(json.dumps([h.model_dump() for h in hits], ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            print(f"{hit.number}\t{hit.title}\t{hit.subtitle}")
        print(f"共 {len(hits)} 条", file=sys.stderr)
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase

    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    printed = app.printing.render(args.number, args.form, session=args.session)
    out = write_atomically(args.out, printed.pdf)
    print(f"已打印 {printed.form}：{printed.number} → {out}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from unioncase.domain.errors import ValidationError
    from unioncase.services import UnionCase
    from unioncase.services.report import Period, report_file

    period = Period.of(args.year, args.date_from, args.date_to)
    if args.format in ("xlsx", "pdf") and args.out is None:
        raise ValidationError("report_needs_out", field="out", format=args.format)
    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    data = report_file(app.ctx, period, args.station.strip(), args.format)
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        out = write_atomically(args.out, data)
        print(f"已写入报表：{out}", file=sys.stderr)
    return 0


def cmd_import_ledger(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase
    from unioncase.services.ledger_import import LedgerImportService

    app = _open(args, must_exist=True)  # a station must be set up (init) before an import
    assert isinstance(app, UnionCase)
    path: Path = args.file

    def progress(done: int, total: int, what: str) -> None:
        print(f"\r{what} {done}/{total}\033[K", end="", file=sys.stderr, flush=True)

    result = LedgerImportService(app.ctx, app.calendar).run(
        path, skip_invalid=args.skip_invalid, dry_run=args.dry_run,
        progress=progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr)
    for found in result.errors:
        print(found.describe(), file=sys.stderr)
    for found in result.warnings:
        print(f"提示：{found.describe()}", file=sys.stderr)
    print(f"台账：{path.name}")
    for counts in result.sheets:
        print(f"{counts.sheet}：读取{counts.rows}行，新增{counts.created}，已有{counts.existing}，"
              f"有误{counts.invalid}")
    if result.refused:
        print(f"未导入：有{len(result.errors)}处错误，没有写入任何数据"
              "（改正后重新导入，或用 --skip-invalid 只导入无误的行）")
        return EXIT_ERROR
    print(f"新登记职工{result.persons_created}人，用人单位{result.enterprises_created}家")
    print("仅检查，没有写入（--dry-run）" if args.dry_run else
          f"已导入：新增{result.created}行" + (f"，跳过有误的{len(result.errors)}处"
                                     if result.errors else ""))
    return 0


def cmd_export_template(args: argparse.Namespace) -> int:
    from unioncase.services.ledger_template import ledger_template

    out = write_atomically(args.out, ledger_template())
    print(f"已写入台账模板：{out}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase
    from unioncase.services.backup import BackupService

    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    copy = BackupService(app.ctx).backup(args.out)
    print(f"已备份：{copy.path}（{copy.size // 1024} KB）")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase
    from unioncase.services.backup import BackupService

    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    safety = BackupService(app.ctx).restore(args.file)
    print(f"已恢复：{args.file} → {app.db.path}")
    print(f"恢复前的数据库已备份到：{safety.path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase

    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    report = app.maintenance.check()
    print(f"数据库：{report.database}")
    print(f"结构版本：{report.revision}（最新 {report.head}）")
    print(f"完整性检查：{report.integrity}")
    print(f"外键问题：{report.foreign_key_problems}")
    print(f"服务站：{report.station_code or '未设置'}")
    for table, count in report.counts.items():
        print(f"{table}: {count}")
    print("检查通过" if report.ok else "检查未通过")
    return 0 if report.ok else EXIT_ERROR


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "search": cmd_search,
    "print": cmd_print,
    "report": cmd_report,
    "import-ledger": cmd_import_ledger,
    "export-template": cmd_export_template,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
}


def run(args: argparse.Namespace) -> int:
    """Run a parsed non-GUI command; expected errors become one Chinese line on stderr."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except UnionCaseError as exc:
        print(f"错误：{describe(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"错误：文件操作失败：{exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        print("错误：窗口请用 unioncase gui 启动", file=sys.stderr)
        return EXIT_USAGE
    return run(args)
