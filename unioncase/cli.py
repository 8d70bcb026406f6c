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

    passphrase = _Parser(add_help=False)
    passphrase.add_argument("--passphrase-file", type=Path, default=None,
                            help="a file holding the city's sync passphrase (default: "
                                 "UNIONCASE_SYNC_PASSPHRASE, else asked for)")

    p = sub.add_parser("export-sync", parents=[common, passphrase],
                       help="write a sync bundle: this station's changes since the center's "
                            "last acknowledgement, the reference data, or an acknowledgement")
    p.add_argument("--out", required=True, type=Path)
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--reference", action="store_true",
                      help="at the center: the registries and the calendar for the stations")
    kind.add_argument("--ack", metavar="STATION", default=None,
                      help="at the center: an acknowledgement for this station")
    p.add_argument("--full", action="store_true", help="every record, acknowledged or not")
    p.add_argument("--signing-key", type=Path, default=None,
                   help="sign with this station's Ed25519 key (PEM, see sync-key)")

    p = sub.add_parser("import-sync", parents=[common, passphrase],
                       help="check a sync bundle whole, then apply it in one transaction")
    p.add_argument("file", type=Path)

    sub.add_parser("sync-status", parents=[common],
                   help="each station's last bundle, gaps and open conflicts")

    p = sub.add_parser("sync-key", parents=[common],
                       help="make this station's Ed25519 signing key")
    p.add_argument("--out", required=True, type=Path)

    p = sub.add_parser("sync-pin", parents=[common],
                       help="accept a station's bundles only when signed with this key")
    p.add_argument("--station", required=True)
    p.add_argument("--public-key", required=True, help="64 hexadecimal characters")

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


def _passphrase(args: argparse.Namespace) -> str | None:
    import getpass
    import os

    from unioncase.services.sync import ENV_PASSPHRASE

    if args.passphrase_file is not None:
        try:
            return str(args.passphrase_file.read_text(encoding="utf-8")).strip("\r\n")
        except FileNotFoundError:
            from unioncase.domain.errors import ValidationError

            raise ValidationError("sync_passphrase_missing", field="passphrase") from None
    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    if sys.stdin.isatty():
        return getpass.getpass("同步口令：")
    return None


def _table_counts(tables: dict[str, int]) -> str:
    from unioncase.messages import entity_label

    return "，".join(f"{entity_label(name)} {count}" for name, count in tables.items()) or "无"


def cmd_export_sync(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase

    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    key = args.signing_key.read_bytes() if args.signing_key else None
    summary = app.sync.export(args.out, _passphrase(args), reference=args.reference,
                              ack_for=args.ack, full=args.full, signing_key=key)
    kinds = {"cases": "本站数据", "reference": "参考数据",
             "ack": f"给 {summary.to_station} 的确认包"}
    print(f"导出成功：{summary.path}（{kinds[summary.kind]}，第 {summary.seq} 号，"
          f"{summary.records} 条记录，{summary.size // 1024} KB"
          f"{'，已签名' if summary.signed else ''}）")
    if summary.kind == "cases" and summary.since_ack:
        print(f"只含中心确认第 {summary.since_ack} 号之后的变化")
    print(f"记录：{_table_counts(summary.tables)}")
    if summary.attachments:
        print(f"附件：{summary.attachments} 个")
    return 0


def cmd_import_sync(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase

    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    result = app.sync.import_bundle(args.file, _passphrase(args))
    origin = f"{result.station_code} {result.station_name}".strip()
    if result.already:
        print(f"此同步包已导入过，未做任何更改（{origin}，第 {result.seq} 号）")
        return 0
    print(f"导入成功：{origin}，第 {result.seq} 号，{result.records} 条记录"
          f"{'，签名已核对' if result.signed else ''}")
    print(f"新增 {result.count('created')}，更新 {result.count('updated')}，"
          f"已有 {result.count('skipped')}，同一人或单位合并 {result.count('merged')}，"
          f"冲突 {result.count('conflicts')}")
    if result.gaps:
        missing = "、".join(str(n) for n in result.gaps)
        print(f"尚未收到该站第 {missing} 号同步包（后续包已含其变化，数据不缺）")
    if result.count("conflicts"):
        print("有冲突待处理：请在窗口中打开 工具 → 同步冲突")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase

    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    rows = app.sync.status()
    if not rows:
        print("还没有其他服务站的同步记录")
    for row in rows:
        last = (f"最近第 {row.last_seq} 号（{row.last_imported_at:%Y-%m-%d %H:%M} 导入）"
                if row.last_seq and row.last_imported_at else "未收到同步包")
        gaps = f"，缺第 {'、'.join(map(str, row.gaps))} 号" if row.gaps else ""
        ack = f"，已确认至第 {row.acked_seq} 号" if row.acked_seq else ""
        print(f"{row.station_code} {row.name}：{last}{gaps}，未处理冲突 "
              f"{row.open_conflicts}{ack}{'，已登记公钥' if row.pinned else ''}")
    kinds = {"cases": "本站数据", "reference": "参考数据", "ack": "确认包"}
    for bundle in app.sync.exports()[:5]:
        state = ("，已确认" if bundle.acknowledged_at else "，未确认") \
            if bundle.kind == "cases" else f"，给 {bundle.to_station}" if bundle.to_station else ""
        print(f"本站导出：{kinds.get(bundle.kind, bundle.kind)} 第 {bundle.seq} 号，"
              f"{bundle.records} 条，{bundle.created_at:%Y-%m-%d %H:%M}{state}")
    return 0


def cmd_sync_key(args: argparse.Namespace) -> int:
    import os

    from unioncase.files import write_atomically
    from unioncase.services.sync import SyncService

    if args.out.exists():
        print(f"错误：文件已存在，不会覆盖：{args.out}", file=sys.stderr)
        return EXIT_ERROR
    pem, public = SyncService.generate_key()
    write_atomically(args.out, pem, durable=True)
    os.chmod(args.out, 0o600)
    print(f"签名密钥已写入：{args.out}（请妥善保管，不要随同步包寄出）")
    print(f"公钥（交中心登记）：{public}")
    return 0


def cmd_sync_pin(args: argparse.Namespace) -> int:
    from unioncase.services import UnionCase

    app = _open(args, must_exist=True)
    assert isinstance(app, UnionCase)
    app.sync.pin(args.station, args.public_key)
    print(f"已登记服务站 {args.station} 的公钥：此后只接受用该密钥签名的同步包")
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
    "export-sync": cmd_export_sync,
    "import-sync": cmd_import_sync,
    "sync-status": cmd_sync_status,
    "sync-key": cmd_sync_key,
    "sync-pin": cmd_sync_pin,
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
