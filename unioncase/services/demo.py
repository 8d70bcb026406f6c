"""Realistic, valid demo data, seeded so every run gives the same database."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import func, select

from unioncase.domain.enums import Household, StaffRole, StationLevel
from unioncase.domain.errors import ConflictError, ValidationError
from unioncase.domain.validators import credit_code_check_char, id_check_char
from unioncase.models import Person
from unioncase.services.registry import EnterpriseInput, PersonInput

if TYPE_CHECKING:
    from unioncase.services.app import UnionCase

Progress = Callable[[int, int, str], None]

# Jiaxing (嘉兴) districts and counties: resident-ID area codes and a town in each.
AREAS = [
    ("330402", "南湖区", "南湖区东栅街道"),
    ("330411", "秀洲区", "秀洲区王店镇"),
    ("330421", "嘉善县", "嘉善县魏塘街道"),
    ("330424", "海盐县", "海盐县武原街道"),
    ("330481", "海宁市", "海宁市许村镇"),
    ("330482", "平湖市", "平湖市当湖街道"),
    ("330483", "桐乡市", "桐乡市濮院镇"),
]
STATIONS = [
    ("330400000", "嘉兴市职工服务中心", StationLevel.CITY),
    ("330402001", "南湖区东栅街道工会服务站", StationLevel.TOWN),
    ("330411002", "秀洲区王店镇工会服务站", StationLevel.TOWN),
    ("330421001", "嘉善县魏塘街道工会服务站", StationLevel.TOWN),
    ("330481003", "海宁市许村镇工会服务站", StationLevel.TOWN),
    ("330483005", "桐乡市濮院镇工会服务站", StationLevel.TOWN),
]
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
            "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程沈")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂"
         "兰华飞鹏玲红建国建华志强晓东海燕春梅文博雨桐子涵浩然")
STREETS = ["中山路", "禾兴路", "秀洲大道", "南湖路", "建设街", "长水路", "友谊街", "文昌路",
           "海昌路", "庆丰路"]
INDUSTRY = [("纺织", "有限公司"), ("皮革制品", "有限公司"), ("电子科技", "有限公司"),
            ("机械制造", "有限公司"), ("建筑工程", "有限公司"), ("物流", "有限公司"),
            ("服装", "有限公司"), ("食品", "有限公司"), ("经编", "有限公司"), ("家纺", "有限公司")]
BRANDS = [
    "嘉禾", "恒力", "永盛", "华美", "天成", "新凯", "宏达", "金诚",
    "润丰", "瑞祥", "锦江", "东方", "海通", "诚信", "丰源",
]
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

SIZES = {"small": (300, 40)}
DEMO_STAFF = [
    ("王建华", StaffRole.STATION_HEAD),
    ("李晓燕", StaffRole.CLERK),
    ("陈志强", StaffRole.MEDIATOR),
    ("周海燕", StaffRole.AID_OFFICER),
    ("沈文博", StaffRole.EMPLOYMENT_OFFICER),
    ("管理员", StaffRole.ADMIN),
]


def make_id_number(rng: random.Random, area: str, today: date) -> str:
    birth = date(1960, 1, 1) + timedelta(days=rng.randrange((date(2004, 12, 31)
                                                            - date(1960, 1, 1)).days))
    if birth > today:
        birth = today - timedelta(days=365 * 20)
    first17 = f"{area}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    return first17 + id_check_char(first17)


def make_credit_code(rng: random.Random, area: str) -> str:
    body = "91" + area + "".join(rng.choice(CODE_CHARS) for _ in range(9))
    return body + credit_code_check_char(body)


def make_name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) if rng.random() < 0.35 else rng.choice(GIVEN) + rng.choice(GIVEN)
    return rng.choice(SURNAMES) + given


def make_mobile(rng: random.Random) -> str:
    return rng.choice(["13", "15", "18", "17", "19"]) + f"{rng.randrange(10**9):09d}"


class DemoService:
    def __init__(self, app: UnionCase) -> None:
        self.app = app

    def fill(self, size: str = "small", seed: int = 2022,
             progress: Progress | None = None) -> dict[str, int]:
        if size == "city":
            raise ValidationError("demo_size_unavailable", field="size", size=size)
        if size not in SIZES:
            raise ValidationError("choice_invalid", field="size", value=size)
        with self.app.ctx.read() as session:
            existing = int(session.exec(select(func.count()).select_from(Person)).one())
        if existing:
            raise ValidationError("demo_not_empty")
        persons, enterprises = SIZES[size]
        rng = random.Random(seed)
        today = self.app.ctx.today()
        report = progress or (lambda done, total, what: None)

        if self.app.stations.current() is None:
            code, name, level = STATIONS[0]
            self.app.stations.init_station(code, name, level)
        for code, name, level in STATIONS:
            if code != self.app.ctx.station_code:
                self.app.stations.register(code, name, level)
        if not self.app.staff.list():
            for staff_name, role in DEMO_STAFF:
                self.app.staff.create(staff_name, role)

        enterprise_ids: list[int] = []
        for i in range(enterprises):
            area, district, _town = rng.choice(AREAS)
            brand = rng.choice(BRANDS)
            industry, suffix = rng.choice(INDUSTRY)
            name = f"{district[:2]}{brand}{industry}{suffix}"
            if i >= len(BRANDS):
                name = f"嘉兴{brand}{industry}{i}号{suffix}"
            try:
                ent = self.app.enterprises.create(EnterpriseInput(
                    name=name, credit_code=make_credit_code(rng, area),
                    address=f"{district}{rng.choice(STREETS)}{rng.randrange(1, 999)}号",
                    phone=f"0573-8{rng.randrange(10**6, 10**7):07d}",
                    has_union=rng.random() < 0.6))
            except (ValidationError, ConflictError):
                continue
            enterprise_ids.append(ent.id)
            report(i + 1, enterprises, "用人单位")

        for i in range(persons):
            area, district, town = rng.choice(AREAS)
            self._create_person(rng, today, area, town, enterprise_ids)
            report(i + 1, persons, "职工")
        return {"职工": persons, "用人单位": len(enterprise_ids)}

    def _create_person(self, rng: random.Random, today: date, area: str, town: str,
                       enterprise_ids: list[int]) -> None:
        for _attempt in range(5):  # a random ID number may already be taken: draw another
            try:
                self.app.persons.create(PersonInput(
                    name=make_name(rng),
                    id_number=make_id_number(rng, area, today),
                    phone=make_mobile(rng),
                    address=f"{town}{rng.choice(STREETS)}{rng.randrange(1, 300)}号",
                    employer_id=(rng.choice(enterprise_ids)
                                 if enterprise_ids and rng.random() < 0.85 else None),
                    household=rng.choice([Household.URBAN, Household.RURAL]).value,
                    union_member=rng.random() < 0.7,
                ))
                return
            except ConflictError:
                continue

