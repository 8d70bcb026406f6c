"""What every line of work shares: the timeline of a case, links between cases, attachments.

The helpers taking a ``session`` run inside the caller's unit of work (they never commit), so a
step and its timeline event are written in one transaction. :class:`CaseService` reads them for
any kind of case.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import os
import uuid as uuid_module
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, col, select

from unioncase.domain.errors import NotFoundError, StorageError, ValidationError
from unioncase.models import (
    Attachment,
    AttachmentRead,
    CaseEvent,
    CaseEventRead,
    CaseLink,
    CaseLinkRead,
)
from unioncase.models.case import AttachmentStatus
from unioncase.services.context import ServiceContext

log = logging.getLogger(__name__)

ATTACHMENT_FOLDER = "attachments"
ATTACHMENT_STEP = "附件"
_CHUNK = 1024 * 1024


# -- timeline -------------------------------------------------------------------------------------


def record_event(
    session: Session, kind: str, case_uuid: str, step: str, happened_on: date,
    note: str = "", station_code: str = "",
) -> CaseEvent:
    """Add one step to a case's timeline (in the caller's transaction)."""
    event = CaseEvent(case_kind=kind, case_uuid=case_uuid, step=step, note=note[:2000],
                      happened_on=happened_on, station_code=station_code)
    session.add(event)
    return event


def timeline(session: Session, case_uuid: str) -> list[CaseEventRead]:
    rows = session.exec(
        select(CaseEvent)
        .where(CaseEvent.case_uuid == case_uuid, col(CaseEvent.deleted_at).is_(None))
        .order_by(col(CaseEvent.created_at), col(CaseEvent.id))
    ).all()
    return [CaseEventRead.model_validate(r) for r in rows]


# -- links ----------------------------------------------------------------------------------------


def add_link(
    session: Session, *, from_kind: str, from_uuid: str, from_number: str, to_kind: str,
    to_uuid: str, to_number: str, relation: str, station_code: str = "",
) -> CaseLink:
    """One link between two cases; it is read from either end (see :func:`links`)."""
    link = CaseLink(from_kind=from_kind, from_uuid=from_uuid, from_number=from_number,
                    to_kind=to_kind, to_uuid=to_uuid, to_number=to_number, relation=relation,
                    station_code=station_code)
    session.add(link)
    return link


def link_read(link: CaseLink, seen_from: str) -> CaseLinkRead:
    """The link as seen from the case ``seen_from`` (a uuid): it names the other case."""
    if link.from_uuid == seen_from:
        return CaseLinkRead(relation=link.relation, kind=link.to_kind, number=link.to_number,
                            uuid=link.to_uuid, direction="out")
    return CaseLinkRead(relation=link.relation, kind=link.from_kind, number=link.from_number,
                        uuid=link.from_uuid, direction="in")


def links(session: Session, case_uuid: str) -> list[CaseLinkRead]:
    """Every link from or to the case, oldest first."""
    rows = session.exec(
        select(CaseLink)
        .where(or_(col(CaseLink.from_uuid) == case_uuid, col(CaseLink.to_uuid) == case_uuid),
               col(CaseLink.deleted_at).is_(None))
        .order_by(col(CaseLink.created_at), col(CaseLink.id))
    ).all()
    return [link_read(r, case_uuid) for r in rows]


# -- attachments ----------------------------------------------------------------------------------


def data_folder(ctx: ServiceContext) -> Path:
    """The folder of the database file; attachments live beside it."""
    path = ctx.db.path
    if path is None:
        raise StorageError("attachments_unavailable")
    return path.resolve().parent


def stored_path(folder: Path, sha256: str) -> Path:
    return folder / ATTACHMENT_FOLDER / sha256[:2] / sha256


def file_sha256(path: Path) -> tuple[str, int]:
    """The SHA-256 (hex) and size of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def store_file(folder: Path, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the attachment store; returns its SHA-256 and size.

    The bytes are hashed while they are copied, so what is recorded is what was stored. The same
    content is kept once; a stored copy that was damaged is replaced by the fresh one.
    """
    if not source.is_file():
        raise ValidationError("attachment_missing", field="path", path=str(source))
    store = folder / ATTACHMENT_FOLDER
    store.mkdir(parents=True, exist_ok=True)
    temp = store / f".incoming-{uuid_module.uuid4().hex}"
    digest = hashlib.sha256()
    size = 0
    try:
        with source.open("rb") as src, temp.open("wb") as dst:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        sha = digest.hexdigest()
        target = stored_path(folder, sha)
        if target.is_file() and file_status(target, sha, size) == "ok":
            temp.unlink()
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        log.exception("cannot store an attachment")
        raise StorageError("attachment_store_failed", path=str(source)) from exc
    return sha, size


def file_status(path: Path, sha256: str, size: int) -> AttachmentStatus:
    """"ok", "missing", or "changed" (its bytes no longer match the recorded SHA-256)."""
    try:
        if not path.is_file():
            return "missing"
        if path.stat().st_size != size:
            return "changed"
        actual, _size = file_sha256(path)
    except OSError:
        return "missing"
    return "ok" if actual == sha256 else "changed"


def attachment_read(folder: Path, row: Attachment) -> AttachmentRead:
    path = stored_path(folder, row.sha256)
    return AttachmentRead(
        id=row.id or 0, filename=row.filename, sha256=row.sha256, size=row.size,
        media_type=row.media_type, path=path, status=file_status(path, row.sha256, row.size),
        created_at=row.created_at, created_by=row.created_by,
    )


def add_attachment(
    session: Session, folder: Path, *, owner_kind: str, owner_uuid: str, source: Path,
    happened_on: date, station_code: str = "",
) -> AttachmentRead:
    """Store the file, record it, and add an 附件 step to the owner's timeline."""
    sha, size = store_file(folder, source)
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    row = Attachment(owner_kind=owner_kind, owner_uuid=owner_uuid, filename=source.name[:255],
                     sha256=sha, size=size, media_type=media_type, station_code=station_code)
    session.add(row)
    record_event(session, owner_kind, owner_uuid, ATTACHMENT_STEP, happened_on,
                 note=source.name, station_code=station_code)
    session.flush()
    return attachment_read(folder, row)


def attachments(session: Session, folder: Path, owner_uuid: str) -> list[AttachmentRead]:
    rows = session.exec(
        select(Attachment)
        .where(Attachment.owner_uuid == owner_uuid, col(Attachment.deleted_at).is_(None))
        .order_by(col(Attachment.created_at), col(Attachment.id))
    ).all()
    return [attachment_read(folder, r) for r in rows]


class CaseService:
    """Timeline, links and attachments of any case, by its uuid."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def timeline(self, case_uuid: str) -> list[CaseEventRead]:
        with self.ctx.read() as session:
            return timeline(session, case_uuid)

    def links(self, case_uuid: str) -> list[CaseLinkRead]:
        with self.ctx.read() as session:
            return links(session, case_uuid)

    def attachments(self, owner_uuid: str) -> list[AttachmentRead]:
        folder = data_folder(self.ctx)
        with self.ctx.read() as session:
            return attachments(session, folder, owner_uuid)


class CaseRecords:
    """What every line of work's service offers on one case: loading it, its timeline, links
    and attachments. A service sets ``case_kind`` and ``case_model`` and has ``ctx``."""

    ctx: ServiceContext
    case_kind: str
    case_model: type[Any]

    def _load(self, session: Session, case_id: int) -> Any:
        row = session.get(self.case_model, case_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(key=str(case_id))
        return row

    def timeline(self, case_id: int) -> list[CaseEventRead]:
        with self.ctx.read() as session:
            return timeline(session, self._load(session, case_id).uuid)

    def links(self, case_id: int) -> list[CaseLinkRead]:
        with self.ctx.read() as session:
            return links(session, self._load(session, case_id).uuid)

    def add_attachment(self, case_id: int, path: str | Path) -> AttachmentRead:
        """Keep a file with the case (copied beside the database, SHA-256 recorded)."""
        folder = data_folder(self.ctx)
        with self.ctx.write() as session:
            row = self._load(session, case_id)
            return add_attachment(
                session, folder, owner_kind=self.case_kind, owner_uuid=row.uuid,
                source=Path(path), happened_on=self.ctx.today(),
                station_code=self.ctx.operator().station_code)

    def attachments(self, case_id: int) -> list[AttachmentRead]:
        """The case's files, each with its status: "ok", "missing" or "changed"."""
        folder = data_folder(self.ctx)
        with self.ctx.read() as session:
            return attachments(session, folder, self._load(session, case_id).uuid)
