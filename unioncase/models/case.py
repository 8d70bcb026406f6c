"""What every line of work shares: a case's timeline, links between cases, and attachments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict
from sqlmodel import Field

from unioncase.models.base import RecordMixin


class CaseEvent(RecordMixin, table=True):
    """One step of a case (登记, 受理, 办结 ...). The timeline is the events by ``created_at``."""

    __tablename__ = "case_event"

    case_kind: str = Field(max_length=4)  # RecordKind value: "XF", "TJ" ...
    case_uuid: str = Field(max_length=36, index=True)
    step: str = Field(max_length=20)
    note: str = Field(default="", max_length=2000)
    happened_on: dt.date


class CaseLink(RecordMixin, table=True):
    """One case led to, or repeats, another. Read from either end."""

    __tablename__ = "case_link"

    from_kind: str = Field(max_length=4)
    from_uuid: str = Field(max_length=36, index=True)
    from_number: str = Field(max_length=40)
    to_kind: str = Field(max_length=4)
    to_uuid: str = Field(max_length=36, index=True)
    to_number: str = Field(max_length=40)
    relation: str = Field(max_length=20)  # 转调解, 转帮扶, 转就业, 重复信访


class Attachment(RecordMixin, table=True):
    """A file kept with a case: copied into ``attachments/<sha[:2]>/<sha>`` beside the database."""

    __tablename__ = "attachment"

    owner_kind: str = Field(max_length=4)
    owner_uuid: str = Field(max_length=36, index=True)
    filename: str = Field(max_length=255)
    sha256: str = Field(max_length=64, index=True)
    size: int
    media_type: str = Field(default="application/octet-stream", max_length=100)


class CaseEventRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    step: str
    note: str
    happened_on: dt.date
    created_at: dt.datetime
    created_by: str


class CaseLinkRead(BaseModel):
    """A link seen from one case: ``kind``/``number``/``uuid`` name the other case."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    relation: str
    kind: str
    number: str
    uuid: str
    direction: Literal["out", "in"]


AttachmentStatus = Literal["ok", "missing", "changed"]


class AttachmentRead(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    filename: str
    sha256: str
    size: int
    media_type: str
    path: Path
    # "ok": the stored file is there with the recorded SHA-256; "missing": gone;
    # "changed": its bytes no longer match.
    status: AttachmentStatus = "ok"
    created_at: dt.datetime
    created_by: str
