"""The city-size demo (``unioncase demo --size city``): a million persons and four years of the
four lines of work at the 50 stations of a city, written in one transaction (80 s on two cores).

Rows. ORM objects cost about a millisecond each, so nothing here builds one: every row is a plain
tuple with every column a service would write (RecordMixin stamps, versions counting the steps,
deadlines from the holiday calendar, numbers per station, kind and year), inserted by
``executemany`` of multi-row ``INSERT ... VALUES`` on the DBAPI connection of one transaction.
Ids are handed out here (from ``max(id)``), so a child row points to its parent without a
lookup. Dates are ordinals whose ISO text is looked up; pinyin is composed from the pinyin of the
surname and of the given name, computed once per part (the tests check the composition against
``pinyin_keys`` for every pair); random numbers come in bulk. Seeded: the same seed and day give
the same database.

Two processes. On Linux a forked process makes the rows and sends them through a pipe while this
one stores them (the child never touches the database); elsewhere both happen here. A thread
would not do: making rows holds the GIL that binding them needs, and halves the insert rate.

The load's settings. A rollback journal instead of WAL for the transaction (the WAL would take
every spilled page and all of them again at the checkpoint), a larger page cache, and no
foreign-key check per row (the ids are consistent by construction; the tests run
``foreign_key_check``). The next connection has WAL and foreign keys on again.

Indexes and triggers. The secondary indexes of the loaded tables are dropped at the start and
each table's are created again, from their own ``CREATE INDEX`` text in ``sqlite_master``, once
its rows are in. The triggers that keep a name-search FTS index in step with inserts
(``person_name_fts_insert`` ...) are dropped for the load, their rows written afterwards in one
``INSERT ... SELECT`` with the trigger's own expression, and the triggers created again from
their own text. All of it happens inside the load's transaction (SQLite's DDL is transactional):
a crash or an error leaves the schema and the data as they were. A trigger of another shape is
left alone and fires.

What a service-center worker expects to see. 重复信访 is flagged by IntakeService's own rule
(same person, or same employer and matter, within 90 days) on some 6 % of the cases: who comes
is chosen so (RETURN_SHARE ...), the flag is never set by hand. Some intake cases are routed on
(转调解 / 转帮扶 / 转就业): the target line's record is made as its router makes it (source
信访转入, that day, that station, that person; 生活救助 with 0 requested for aid), and the
routing step and the case link as IntakeService.route writes them. Only the last weeks' work
is still open: old cases are concluded, old agreements honored (a few recorded 部分履行 or
未履行 are followed up and paid within SETTLE_DAYS), old referrals answered.

Audit trail. The reference records (stations, staff, enterprises, mediation organizations and
mediators, programs' budgets, batches, fairs, fair employers, positions) get one ``create`` event
each, as the session hooks would write. The bulk tables (persons, cases, their timelines and
parts: 5.8 million rows) get one summary event per table (rows, first and last id): an event
per row, with its JSON of every field, would double the time of the whole load.
"""

from __future__ import annotations

import gc
import itertools
import json
import logging
import multiprocessing
import pickle
import queue
import random
import re
import sqlite3
import sys
import threading
import time
import traceback
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import accumulate, repeat
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from sqlalchemy import Boolean

from unioncase.db.database import Operator, creation_changes
from unioncase.domain.aid import (
    AidStatus,
    BatchStatus,
    FileStatus,
    HardshipCategory,
    HardshipCause,
    PaymentMethod,
    per_capita_monthly_fen,
    suggest_category,
)
from unioncase.domain.deadlines import HolidayCalendar, add_working_days, period_end
from unioncase.domain.enums import DayKind, RecordKind, StaffRole, StationLevel
from unioncase.domain.errors import ValidationError
from unioncase.domain.intake import (
    DEFAULT_CATEGORIES,
    EXTENSION_DAYS,
    GROUP_THRESHOLD,
    REPEAT_WINDOW_DAYS,
    Handling,
    IntakeChannel,
    IntakeStatus,
    Satisfaction,
)
from unioncase.domain.jobs import (
    FOLLOW_UP_DAYS,
    Education,
    ReferralResult,
    SeekerSituation,
    SeekerSource,
)
from unioncase.domain.mediation import (
    ARBITRATION_YEARS,
    COLLECTIVE_THRESHOLD,
    COURT_CONFIRM_DAYS,
    DEFAULT_COPIES,
    MEDIATION_DAYS,
    DisputeType,
    MediationSource,
    MediationStatus,
    MediatorKind,
    OrganizationType,
    Performance,
    add_years,
    dispute_type_for_category,
)
from unioncase.domain.money import format_yuan
from unioncase.domain.pinyin import pinyin_keys
from unioncase.domain.validators import credit_code_check_char
from unioncase.models import (
    AidApplication,
    AidBatch,
    AidBudget,
    AuditEvent,
    CaseEvent,
    CaseLink,
    Enterprise,
    FairEmployer,
    HardshipFile,
    HouseholdMember,
    IntakeCase,
    JobFair,
    JobSeeker,
    MediationAgreementItem,
    MediationCase,
    MediationCaseMediator,
    MediationClaim,
    MediationOrganization,
    MediationParty,
    MediationSession,
    Mediator,
    Person,
    Position,
    Referral,
    Staff,
    Station,
)
from unioncase.services.demo import (
    AID_REASONS,
    CLAIM_ITEMS,
    CLOSING_RESULTS,
    DISPUTE_FACTS,
    HEALTH,
    INTAKE_SUMMARIES,
    STREETS,
    WORK,
)

if TYPE_CHECKING:
    from unioncase.services.app import UnionCase

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Row = tuple[Any, ...]
T = TypeVar("T")

DEMO_OPERATOR = "演示数据"
CITY_CODE = "330400000"
CITY_NAME = "嘉兴市职工服务中心"

# What a run at scale 1 writes.
PERSONS = 1_000_000
ENTERPRISES = 20_000
INTAKE_CASES = 300_000
MEDIATION_CASES = 50_000
AID_PAYMENTS = 200_000
JOB_SEEKERS = 100_000
JOB_FAIRS = 200
DESK_POSITIONS = 2_000
YEARS_BACK = 3  # the three years before the current one, and the current year to date

CHUNK = 10_000  # rows sent to the store at once
OUTBOX = 150  # messages the generator may make ahead of the store
MULTI_ROWS = 500  # rows in one INSERT statement
MAX_VARIABLES = 32_000  # SQLite allows 32,766 parameters in a statement (since 3.32)
STEP = 100  # the time-of-day slots between two steps of one case
CACHE_KIB = 512 * 1024  # PRAGMA cache_size during the load (512 MiB)
FORK = True  # rows made by a process of their own (on Linux)

# Jiaxing's districts and counties: resident-ID area code, name, prefixes of company names, and
# its towns and streets with a station (code suffix, name, relative size).
COUNTIES: tuple[tuple[str, str, tuple[str, ...], tuple[tuple[str, str, float], ...]], ...] = (
    ("330402", "南湖区", ("嘉兴", "嘉兴市南湖区"), (
        ("001", "东栅街道", 2.0), ("002", "建设街道", 1.5), ("003", "解放街道", 1.5),
        ("004", "新嘉街道", 1.8), ("005", "大桥镇", 2.2), ("006", "凤桥镇", 1.2))),
    ("330411", "秀洲区", ("嘉兴", "嘉兴市秀洲区"), (
        ("001", "新城街道", 1.8), ("002", "王店镇", 2.6), ("003", "王江泾镇", 2.4),
        ("004", "油车港镇", 1.5), ("005", "新塍镇", 1.6), ("006", "洪合镇", 2.0))),
    ("330421", "嘉善县", ("嘉善",), (
        ("001", "魏塘街道", 2.4), ("002", "罗星街道", 1.6), ("003", "惠民街道", 1.8),
        ("004", "西塘镇", 1.7), ("005", "姚庄镇", 1.9), ("006", "陶庄镇", 1.4))),
    ("330424", "海盐县", ("海盐",), (
        ("001", "武原街道", 2.3), ("002", "西塘桥街道", 1.6), ("003", "沈荡镇", 1.2),
        ("004", "百步镇", 1.3), ("005", "澉浦镇", 1.0))),
    ("330481", "海宁市", ("海宁",), (
        ("001", "海洲街道", 2.2), ("002", "硖石街道", 1.9), ("003", "许村镇", 3.2),
        ("004", "长安镇", 2.8), ("005", "盐官镇", 1.3), ("006", "袁花镇", 1.5),
        ("007", "斜桥镇", 1.4))),
    ("330482", "平湖市", ("平湖",), (
        ("001", "当湖街道", 2.4), ("002", "钟埭街道", 1.9), ("003", "新埭镇", 1.5),
        ("004", "独山港镇", 1.6), ("005", "乍浦镇", 1.7))),
    ("330483", "桐乡市", ("桐乡",), (
        ("001", "梧桐街道", 2.4), ("002", "凤鸣街道", 1.6), ("003", "崇福镇", 2.6),
        ("004", "洲泉镇", 2.3), ("005", "濮院镇", 3.4), ("006", "乌镇镇", 1.6),
        ("007", "屠甸镇", 1.3))),
)
CITY_WEIGHT = 6.0
COUNTY_WEIGHT = 3.0



def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Surnames with their frequency in northern Zhejiang (沈, 钱, 陆, 褚, 屠 are Jiaxing names).
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘蒋蔡余杜叶程"
            "沈钱陆金顾姚俞范方汪戴倪褚屠盛费吕施严钟丁魏任姜卢傅邱夏")
SURNAME_WEIGHTS = (
    80, 55, 62, 45, 78, 40, 22, 24, 52, 50, 48, 28, 22, 42, 36, 15, 20, 24, 22, 16,
    20, 14, 12, 14, 12, 18, 8, 10, 8, 12, 10, 8, 8, 10, 10, 12, 14, 12, 9, 8, 14, 10,
    46, 26, 30, 30, 22, 18, 22, 14, 12, 14, 10, 10, 8, 8, 10, 9, 10, 8, 10, 8, 10, 6,
    10, 6, 8, 6, 8, 6,
)
MALE_GIVEN = _words(
    "建国 建华 国强 志强 志明 建军 永强 海涛 晓东 文博 浩然 子轩 宇航 俊杰 家豪 明辉 建平 国庆 "
    "卫东 立新 振华 志刚 建新 永刚 海波 海峰 云飞 鹏飞 伟民 伟强 国华 国平 德明 德华 学军 春生 "
    "金龙 金华 荣华 林峰 志伟 俊峰 建明 晓峰 宏伟 少华 天宇 浩宇 子豪 博文 一鸣 泽宇 梓豪 宇轩 "
    "家乐 文杰 明杰 思远 嘉豪 晨阳 建忠 国良 永明 勇军 爱国 红兵 新华 跃进 利民 富强 根林 雪林 "
    "金根 水林 国伟 建伟 卫国 洪涛 海军 伟 强 磊 军 勇 杰 涛 明 超 刚 平 辉 鹏 飞 斌 波 鑫 浩 宇 "
    "凯 健 俊 峰 亮 锋")
FEMALE_GIVEN = _words(
    "秀英 桂英 秀兰 玉兰 桂兰 凤英 丽娟 丽华 美玲 晓燕 海燕 春梅 婷婷 雪梅 慧敏 静怡 欣怡 佳怡 "
    "梦琪 雨涵 子涵 诗涵 晓梅 丽萍 红梅 玉梅 金凤 秀珍 丽芳 艳红 艳萍 小红 小燕 文静 雅琴 淑芬 "
    "淑珍 美华 玉华 彩霞 建英 建芳 月娥 爱华 翠英 晓丽 晓霞 晓红 雪芳 燕萍 佳琪 思雨 欣然 一诺 "
    "梓萱 紫涵 雨欣 可馨 梦瑶 婉婷 惠芳 丽君 素珍 月英 红霞 丽丽 亚萍 美娟 金花 菊英 秀芳 玉芬 "
    "雪琴 春燕 巧玲 海英 丽琴 凤娟 晓静 思琪 芳 娜 敏 静 丽 艳 娟 霞 玲 红 燕 萍 颖 琳 婷 洁 慧 "
    "莉 倩 雪 琴 蓉 梅 英 华")
# Company names: prefix (the county's, or 浙江) + brand + trade + form.
BRANDS = _words(
    "嘉禾 恒力 永盛 华美 天成 新凯 宏达 金诚 润丰 瑞祥 锦江 东方 海通 诚信 丰源 禾丰 聚力 鼎盛 "
    "汇通 万隆 博远 精工 宏图 百川 振兴 兴达 鸿运 德胜 富源 协力 立信 同创 众诚 长兴 新力 恒泰 "
    "华通 嘉诚 凯达 科瑞 明辉 中天 泰丰 宇航 远大 卓越 银河 星辉 奥达 益民 安达 旭日 红星 金鹰 "
    "飞跃 昌盛 天马 和信 新华 正大 大成 国丰 盛达 宝利 亚太 华丰 日升 荣达 丰华 恒达 伟业 永安 "
    "佳美 康达 新源 华星 建华 宏盛 利达 华盛 嘉利 联发 祥和 高新 舒美 一帆 盈丰 优品 三友 双狮 "
    "金马 顺达 锦华 美佳 新世纪 东升 海天 蓝天 青松 绿源")
TRADES = _words(
    "纺织 皮革 经编 家纺 毛衫 化纤 服装 服饰 木业 电子 紧固件 光伏 电子科技 机械 机械制造 "
    "建筑工程 物流 食品 新材料 塑胶 五金 印染 包装 汽车零部件 家具 化工 电器 环保科技 精密机械 "
    "不锈钢制品 鞋业 箱包 光电 智能装备")
FORMS = ("有限公司", "股份有限公司", "厂")
FORM_WEIGHTS = (85, 10, 5)
COMMUNITIES = ("阳光花园", "金色家园", "锦绣苑", "和平新村", "幸福里", "文昌苑", "香樟园",
               "东方名城",
               "江南人家", "运河小区", "紫薇花园", "南湖春晓")
MOBILE_PREFIXES = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158",
                   "159", "182", "183", "187", "188", "130", "131", "132", "155", "156", "185",
                   "186", "133", "153", "180", "181", "189", "177", "199", "198", "166")
BANKS = ("中国农业银行嘉兴分行", "中国工商银行嘉兴分行", "嘉兴银行", "浙江农商银行",
         "中国建设银行嘉兴分行")
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

# 欠薪, 劳动合同, 社会保险, 工伤, 劳动安全卫生, 政策咨询, 心理咨询, 其他
CATEGORY_WEIGHTS = dict(zip(DEFAULT_CATEGORIES, (30, 20, 16, 10, 4, 11, 3, 6), strict=True))
CHANNELS = (IntakeChannel.VISIT, IntakeChannel.CALL, IntakeChannel.LETTER, IntakeChannel.ONLINE)
TOWN_CHANNELS = (48, 37, 9, 6)
CITY_CHANNELS = (20, 62, 8, 10)  # the 12351 hotline rings at the city center
REJECT_REASONS = ("不属于工会受理范围，已告知当事人向人社部门反映。",
                  "反映事项已进入劳动仲裁程序。",
                  "同一事项已由人民法院受理。")
DEPARTMENTS = ("人力资源和社会保障局劳动保障监察大队", "劳动人事争议仲裁委员会", "住房和城乡建设局",
               "应急管理局", "医疗保障局", "法律援助中心")
EXTENSION_REASONS = ("涉及人数较多，需进一步调查核实。", "需等待相关部门出具认定意见。")
DISPUTE_WEIGHTS = (40, 20, 12, 10, 14, 4)
FAIL_REASONS = ("双方分歧较大，未能达成一致。", "被申请人拒绝接受调解方案。")
WITHDRAW_REASONS = ("双方已自行和解。", "申请人撤回调解申请。")
TERMINATE_REASONS = ("一方当事人已申请劳动仲裁。", "被申请人明确表示不愿继续调解。")
TERMS = "被申请人于约定期限内向申请人支付下列款项，双方就本争议再无其他争议。"

# 重复信访. The flag is IntakeService's rule (the same person, or the same employer and matter,
# within REPEAT_WINDOW_DAYS): what it finds depends on who comes. A petitioner comes back about
# the same matter now and then (RETURN_SHARE of the cases); otherwise the petitioner is anyone
# of the station, and a large employer's second case on one matter within the window is a
# colleague who comes about it too (kept with COLLEAGUE_SHARE; else another petitioner comes,
# up to PETITIONER_DRAWS times). A city then flags some 5-8 % of its cases, not a third.
RETURN_SHARE = 0.03
RETURN_LOOKBACK = 200  # the station's latest cases one of which the returning petitioner filed
COLLEAGUE_SHARE = 0.04
PETITIONER_DRAWS = 6
# Intake cases routed on (转调解 / 转帮扶 / 转就业, as IntakeService.route with the line's router):
# the share of accepted cases of each kind routed, and at most this share of the target line's
# records (the rest are applications, or registrations at the desk and the fairs).
ROUTE_TO_MEDIATION = {"欠薪": 0.07, "劳动合同": 0.07, "工伤": 0.04}
ROUTE_TO_AID = {"咨询困难职工帮扶申请条件": 0.30, "家庭变故后情绪低落": 0.10,
                "工伤认定后公司拒付停工留薪期工资": 0.06, "项目完工后包工头拖欠农民工工资": 0.02}
ROUTE_TO_JOBS = {"咨询春风行动招聘会时间": 0.30, "合同到期公司不续签也不给补偿": 0.08,
                 "离职后公司拒绝结算最后一个月工资": 0.03}
ROUTED_CAP = {Handling.TO_MEDIATION: 0.25, Handling.TO_AID: 0.04, Handling.TO_JOBS: 0.06}
ROUTED_RESULTS = {Handling.TO_MEDIATION: "已转劳动争议调解组织调解，并告知当事人。",
                  Handling.TO_AID: "已转困难帮扶，按程序办理救助申请，并告知当事人。",
                  Handling.TO_JOBS: "已转就业服务窗口登记求职并推荐岗位，并告知当事人。"}
# Agreements: honored on time mostly; a partly or not honored one is followed up and, within
# SETTLE_DAYS of its record, paid in full (已履行) after all.
PERFORMANCE_SHARES = (0.88, 0.07)  # 已履行, 部分履行; the rest 未履行 at first
SETTLE_DAYS = (20, 75)
# A referral without an answer is followed up: none is still 待反馈 after ANSWER_BY days.
ANSWER_BY = 40
REPRESENTATIVES = ("人事经理", "行政主管", "法务专员", "厂长")
AID_REJECT_REASONS = ("家庭人均收入超过救助标准。", "申请材料不全，经告知未补正。",
                      "同一事项本年度已获救助。")
JOB_TITLES = (("电工", 5500, 7500, "持电工证"), ("焊工", 6000, 8000, "持焊工证"),
              ("普工", 4200, 5200, "身体健康"), ("叉车司机", 5000, 6500, "持叉车证"),
              ("仓库管理员", 4500, 6000, "会使用电脑"), ("数控车工", 6000, 9000, "两年以上经验"),
              ("缝纫工", 4500, 7000, "计件工资"), ("货车司机", 6500, 9000, "B2驾照"),
              ("质检员", 4800, 6500, "高中以上学历"), ("挡车工", 5000, 7500, "经编或纺织经验"),
              ("保洁员", 3500, 4200, "身体健康"), ("厨师", 5500, 8000, "持健康证"),
              ("销售代表", 5000, 10000, "沟通能力强"), ("机修工", 6000, 8500, "设备维修经验"),
              ("包装工", 4000, 5000, "手脚麻利"), ("设备操作工", 5000, 6800, "能适应倒班"))
NOT_HIRED_REASONS = ("技能不符", "本人放弃", "岗位已满", "薪资未谈妥")
EDUCATION_WEIGHTS = ((Education.PRIMARY, 8), (Education.JUNIOR, 30), (Education.SENIOR, 30),
                     (Education.COLLEGE, 18), (Education.BACHELOR, 12), (Education.MASTER, 2))
SITUATION_WEIGHTS = ((SeekerSituation.UNEMPLOYED, 35), (SeekerSituation.RETURNING, 25),
                     (SeekerSituation.GRADUATE, 15), (SeekerSituation.CHANGING, 20),
                     (SeekerSituation.OTHER, 5))
SKILLS = ("", "", "电工证", "焊工证", "C1驾照", "叉车证", "B2驾照", "健康证")
# 低保 standard (yuan a person and month) of the years before the current one, newest first.
STANDARDS = ("1,050", "1,010", "970", "930")

# Aid: each program's share of the payments, and the amounts paid (yuan).
WARM, ILLNESS, SCHOOL, LIVING, MEDICAL = "送温暖", "大病救助", "金秋助学", "生活救助", "医疗互助"
AID_SHARES = {WARM: 0.50, ILLNESS: 0.12, SCHOOL: 0.10, LIVING: 0.10}  # 医疗互助: the rest
AID_AMOUNTS = {WARM: (500, 800, 1000, 1000, 1500, 2000), ILLNESS: (3000, 5000, 8000, 10000,
                                                                     15000, 20000),
               SCHOOL: (1000, 2000, 3000, 5000), LIVING: (500, 800, 1000, 2000, 3000)}


# -- columns: every column of every table written, checked against the models at start ----------

_RECORD = ("id", "uuid", "station_code", "created_at", "created_by", "updated_at", "updated_by",
           "version", "deleted_at")
COLUMNS: dict[str, tuple[str, ...]] = {
    "station": (*_RECORD, "code", "name", "level"),
    "staff": (*_RECORD, "name", "role", "phone", "active"),
    "enterprise": (*_RECORD, "number", "name", "credit_code", "address", "phone", "has_union",
                   "name_pinyin", "name_initials"),
    "person": (*_RECORD, "number", "name", "id_number", "id_number_rev", "sex", "birth_date",
               "phone", "address", "employer_id", "household", "union_member", "notes",
               "name_pinyin", "name_initials"),
    "case_event": (*_RECORD, "case_kind", "case_uuid", "step", "note", "happened_on"),
    "case_link": (*_RECORD, "from_kind", "from_uuid", "from_number", "to_kind", "to_uuid",
                  "to_number", "relation"),
    "intake_case": (*_RECORD, "number", "channel", "registered_on", "person_id", "phone",
                    "employer_id", "category", "head_count", "is_group", "summary",
                    "call_seconds", "letter_date", "sender_address", "status", "reject_reason",
                    "accepted_on", "accept_due", "handle_due", "extended", "extension_reason",
                    "handling", "transfer_department", "transfer_on", "closed_on", "result",
                    "accept_overdue", "handle_overdue", "callback_on", "callback_note",
                    "satisfaction", "repeat_of_id", "is_repeat"),
    "mediation_organization": (*_RECORD, "name", "org_type", "town", "founded_on", "contact",
                               "phone", "active"),
    "mediator": (*_RECORD, "person_id", "organization_id", "kind", "certificate_number", "phone",
                 "active"),
    "mediation_case": (*_RECORD, "number", "source", "applied_on", "respondent_id",
                       "respondent_representative", "respondent_phone", "dispute_type",
                       "facts", "head_count", "is_collective", "organization_id", "status",
                       "accepted_on", "reject_reason", "limit_due", "due_on", "extended",
                       "extension_consent", "extension_reason", "concluded_on",
                       "outcome_reason", "concluded_late", "agreement_terms", "copies",
                       "court_confirm_due", "arbitration_limit_on", "performance",
                       "performance_on", "performance_note"),
    "mediation_party": (*_RECORD, "case_id", "person_id", "sort_order"),
    "mediation_case_mediator": (*_RECORD, "case_id", "mediator_id", "sort_order"),
    "mediation_claim": (*_RECORD, "case_id", "item", "amount_fen", "sort_order"),
    "mediation_session": (*_RECORD, "case_id", "held_on", "place", "attendees", "record",
                          "sort_order"),
    "mediation_agreement_item": (*_RECORD, "case_id", "item", "amount_fen", "payer", "payee",
                                 "due_on", "paid_on", "sort_order"),
    "hardship_file": (*_RECORD, "person_id", "year", "household_size", "income_fen",
                      "essential_costs_fen", "per_capita_monthly_fen", "suggested_category",
                      "category", "causes", "bank_name", "bank_account", "account_holder",
                      "status", "review_due", "reviewed_on", "notes"),
    "household_member": (*_RECORD, "file_id", "name", "relation", "age", "health", "work",
                         "income_fen", "sort_order"),
    "aid_budget": (*_RECORD, "program_id", "year", "budget_fen"),
    "aid_batch": (*_RECORD, "name", "program_id", "year", "planned_on", "status", "approved_on",
                  "notice_from", "notice_until", "paid_on", "method"),
    "aid_application": (*_RECORD, "number", "person_id", "program_id", "batch_id", "applied_on",
                        "year", "reason", "requested_fen", "approved_fen", "status",
                        "reviewed_on", "reviewed_by", "review_note", "approved_on",
                        "approved_by", "paid_on", "method", "receipt_signed", "reject_reason"),
    "job_fair": (*_RECORD, "name", "held_on", "venue", "organizer", "campaign",
                 "declared_employers", "declared_positions"),
    "fair_employer": (*_RECORD, "fair_id", "enterprise_id"),
    "position": (*_RECORD, "enterprise_id", "fair_id", "title", "wanted", "pay_min_fen",
                 "pay_max_fen", "requirements", "open"),
    "job_seeker": (*_RECORD, "number", "person_id", "registered_on", "education", "skills",
                   "desired_job", "desired_pay_fen", "situation", "source", "fair_id", "notes"),
    "referral": (*_RECORD, "seeker_id", "enterprise_id", "position_id", "fair_id", "referred_on",
                 "follow_up_due", "result", "start_on", "reason", "answered_on"),
    "audit_event": ("id", "uuid", "at", "operator", "station_code", "entity", "entity_uuid",
                    "action", "changes"),
}
MODELS: dict[str, Any] = {
    "station": Station, "staff": Staff, "enterprise": Enterprise, "person": Person,
    "case_event": CaseEvent, "case_link": CaseLink, "intake_case": IntakeCase,
    "mediation_organization": MediationOrganization, "mediator": Mediator,
    "mediation_case": MediationCase, "mediation_party": MediationParty,
    "mediation_case_mediator": MediationCaseMediator, "mediation_claim": MediationClaim,
    "mediation_session": MediationSession, "mediation_agreement_item": MediationAgreementItem,
    "hardship_file": HardshipFile, "household_member": HouseholdMember,
    "aid_budget": AidBudget, "aid_batch": AidBatch, "aid_application": AidApplication,
    "job_fair": JobFair, "fair_employer": FairEmployer, "position": Position,
    "job_seeker": JobSeeker, "referral": Referral, "audit_event": AuditEvent,
}
# Tables whose secondary indexes are dropped for the load and created again after it.
BULK_TABLES = ("enterprise", "person", "case_event", "case_link", "intake_case",
               "mediation_case", "mediation_party", "mediation_case_mediator",
               "mediation_claim", "mediation_session", "mediation_agreement_item",
               "hardship_file", "household_member", "aid_application", "fair_employer",
               "position", "job_seeker", "referral")
# Tables that get one audit event per record; the others one summary event per table.
AUDITED_ONE_BY_ONE = ("station", "staff", "enterprise", "mediation_organization", "mediator",
                      "aid_budget", "aid_batch", "job_fair", "fair_employer", "position")
# Any row in one of these and the database is not empty.
BUSINESS_TABLES = ("person", "enterprise", "intake_case", "mediation_organization",
                   "mediation_case", "hardship_file", "aid_batch", "aid_application",
                   "job_fair", "position", "job_seeker", "referral", "case_event")


def scaled(count: int, scale: float, minimum: int = 1) -> int:
    return max(minimum, round(count * scale))


def planned_counts(scale: float = 1.0) -> dict[str, int]:
    """What a run at ``scale`` writes (exactly) of the counts the issue names."""
    return {"persons": scaled(PERSONS, scale, 10), "intake": scaled(INTAKE_CASES, scale),
            "mediation": scaled(MEDIATION_CASES, scale), "aid_paid": scaled(AID_PAYMENTS, scale),
            "seekers": scaled(JOB_SEEKERS, scale), "enterprises": scaled(ENTERPRISES, scale, 10),
            "fairs": scaled(JOB_FAIRS, scale, 4)}


def rows_per_statement(table: str) -> int:
    return max(1, min(MULTI_ROWS, MAX_VARIABLES // len(COLUMNS[table])))


def compose_pinyin(parts: Sequence[str], cache: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """(full pinyin, initials) of the joined parts, from each part's keys (computed once)."""
    full, initials = [], []
    for part in parts:
        keys = cache.get(part)
        if keys is None:
            keys = cache[part] = pinyin_keys(part)
        full.append(keys[0])
        initials.append(keys[1])
    return "".join(full), "".join(initials)


# -- the machinery --------------------------------------------------------------------------------

_VERSION_NIBBLE = bytes((x & 0x0F) | 0x40 for x in range(256))
_VARIANT_BITS = bytes((x & 0x3F) | 0x80 for x in range(256))
# Where each of the 32 hex digits of a UUID goes in its 36-character text.
_UUID_POSITIONS = tuple(i + (i >= 8) + (i >= 12) + (i >= 16) + (i >= 20) for i in range(32))


class _Uuids:
    """Version-4 UUID text from the seeded generator, made in batches."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.buffer: list[str] = []

    def batch(self, n: int) -> list[str]:
        raw = bytearray(self.rng.randbytes(16 * n))
        raw[6::16] = raw[6::16].translate(_VERSION_NIBBLE)
        raw[8::16] = raw[8::16].translate(_VARIANT_BITS)
        # The hex digits moved into 8-4-4-4-12 groups by strided copies, one line per UUID.
        digits = raw.hex().encode("ascii")
        text = bytearray(b"-" * (37 * n))
        for source, target in enumerate(_UUID_POSITIONS):
            text[target::37] = digits[source::32]
        text[36::37] = b"\n" * n
        return text.decode("ascii").splitlines()

    def one(self) -> str:
        if not self.buffer:
            self.buffer = self.batch(65_536)
        return self.buffer.pop()


class _Routed(NamedTuple):
    """An intake case routed on (转调解 / 转帮扶 / 转就业): what the target line's router takes
    from it. The routing step and the link are written with the target's record."""

    day: int  # transfer_on
    slot: int  # the time of day of the step
    station: int
    case_id: int
    uuid: str
    number: str
    person: int
    employer: int | None
    category: str
    head: int
    summary: str


# An aid application to make: applied, station, person, program, batch key, fen (requested, or
# for a routed one the amount reviewed), fate, and the intake case it was routed from.
_AidPlan = tuple[int, int, int, str, tuple[Any, ...] | None, int, str, _Routed | None]


@dataclass
class _Station:
    index: int
    code: str
    name: str
    level: StationLevel
    area: str  # the county's area code
    county: str
    town: str  # "" for the city and county centers
    weight: float
    county_index: int
    staff: dict[StaffRole, str] = field(default_factory=dict)
    new: bool = True


@dataclass
class _Reference:
    """What the generator needs to know of the database, read before it starts."""

    next_ids: dict[str, int]
    stations: dict[str, tuple[str, str]]  # code -> (name, level)
    staff: dict[str, dict[StaffRole, str]]  # station -> role -> name
    categories: dict[str, tuple[int, int]]  # intake category -> (accept days, handle days)
    programs: dict[str, tuple[int, int]]  # aid program -> (id, notice days)
    budgets: set[tuple[int, int]]  # (program id, year) with a budget
    sequences: dict[tuple[str, str, int], int]  # number_sequence


def _read_reference(con: sqlite3.Connection) -> _Reference:
    staff: dict[str, dict[StaffRole, str]] = {}
    for name, role, code in con.execute(
            "SELECT name, role, station_code FROM staff WHERE deleted_at IS NULL AND active "
            "ORDER BY id"):
        staff.setdefault(code, {}).setdefault(StaffRole(role), name)
    return _Reference(
        next_ids={table: int(con.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0)
                  + 1 for table in COLUMNS},
        stations={code: (name, level) for code, name, level in con.execute(
            "SELECT code, name, level FROM station WHERE deleted_at IS NULL")},
        staff=staff,
        categories={name: (accept, handle) for name, accept, handle in con.execute(
            "SELECT name, accept_days, handle_days FROM intake_category "
            "WHERE deleted_at IS NULL AND active ORDER BY sort_order, id")},
        programs={name: (pid, notice) for pid, name, notice in con.execute(
            "SELECT id, name, notice_days FROM aid_program WHERE deleted_at IS NULL AND active "
            "ORDER BY sort_order, id")},
        budgets={(p, y) for p, y in con.execute(
            "SELECT program_id, year FROM aid_budget WHERE deleted_at IS NULL")},
        sequences={(code, kind, int(year)): int(last) for code, kind, year, last in con.execute(
            "SELECT station_code, kind, year, last FROM number_sequence")})


@dataclass
class _Params:
    seed: int
    scale: float
    today: date
    now: datetime  # naive UTC
    calendar: HolidayCalendar
    festivals: dict[int, date]
    own_station: str
    reference: _Reference


Message = tuple[Any, ...]


class _Sink:
    """The generator's end: ids are handed out here (from ``max(id)`` read before), and rows,
    other statements, index restores and progress go to the store, in order."""

    def __init__(self, next_ids: dict[str, int], send: Callable[[Message], None]) -> None:
        self.next_ids = dict(next_ids)
        self.first = dict(next_ids)
        self.written: Counter[str] = Counter()
        self.send = send

    def ids(self, table: str, count: int = 1) -> int:
        """The first of ``count`` new ids of ``table``."""
        first = self.next_ids[table]
        self.next_ids[table] += count
        return first

    def write(self, table: str, rows: list[Row]) -> None:
        """Rows flattened here for INSERT ... VALUES (...), (...) of MULTI_ROWS rows each (the
        rest one by one): the store, the busier end, only binds and steps."""
        if rows:
            self.written[table] += len(rows)
            per = rows_per_statement(table)
            full = len(rows) // per * per
            chain = itertools.chain.from_iterable
            self.send(("rows", table, [tuple(chain(rows[i:i + per]))
                                       for i in range(0, full, per)], rows[full:]))

    def execute(self, what: str, statement: str, rows: list[Row]) -> None:
        self.send(("sql", what, statement, rows))

    def restore(self, table: str) -> None:
        self.send(("restore", table, self.first[table]))

    def progress(self, done: int, total: int, what: str) -> None:
        self.send(("progress", done, total, what))


class _Store:
    """The database's end: applies what the generator sends, on the load's connection."""

    def __init__(self, con: sqlite3.Connection, schema: _Schema) -> None:
        self.con = con
        self.schema = schema
        self.seconds: dict[str, float] = {}  # spent by SQLite, per table or task
        self.sql = {table: f"INSERT INTO {table} ({', '.join(columns)}) "
                           f"VALUES ({', '.join('?' * len(columns))})"
                    for table, columns in COLUMNS.items()}
        self.multi: dict[str, str] = {}

    def apply(self, message: Message) -> None:
        started = time.perf_counter()
        kind = message[0]
        if kind == "rows":
            _kind, what, flat, rest = message
            self._insert(what, flat, rest)
        elif kind == "sql":
            _kind, what, statement, rows = message
            self.con.executemany(statement, rows)
        elif kind == "restore":
            _kind, table, first_id = message
            what = f"index {table}"
            self.schema.restore(table, first_id)
        else:
            raise ValueError(f"demo_city: no such message: {kind!r}")
        self.seconds[what] = self.seconds.get(what, 0.0) + time.perf_counter() - started

    def _insert(self, table: str, flat: list[Row], rest: list[Row]) -> None:
        if flat:
            statement = self.multi.get(table)
            if statement is None:
                one = f"({', '.join('?' * len(COLUMNS[table]))})"
                statement = self.multi[table] = (
                    f"INSERT INTO {table} ({', '.join(COLUMNS[table])}) "
                    f"VALUES {', '.join([one] * rows_per_statement(table))}")
            self.con.executemany(statement, flat)
        if rest:
            self.con.executemany(self.sql[table], rest)


class _Outbox:
    """Messages pickled as they are made and written to the pipe by a thread of their own, so
    the generator goes on while the store is busy (building the persons' indexes, say)."""

    def __init__(self, pipe: Connection) -> None:
        self.pipe = pipe
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=OUTBOX)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._write, name="demo-city-outbox",
                                       daemon=True)
        self.thread.start()

    def send(self, message: Message) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self.pipe.close()

    def _write(self) -> None:
        while (data := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.pipe.send_bytes(data)
                except BaseException as exc:  # the store went away: stop making rows
                    self.error = exc


def _generate(pipe: Connection, other_end: Connection, params: _Params) -> None:
    """The generator's process: makes every row and sends it to the store's process."""
    # The reading end came along with the fork: closed here, a write fails at once when the
    # store's process is gone (else the pipe would fill and this process wait for ever).
    other_end.close()
    outbox = _Outbox(pipe)
    try:
        gc.disable()
        load = _Load(_Sink(params.reference.next_ids, outbox.send), params)
        summary = load.run()
        outbox.send(("done", summary, load.timings))
    except BaseException:
        outbox.send(("error", traceback.format_exc()))
    finally:
        outbox.close()


def _receive(store: _Store, report: Progress, params: _Params
             ) -> tuple[dict[str, int], dict[str, tuple[float, float]]]:
    """Store what the generator's process sends until it is done; stop it on any error."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    # Forked: the child never touches the database (it only sends), and it ends with
    # os._exit, so nothing of this process's open transaction runs there.
    child = context.Process(target=_generate, args=(sender, receiver, params),
                            name="demo-city", daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            try:
                message = pickle.loads(receiver.recv_bytes())
            except EOFError:
                raise RuntimeError("demo_city: the generator stopped without a word") from None
            kind = message[0]
            if kind == "done":
                return message[1], message[2]
            if kind == "error":
                raise RuntimeError(f"demo_city: the generator failed:\n{message[1]}")
            if kind == "progress":
                report(*message[1:])
            else:
                store.apply(message)
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        receiver.close()


class _Schema:
    """The secondary indexes and the name-search triggers of the loaded tables: dropped for the
    load and put back exactly as they were, inside the load's transaction."""

    TRIGGER = re.compile(
        r"CREATE TRIGGER (?P<name>\w+) AFTER INSERT ON (?P<table>\w+) BEGIN "
        r"INSERT INTO (?P<fts>\w+)\s*\(rowid, (?P<column>\w+)\) "
        r"VALUES \(new\.id, (?P<expr>[^;]+)\); END", re.DOTALL)

    def __init__(self, con: sqlite3.Connection, tables: Sequence[str]) -> None:
        self.con = con
        marks = ", ".join("?" * len(tables))
        # Building an index from a full table is cheaper than keeping it while the rows come
        # (measured: 1M persons in 8 s plus 9 s for their ten indexes, against 36 s with them;
        # even an index on the station code doubles the time the timeline rows take).
        self.indexes: list[tuple[str, str, str]] = con.execute(
            f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
            f"AND sql IS NOT NULL AND tbl_name IN ({marks}) ORDER BY name",
            tuple(tables)).fetchall()
        self.triggers: list[tuple[str, str, re.Match[str]]] = []
        for name, sql in con.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                f"AND tbl_name IN ({marks}) ORDER BY name", tuple(tables)).fetchall():
            match = self.TRIGGER.fullmatch(sql.strip())
            columns = set(re.findall(r"\bnew\.(\w+)", match["expr"])) if match else set()
            if match is None or "old." in match["expr"] or not columns:
                continue  # not an FTS insert trigger of the known shape: it stays and fires
            self.triggers.append((name, sql, match))
        self.restored: set[str] = set()

    def drop(self) -> None:
        for name, _table, _sql in self.indexes:
            self.con.execute(f'DROP INDEX "{name}"')
        for name, _sql, _match in self.triggers:
            self.con.execute(f'DROP TRIGGER "{name}"')

    def restore(self, table: str, first_id: int) -> None:
        """The table's indexes and FTS rows and triggers, once it is loaded."""
        if table in self.restored:
            return
        self.restored.add(table)
        for name, of, sql in self.indexes:
            if of == table:
                started = time.perf_counter()
                self.con.execute(sql)
                log.debug("demo city: index %s %.2f s", name, time.perf_counter() - started)
        for _name, sql, match in self.triggers:
            if match["table"] == table:
                started = time.perf_counter()
                self._fill_fts(match, first_id)
                log.debug("demo city: %s %.2f s", match["fts"], time.perf_counter() - started)
                self.con.execute(sql)

    def _fill_fts(self, match: re.Match[str], first_id: int) -> None:
        """The rows the trigger would have written for the new records, in one statement with
        the trigger's own expression (once per distinct name when it reads only the name)."""
        table, fts, column = match["table"], match["fts"], match["column"]
        expr = re.sub(r"\bnew\.(\w+)", r"\1", match["expr"])
        if set(re.findall(r"\bnew\.(\w+)", match["expr"])) != {"name"}:
            self.con.execute(f"INSERT INTO {fts}(rowid, {column}) SELECT id, {expr} FROM {table} "
                             f"WHERE id >= ? ORDER BY id", (first_id,))
            return
        self.con.execute("CREATE TEMP TABLE demo_fts_names (name TEXT PRIMARY KEY, chars TEXT) "
                         "WITHOUT ROWID")
        self.con.execute(f"INSERT INTO temp.demo_fts_names SELECT name, {expr} FROM "
                         f"(SELECT DISTINCT name FROM {table} WHERE id >= ?)", (first_id,))
        self.con.execute(f"INSERT INTO {fts}(rowid, {column}) SELECT t.id, n.chars FROM {table} "
                         f"AS t JOIN temp.demo_fts_names AS n ON n.name = t.name "
                         f"WHERE t.id >= ? ORDER BY t.id", (first_id,))
        self.con.execute("DROP TABLE temp.demo_fts_names")


def check_columns() -> None:
    """Every column of every table written is in COLUMNS (a migration that adds one must be
    followed here, or the rows would miss it)."""
    for table, columns in COLUMNS.items():
        expected = {c.name for c in MODELS[table].__table__.columns}
        if set(columns) != expected or len(columns) != len(expected):
            raise RuntimeError(f"demo_city: columns of {table} differ from the model: "
                               f"{sorted(expected ^ set(columns))}")


# -- the demo -------------------------------------------------------------------------------------


class CityDemo:
    """``unioncase demo --size city``: see the module's docstring."""

    def __init__(self, app: UnionCase) -> None:
        self.app = app

    def fill(self, seed: int = 2022, progress: Progress | None = None,
             scale: float = 1.0) -> dict[str, int]:
        if not 0 < scale <= 1:
            raise ValidationError("choice_invalid", field="scale", value=scale)
        check_columns()
        report = progress or (lambda done, total, what: None)
        if self.app.db.engine.dialect.name != "sqlite":
            raise ValidationError("demo_size_unavailable", field="size", size="city")
        with self.app.ctx.read() as session:
            if _has_records(session.connection().connection.driver_connection):
                raise ValidationError("demo_not_empty")
        if self.app.stations.current() is None:
            self.app.stations.init_station(CITY_CODE, CITY_NAME, StationLevel.CITY)
        calendar = self.app.calendar.calendar()
        own = self.app.ctx.operator()
        festivals = self._festivals()
        today = self.app.ctx.today()
        now = self.app.ctx.clock().astimezone(UTC).replace(tzinfo=None)
        enabled = gc.isenabled()
        gc.disable()  # millions of tuples: the collector would walk them again and again
        try:
            with self.app.db.unit_of_work(Operator(DEMO_OPERATOR, own.station_code)) as session:
                con = session.connection().connection.driver_connection
                assert isinstance(con, sqlite3.Connection)
                if not con.in_transaction:
                    # A rollback journal for the load: a two-gigabyte transaction in WAL mode
                    # spills its pages into the WAL, reads them back through the WAL index and
                    # copies them all again at the checkpoint. The journal holds only the few
                    # pages the database had (a crash rolls back to them); the next connection
                    # turns WAL on again (see unioncase.db.database). When another connection
                    # has the file open, the mode cannot change and stays WAL.
                    con.execute("PRAGMA journal_mode = DELETE")
                    # The ids are handed out here, each child row made after its parent: the
                    # foreign keys hold by construction (the tests run foreign_key_check), and
                    # checking them row by row costs a tenth of the load.
                    con.execute("PRAGMA foreign_keys = OFF")
                    con.execute("BEGIN IMMEDIATE")
                if _has_records(con):  # checked again under the write lock
                    raise ValidationError("demo_not_empty")
                cache = con.execute("PRAGMA cache_size").fetchone()[0]
                con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
                try:
                    summary = self._load(con, report, _Params(
                        seed, scale, today, now, calendar, festivals, own.station_code,
                        _read_reference(con)))
                finally:
                    con.execute(f"PRAGMA cache_size = {cache}")
        finally:
            if enabled:
                gc.enable()
            with self.app.db.engine.connect() as connection:  # as before (see above)
                connection.exec_driver_sql("PRAGMA journal_mode = WAL")
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
        self.app.ctx.forget_station()
        return summary

    @staticmethod
    def _load(con: sqlite3.Connection, report: Progress, params: _Params) -> dict[str, int]:
        """The rows made by a process of their own where the system can fork one (it makes
        them while this one stores the previous chunk), else here."""
        schema = _Schema(con, BULK_TABLES)
        schema.drop()
        store = _Store(con, schema)
        started = time.perf_counter()
        if not (sys.platform.startswith("linux") and FORK):
            def send(message: Message) -> None:
                if message[0] == "progress":
                    report(*message[1:])
                else:
                    store.apply(message)

            load = _Load(_Sink(params.reference.next_ids, send), params)
            summary, timings = load.run(), load.timings
        else:
            summary, timings = _receive(store, report, params)
        if schema.restored != set(BULK_TABLES):
            raise RuntimeError("demo_city: tables left without their indexes: "
                               f"{sorted(set(BULK_TABLES) - schema.restored)}")
        for phase, (wall, cpu) in timings.items():
            log.info("demo city: %s %.1f s (%.1f s CPU)", phase, wall, cpu)
        for what, seconds in sorted(store.seconds.items(), key=lambda kv: -kv[1])[:12]:
            log.info("demo city: writing %s %.1f s", what, seconds)
        log.info("demo city: %.1f s, %.1f s of it writing", time.perf_counter() - started,
                 sum(store.seconds.values()))
        return summary

    def _festivals(self) -> dict[int, date]:
        """The first day of each year's Spring Festival holiday, from the holiday calendar."""
        with self.app.ctx.read() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT day FROM calendar_day WHERE name LIKE '%春节%' AND kind = ? "
                "AND deleted_at IS NULL ORDER BY day", (DayKind.HOLIDAY.value,)).all()
        found: dict[int, date] = {}
        for (text,) in rows:
            day = date.fromisoformat(str(text))
            if day.month <= 3:
                found.setdefault(day.year, day)
        return found


def _has_records(con: Any) -> bool:
    return any(con.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
               for table in BUSINESS_TABLES)


class _Load:
    """One run of the generator: the rows, in order, and what later lines of work need of
    earlier ones. Seeded: the same seed and day give the same rows."""

    def __init__(self, sink: _Sink, params: _Params) -> None:
        rng = random.Random(params.seed)
        today, now, calendar = params.today, params.now, params.calendar
        self.ref = params.reference
        self.report = sink.progress
        self.rng = rng
        self.rand = rng.random
        self.seed = params.seed
        self.scale = params.scale
        self.counts = planned_counts(params.scale)
        self.today = today
        self.calendar = calendar
        self.festivals = params.festivals
        self.own_station = params.own_station
        self.writer = sink
        self.uuids = _Uuids(rng)
        self.events: list[Row] = []
        self.links: list[Row] = []  # case_link rows, ids given when they are written
        self.routed: dict[Handling, list[_Routed]] = {h: [] for h in ROUTED_CAP}
        self.event_total = 0
        self.next_event = self.writer.next_ids["case_event"]
        self.sequences: dict[tuple[str, str, int], int] = dict(self.ref.sequences)
        self.audited: list[tuple[str, Row]] = []  # (table, row) audited one by one
        self.pinyin: dict[str, tuple[str, str]] = {}
        self.now_text = now.strftime("%Y-%m-%d %H:%M:%S.%f")
        # Dates are ordinals; their text is looked up.
        self.first_day = date(today.year - YEARS_BACK, 1, 1)
        self.d0 = self.first_day.toordinal()
        self.t = today.toordinal()
        self.lo = self.d0 - 67 * 366
        self.iso = [date.fromordinal(o).isoformat() for o in range(self.lo, self.t + 1200)]
        self.compact = [text.replace("-", "") for text in self.iso]
        self.years = [int(text[:4]) for text in self.iso]
        us = [1_800_000_000 + k * 15_820_000 + self.ri(0, 15_000_000 - 1) for k in range(2048)]
        self.times = [f"{u // 3_600_000_000:02d}:{u // 60_000_000 % 60:02d}:"
                      f"{u // 1_000_000 % 60:02d}.{u % 1_000_000:06d}" for u in us]
        self.working = [calendar.is_working_day(date.fromordinal(o))
                        for o in range(self.d0, self.t + 1)]
        # The registries are loaded on the first working days: enterprises, then persons, then
        # hardship files, organizations and positions; the lines of work start after that.
        first_days = [o for o in range(self.d0, self.d0 + 40) if self.working[o - self.d0]]
        self.w = first_days[:8]
        self.start = self.w[4]  # the first day of cases
        self._period_cache: dict[tuple[int, int], int] = {}
        self.timings: dict[str, tuple[float, float]] = {}  # phase -> (wall, CPU) seconds

    # -- small helpers ------------------------------------------------------------------------
    def ri(self, a: int, b: int) -> int:
        """A random integer in [a, b] (random.randint is several times slower)."""
        return a + int(self.rand() * (b - a + 1))

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.rand() * len(seq))]

    def ts(self, o: int, k: int) -> str:
        text = f"{self.iso[o - self.lo]} {self.times[k]}"
        return text if text <= self.now_text else self.now_text

    def day(self, o: int | None) -> str | None:
        return None if o is None else self.iso[o - self.lo]

    def period_end(self, o: int, days: int) -> int:
        key = (o, days)
        found = self._period_cache.get(key)
        if found is None:
            found = self._period_cache[key] = period_end(
                date.fromordinal(o), days, self.calendar).toordinal()
        return found

    def working_after(self, o: int, days: int) -> int:
        return add_working_days(date.fromordinal(o), days, self.calendar).toordinal()

    def next_working(self, o: int) -> int:
        return self.calendar.next_working_day(date.fromordinal(o)).toordinal()

    def number(self, station: str, kind: RecordKind, year: int) -> str:
        key = (station, kind.value, year)
        seq = self.sequences.get(key, 0) + 1
        self.sequences[key] = seq
        return f"{station}-{kind.value}-{year}-{seq:05d}"

    def sample_days(self, n: int, lo: int, hi: int, months: dict[int, float] | None = None,
                    growth: float = 0.06) -> list[int]:
        """``n`` days in [lo, hi], sorted: working days mostly, a little more each year."""
        days = list(range(lo, hi + 1))
        weights = []
        for o in days:
            d = date.fromordinal(o)
            w = 1.0 if self.working[o - self.d0] else (0.25 if d.weekday() == 5 else 0.12)
            if months:
                w *= months.get(d.month, 1.0)
            weights.append(w * (1 + growth * (d.year - self.first_day.year)))
        return sorted(self.rng.choices(days, cum_weights=list(accumulate(weights)), k=n))

    def eventer(self) -> Callable[[str, str, str, str, int, int, str, str], None]:
        """A timeline step writer: (kind, case uuid, station, operator, day, time slot, step,
        note). A closure over what it needs, as it runs millions of times."""
        iso, lo, times, now_text = self.iso, self.lo, self.times, self.now_text
        uuid_one = self.uuids.one
        load = self

        def event(kind: str, case_uuid: str, station: str, operator: str, o: int, k: int,
                  step: str, note: str) -> None:
            day = iso[o - lo]
            stamp = f"{day} {times[k]}"
            if stamp > now_text:
                stamp = now_text
            events = load.events
            events.append((load.next_event, uuid_one(), station, stamp, operator, stamp,
                           operator, 1, None, kind, case_uuid, step, note, day))
            load.next_event += 1
            if len(events) >= CHUNK:
                load.flush_events()

        return event

    def flush_events(self) -> None:
        rows, self.events = self.events, []
        if rows:
            first = self.writer.ids("case_event", len(rows))
            assert first == rows[0][0]
            self.writer.write("case_event", rows)
            self.event_total += len(rows)

    def write(self, table: str, rows: list[Row], what: str, done: int, total: int) -> None:
        self.writer.write(table, rows)
        if table in AUDITED_ONE_BY_ONE:
            self.audited.extend((table, row) for row in rows)
        self.report(done, total, what)

    def mobile(self) -> str:
        rng = self.rng
        return MOBILE_PREFIXES[rng.getrandbits(5)] + f"{rng.getrandbits(27) % 100_000_000:08d}"

    def landline(self) -> str:
        return f"0573-8{self.ri(10**6, 10**7 - 1):07d}"

    # -- the run ------------------------------------------------------------------------------
    def run(self) -> dict[str, int]:
        """Every line of work in turn; each table's indexes are put back once it is loaded."""
        sink = self.writer
        phases: list[tuple[str, Callable[[], None], tuple[str, ...]]] = [
            ("stations", self._stations, ()),
            ("enterprises", self._enterprises, ("enterprise",)),
            ("persons", self._persons, ("person",)),
            ("intake", self._intake, ("intake_case",)),
            ("mediation", self._mediation, ("mediation_case", "mediation_party",
                                            "mediation_case_mediator", "mediation_claim",
                                            "mediation_session", "mediation_agreement_item")),
            ("aid", self._aid, ("hardship_file", "household_member", "aid_application")),
            ("jobs", self._jobs, ("fair_employer", "position", "job_seeker", "referral")),
            ("events", self._finish, ("case_link", "case_event")),
            ("sequences", self._sequences, ()), ("audit", self._audit, ())]
        restored: set[str] = set()
        for name, phase, done in phases:
            started, cpu = time.perf_counter(), time.process_time()
            phase()
            for table in done:
                sink.restore(table)
                restored.add(table)
            if done:
                self.report(len(restored), len(BULK_TABLES), "索引")
            self.timings[name] = (time.perf_counter() - started, time.process_time() - cpu)
        for table in BULK_TABLES:
            if table not in restored:
                sink.restore(table)
        w = sink.written
        return {"服务站": len(self.stations), "职工": w["person"], "用人单位": w["enterprise"],
                "信访接待": w["intake_case"], "劳动争议调解": w["mediation_case"],
                "困难职工档案": w["hardship_file"], "救助发放": self.paid,
                "求职登记": w["job_seeker"], "推荐": w["referral"],
                "案件时间线": self.event_total, "审计记录": w["audit_event"]}

    # -- stations and staff -------------------------------------------------------------------
    def _stations(self) -> None:
        rng = self.rng
        existing = self.ref.stations
        stations: list[_Station] = [_Station(0, CITY_CODE, CITY_NAME, StationLevel.CITY, "", "",
                                             "", CITY_WEIGHT, -1)]
        for ci, (area, county, _prefixes, towns) in enumerate(COUNTIES):
            stations.append(_Station(len(stations), f"{area}000", f"{county}职工服务中心",
                                     StationLevel.COUNTY, area, county, "", COUNTY_WEIGHT, ci))
            for suffix, town, weight in towns:
                stations.append(_Station(len(stations), f"{area}{suffix}",
                                         f"{county}{town}工会服务站", StationLevel.TOWN, area,
                                         county, town, weight, ci))
        if self.own_station not in {s.code for s in stations}:
            area = self.own_station[:6]
            ci = next((i for i, c in enumerate(COUNTIES) if c[0] == area), 0)
            name, level = existing.get(self.own_station, (self.own_station, StationLevel.TOWN))
            stations.append(_Station(len(stations), self.own_station, name, StationLevel(level),
                                     COUNTIES[ci][0], COUNTIES[ci][1], "", 2.0, ci))
        for station in stations:
            if station.code in existing:
                station.name = existing[station.code][0]
                station.level = StationLevel(existing[station.code][1])
                station.new = False
        self.stations = stations
        self.station_cum = list(accumulate(s.weight for s in stations))
        self.by_county: list[list[_Station]] = [[s for s in stations if s.county_index == ci]
                                                for ci in range(len(COUNTIES))]
        day = self.w[0]
        rows: list[Row] = []
        first = self.writer.ids("station", sum(1 for s in stations if s.new))
        for station in stations:
            if not station.new:
                continue
            stamp = self.ts(day, 10 + len(rows))
            rows.append((first + len(rows), self.uuids.one(), self.own_station, stamp,
                         DEMO_OPERATOR, stamp, DEMO_OPERATOR, 1, None, station.code,
                         station.name, station.level.value))
        self.write("station", rows, "服务站", len(stations), len(stations))

        present = self.ref.staff
        roles = (StaffRole.STATION_HEAD, StaffRole.CLERK, StaffRole.MEDIATOR,
                 StaffRole.AID_OFFICER, StaffRole.EMPLOYMENT_OFFICER)
        staff_rows: list[Row] = []
        for station in stations:
            known = present.get(station.code, {})
            taken = set(known.values())
            for role in roles:
                if role in known:
                    station.staff[role] = known[role]
                    continue
                name = self.person_name(rng.random() < 0.5)[0]
                while name in taken:
                    name = self.person_name(rng.random() < 0.5)[0]
                taken.add(name)
                station.staff[role] = name
                stamp = self.ts(day, 300 + len(staff_rows) % 1500)
                staff_rows.append((0, self.uuids.one(), station.code, stamp, DEMO_OPERATOR, stamp,
                                   DEMO_OPERATOR, 1, None, name, role.value, self.mobile(), 1))
        first = self.writer.ids("staff", len(staff_rows))
        staff_rows = [(first + i, *row[1:]) for i, row in enumerate(staff_rows)]
        self.write("staff", staff_rows, "工作人员", len(staff_rows), len(staff_rows))

    def pick_stations(self, n: int) -> list[int]:
        return self.rng.choices(range(len(self.stations)), cum_weights=self.station_cum, k=n)

    def person_name(self, male: bool, surname: str | None = None) -> tuple[str, str, str]:
        """A name and its two parts (surname, given name)."""
        rng = self.rng
        if surname is None:
            surname = rng.choices(SURNAMES, cum_weights=self.surname_cum)[0]
        names = MALE_GIVEN if male else FEMALE_GIVEN
        given = names[rng.getrandbits(16) % len(names)]
        return surname + given, surname, given

    @property
    def surname_cum(self) -> list[float]:
        if not hasattr(self, "_surname_cum"):
            self._surname_cum = list(accumulate(float(w) for w in SURNAME_WEIGHTS))
        return self._surname_cum

    # -- enterprises ----------------------------------------------------------------------------
    def _enterprises(self) -> None:
        rng = self.rng
        n = self.counts["enterprises"]
        first = self.writer.ids("enterprise", n)
        # 85% registered with the registries on the first day, the others over the years.
        later = sorted(self.sample_days(n - int(n * 0.85), self.start, self.t))
        days = [self.w[0]] * (n - len(later)) + later
        county_cum = list(accumulate(sum(s.weight for s in group) for group in self.by_county))
        counties = rng.choices(range(len(COUNTIES)), cum_weights=county_cum, k=n)
        names: set[str] = set()
        codes: set[str] = set()
        self.e_first = first
        self.e_name: list[str] = []
        self.e_county: list[int] = []
        self.e_days: list[list[int]] = [[] for _ in COUNTIES]  # per county, by id
        self.e_ids: list[list[int]] = [[] for _ in COUNTIES]
        self.e_cum: list[list[float]] = [[] for _ in COUNTIES]  # workers: a few large employers
        rows: list[Row] = []
        for i in range(n):
            ci = counties[i]
            area, county, prefixes, _towns = COUNTIES[ci]
            for _attempt in range(30):
                prefix = "浙江" if rng.random() < 0.12 else self.pick(prefixes)
                parts = (prefix, self.pick(BRANDS), self.pick(TRADES),
                         rng.choices(FORMS, FORM_WEIGHTS)[0])
                name = "".join(parts)
                if name not in names:
                    break
            else:
                parts = (*parts[:-1], f"第{i}分公司")
                name = "".join(parts)
            names.add(name)
            code = ""
            while not code or code in codes:
                body = "91" + area + "".join(rng.choices(CODE_CHARS, k=9))
                code = body + credit_code_check_char(body)
            codes.add(code)
            group = self.by_county[ci]
            station = group[0] if rng.random() < 0.4 else rng.choices(
                group, [s.weight for s in group])[0]
            o = days[i]
            stamp = self.ts(o, self.ri(0, 400 - 1))
            clerk = station.staff[StaffRole.CLERK]
            pinyin, initials = compose_pinyin(parts, self.pinyin)
            town = station.town or self.pick(COUNTIES[ci][3])[1]
            eid = first + i
            rows.append((eid, self.uuids.one(), station.code, stamp, clerk, stamp, clerk, 1, None,
                         self.number(station.code, RecordKind.ENTERPRISE, date.fromordinal(o).year),
                         name, code,
                         f"{county}{town}{self.pick(STREETS)}{self.ri(1, 999 - 1)}号",
                         self.landline(), int(rng.random() < 0.6), pinyin, initials))
            self.e_name.append(name)
            self.e_county.append(ci)
            self.e_days[ci].append(o)
            self.e_ids[ci].append(eid)
            previous = self.e_cum[ci][-1] if self.e_cum[ci] else 0.0
            self.e_cum[ci].append(previous + rng.paretovariate(1.2))
            if len(rows) >= CHUNK:
                self.write("enterprise", rows, "用人单位", i + 1, n)
                rows = []
        self.write("enterprise", rows, "用人单位", n, n)

    def employer_at(self, ci: int, o: int) -> int | None:
        """An enterprise of the county registered before day ``o``, large ones more often."""
        k = bisect_left(self.e_days[ci], o)
        if not k:
            return None
        cum = self.e_cum[ci]
        return self.e_ids[ci][bisect_right(cum, self.rng.random() * cum[k - 1], 0, k - 1)]

    # -- persons ----------------------------------------------------------------------------------
    def _persons(self) -> None:
        rng = self.rng
        n = self.counts["persons"]
        first = self.writer.ids("person", n)
        self.p_first = first
        imported = int(n * 0.35)
        days = [self.w[1 + i * 3 // imported] for i in range(imported)]
        days += self.sample_days(n - imported, self.start, self.t)
        stations = self.pick_stations(n)
        self.p_station = array("H", stations)
        self.p_day = array("i", days)
        self.pool_days: list[list[int]] = [[] for _ in self.stations]
        self.pool_ids: list[list[int]] = [[] for _ in self.stations]
        # Born so that everyone is 18 on the first day and at most 65 today.
        born_lo = self.t - int(65 * 365.25) + 1
        born_hi = date(self.first_day.year - 18, 1, 1).toordinal()
        ages = list(range(born_lo, born_hi + 1))
        mid = (born_lo + born_hi) // 2
        age_cum = list(accumulate(1.0 + 0.8 * (1 - abs(o - mid) / (born_hi - mid))
                                  for o in ages))
        births = rng.choices(ages, cum_weights=age_cum, k=n)
        # The check character from partial weighted sums of area, birth date and sequence.
        weight_birth = [sum(int(c) * w for c, w in zip(text, ID_WEIGHTS[6:14], strict=True))
                        for text in self.compact]
        areas = [c[0] for c in COUNTIES]
        area_sums = [sum(int(ch) * w for ch, w in zip(a, ID_WEIGHTS[:6], strict=True))
                     for a in areas]
        seq_sums = [sum(int(ch) * w for ch, w in zip(f"{s:03d}", ID_WEIGHTS[14:], strict=True))
                    for s in range(1000)]
        seq_text = [f"{s:03d}" for s in range(1000)]
        counters: dict[int, int] = {}
        surnames = rng.choices(range(len(SURNAMES)), cum_weights=self.surname_cum, k=n)
        lo, iso, compact, times, now_text = self.lo, self.iso, self.compact, self.times, \
            self.now_text
        years = self.years
        county_cum = list(accumulate(sum(s.weight for s in group) for group in self.by_county))
        county_total = county_cum[-1]
        n_counties = len(COUNTIES)
        pinyin = self.pinyin
        for part in (*SURNAMES, *MALE_GIVEN, *FEMALE_GIVEN):
            compose_pinyin((part,), pinyin)
        surname_keys = [(name, *pinyin[name]) for name in SURNAMES]
        male_keys = [(name, *pinyin[name]) for name in MALE_GIVEN]
        female_keys = [(name, *pinyin[name]) for name in FEMALE_GIVEN]
        n_male, n_female = len(male_keys), len(female_keys)
        codes = [st.code for st in self.stations]
        clerks = [st.staff[StaffRole.CLERK] for st in self.stations]
        county_of = [st.county_index for st in self.stations]
        town_of = [st.town for st in self.stations]
        county_towns = [tuple(t[1] for t in c[3]) for c in COUNTIES]
        county_names = [c[1] for c in COUNTIES]
        streets, communities, prefixes = STREETS, COMMUNITIES, MOBILE_PREFIXES
        n_streets, n_communities = len(STREETS), len(COMMUNITIES)
        sequences = self.sequences
        person_kind = RecordKind.PERSON.value
        pool_days, pool_ids = self.pool_days, self.pool_ids
        e_days, e_ids, e_cum = self.e_days, self.e_ids, self.e_cum
        rand = rng.random
        bits = rng.getrandbits
        # Column by column (comprehensions and zip run much faster than one loop per person),
        # a block at a time so the writer stores one block while the next is made.
        self.p_employer = array("i")
        self.p_phone: list[str | None] = []
        self.p_name: list[str] = []
        self.p_address: list[str] = []
        for begin in range(0, n, 4 * CHUNK):
            end = min(n, begin + 4 * CHUNK)
            m = end - begin
            b_stations, b_days = stations[begin:end], days[begin:end]
            county = [county_of[s] for s in b_stations]
            county = [c if c >= 0 else bisect_right(county_cum, rand() * county_total)
                      for c in county]
            area = [c if rand() >= 0.2 else int(rand() * n_counties) for c in county]
            male = [rand() < 0.52 for _ in range(m)]
            born = [o - lo for o in births[begin:end]]
            seqs = []
            for a, b, x in zip(area, born, male, strict=True):
                key = (a * 100_000 + b) * 2 + x
                c = counters.get(key)
                c = bits(9) % 500 if c is None else (c + 1) % 500
                counters[key] = c
                seqs.append(2 * c + x)
            id_numbers = [f"{areas[a]}{compact[b]}{seq_text[q]}"
                          f"{ID_CHECK[(area_sums[a] + weight_birth[b] + seq_sums[q]) % 11]}"
                          for a, b, q in zip(area, born, seqs, strict=True)]
            given = [male_keys[int(rand() * n_male)] if x
                     else female_keys[int(rand() * n_female)] for x in male]
            family = [surname_keys[i] for i in surnames[begin:end]]
            names = [f[0] + g[0] for f, g in zip(family, given, strict=True)]
            phones = [f"{prefixes[bits(5)]}{bits(27) % 100_000_000:08d}" if rand() < 0.97
                      else None for _ in range(m)]
            towns = [town_of[s] or county_towns[c][int(rand() * len(county_towns[c]))]
                     for s, c in zip(b_stations, county, strict=True)]
            addresses = [
                f"{county_names[c]}{t}{streets[int(rand() * n_streets)]}{bits(9) % 300 + 1}号"
                if rand() < 0.6 else
                f"{county_names[c]}{t}{communities[int(rand() * n_communities)]}"
                f"{bits(5) % 20 + 1}幢{bits(2) + 1}单元{bits(4) % 12 + 1}0{bits(2) + 1}室"
                for c, t in zip(county, towns, strict=True)]
            employers: list[int | None] = []
            for c, o in zip(county, b_days, strict=True):
                employer = None
                if rand() < 0.82:  # an enterprise of the county registered before
                    k = bisect_left(e_days[c], o)
                    if k:  # large ones more often
                        cum = e_cum[c]
                        employer = e_ids[c][bisect_right(cum, rand() * cum[k - 1], 0, k - 1)]
                employers.append(employer)
            stamps = [f"{iso[o - lo]} {times[bits(11)]}" for o in b_days]
            stamps = [x if x <= now_text else now_text for x in stamps]
            b_codes = [codes[s] for s in b_stations]
            b_clerks = [clerks[s] for s in b_stations]
            numbers = []
            for code, o in zip(b_codes, b_days, strict=True):
                year = years[o - lo]
                number_key = (code, person_kind, year)
                number = sequences.get(number_key, 0) + 1
                sequences[number_key] = number
                numbers.append(f"{code}-ZG-{year}-{number:05d}")
            ids = range(first + begin, first + end)
            columns = (
                ids, self.uuids.batch(m), b_codes, stamps, b_clerks, stamps, b_clerks,
                repeat(1), repeat(None), numbers, names, id_numbers,
                [x[::-1] for x in id_numbers], ["男" if x else "女" for x in male],
                [iso[b] for b in born], phones, addresses, employers,
                ["城镇" if rand() < 0.55 else "农村" for _ in range(m)],
                [int(rand() < 0.78) for _ in range(m)], repeat(None),
                [f[1] + g[1] for f, g in zip(family, given, strict=True)],
                [f[2] + g[2] for f, g in zip(family, given, strict=True)])
            rows = list(zip(*columns))  # noqa: B905 - the repeat() columns have no length
            for chunk in range(0, m, CHUNK):
                self.write("person", rows[chunk:chunk + CHUNK], "职工",
                           begin + min(m, chunk + CHUNK), n)
            self.p_employer.extend(e or 0 for e in employers)
            self.p_phone.extend(phones)
            self.p_name.extend(names)
            self.p_address.extend(addresses)
            for s, o, pid in zip(b_stations, b_days, ids, strict=True):
                pool_days[s].append(o)
                pool_ids[s].append(pid)

    def person_at(self, s: int, o: int) -> int:
        """A person of station ``s`` registered before day ``o`` (anyone's, if it has none)."""
        k = bisect_left(self.pool_days[s], o)
        if k:
            return self.pool_ids[s][int(self.rng.random() * k)]
        k = max(1, bisect_left(self.p_day, o))
        return self.p_first + int(self.rng.random() * k)

    # -- 信访接待 ---------------------------------------------------------------------------
    def _intake(self) -> None:
        rng = self.rng
        n = self.counts["intake"]
        first = self.writer.ids("intake_case", n)
        categories = self.ref.categories
        names = [c for c in categories if CATEGORY_WEIGHTS.get(c, 0) > 0] or list(categories)
        category_cum = list(accumulate(CATEGORY_WEIGHTS.get(c, 1) for c in names))
        category_total = category_cum[-1]
        days = self.sample_days(n, self.start, self.t, {1: 1.35, 2: 0.8, 11: 1.1, 12: 1.3})
        stations = self.pick_stations(n)
        city_cum = list(accumulate(CITY_CHANNELS))
        town_cum = list(accumulate(TOWN_CHANNELS))
        channels = [c.value for c in CHANNELS]
        visit, call, letter_channel = channels[0], channels[1], channels[2]
        registered, accepted_s, rejected, in_progress, closed_s, called_back = (
            IntakeStatus.REGISTERED.value, IntakeStatus.ACCEPTED.value,
            IntakeStatus.REJECTED.value, IntakeStatus.IN_PROGRESS.value,
            IntakeStatus.CLOSED.value, IntakeStatus.CALLED_BACK.value)
        satisfactions = [x.value for x in Satisfaction]
        transfer_s, reply_s = Handling.TRANSFER.value, Handling.REPLY.value
        to_mediation, to_aid, to_jobs = Handling.TO_MEDIATION, Handling.TO_AID, Handling.TO_JOBS
        target: Handling | None = None
        summaries_of = {c: INTAKE_SUMMARIES.get(c) or ("来访反映相关问题",) for c in names}
        codes = [st.code for st in self.stations]
        clerks = [st.staff[StaffRole.CLERK] for st in self.stations]
        city = [st.level is StationLevel.CITY for st in self.stations]
        recent: list[list[tuple[int, int, str, int | None, str]]] = [[] for _ in self.stations]
        window = REPEAT_WINDOW_DAYS
        # The cases routed on are made in the target line's phase (self.routed).
        route_caps = {h: int(share * {Handling.TO_MEDIATION: self.counts["mediation"],
                                      Handling.TO_AID: self.counts["aid_paid"],
                                      Handling.TO_JOBS: self.counts["seekers"]}[h])
                      for h, share in ROUTED_CAP.items()}
        by_person: dict[int, tuple[int, int, str, str]] = {}
        by_employer: dict[tuple[int, str], tuple[int, int, str, str]] = {}
        links: list[Row] = []
        rows: list[Row] = []
        t, d0, lo, iso, years, times, now_text = (self.t, self.d0, self.lo, self.iso, self.years,
                                                  self.times, self.now_text)
        p_first, p_employer, p_phone, p_address = (self.p_first, self.p_employer, self.p_phone,
                                                   self.p_address)
        person_at, period_end, sequences = self.person_at, self.period_end, self.sequences
        rand = rng.random
        uuid_one = self.uuids.one
        ev = self.eventer()
        kind = RecordKind.INTAKE.value
        n_reject, n_extend, n_department = (len(REJECT_REASONS), len(EXTENSION_REASONS),
                                            len(DEPARTMENTS))
        n_results = len(CLOSING_RESULTS)
        for i in range(n):
            o = days[i]
            s = stations[i]
            code = codes[s]
            clerk = clerks[s]
            channel = channels[bisect_right(city_cum if city[s] else town_cum, rand() * 100)]
            # Who comes (see RETURN_SHARE): someone back about a matter of the last weeks, or
            # a petitioner of the station, a colleague on a matter raised lately now and then.
            returning = None
            mine_recent = recent[s]
            if mine_recent and rand() < RETURN_SHARE:
                returning = mine_recent[-1 - int(rand() * min(len(mine_recent),
                                                              RETURN_LOOKBACK))]
                if returning[0] < o - window:
                    returning = None
            if returning is not None:
                _o, pid, category, employer, summary = returning
            else:
                category = names[bisect_right(category_cum, rand() * category_total)]
                for _draw in range(PETITIONER_DRAWS):
                    pid = person_at(s, o)
                    employer = p_employer[pid - p_first] or None
                    if category in ("政策咨询", "心理咨询") and rand() < 0.7:
                        employer = None
                    seen = by_person.get(pid)
                    if seen is None or seen[0] < o - window:
                        seen = None if employer is None else by_employer.get((employer, category))
                    if seen is None or seen[0] < o - window or rand() < COLLEAGUE_SHARE:
                        break
                summaries = summaries_of[category]
                summary = summaries[int(rand() * len(summaries))]
            mine_recent.append((o, pid, category, employer, summary))
            pk = pid - p_first
            accept_days, handle_days = categories[category]
            head = 1
            if channel == visit and rand() < 0.08:
                head = min(60, GROUP_THRESHOLD + int((rng.paretovariate(1.5) - 1) * 4))
            phone = p_phone[pk]
            if channel == call and phone is None:
                phone = self.mobile()
            letter = sender = None
            if channel == letter_channel:
                letter = max(d0, o - 2 - int(rand() * 5))
                sender = p_address[pk]
            cid = first + i
            uuid = uuid_one()
            year = years[o - lo]
            number_key = (code, kind, year)
            seq = sequences.get(number_key, 0) + 1
            sequences[number_key] = seq
            number = f"{code}-XF-{year}-{seq:05d}"
            accept_due = period_end(o, accept_days)
            # 重复信访: the latest case of the person, or of the employer on the same matter,
            # within 90 days (as IntakeService.register finds it).
            earlier = by_person.get(pid)
            if employer is not None:
                same = by_employer.get((employer, category))
                if same is not None and (earlier is None or same[:2] > earlier[:2]):
                    earlier = same
            if earlier is not None and earlier[0] < o - 90:
                earlier = None
            mine = (o, cid, number, uuid)
            by_person[pid] = mine
            if employer is not None:
                by_employer[(employer, category)] = mine
            k = int(rand() * 700)
            created = f"{iso[o - lo]} {times[k]}"
            if created > now_text:
                created = now_text
            note = channel
            if head >= GROUP_THRESHOLD:
                note += f"，集体访{head}人"
            if earlier is not None:
                note += f"，重复信访（{earlier[2]}）"
                links.append((0, uuid_one(), code, created, clerk, created, clerk, 1, None, kind,
                              uuid, number, kind, earlier[3], earlier[2], "重复信访"))
            ev(kind, uuid, code, clerk, o, k, "登记", note)
            # The steps, each on or after the previous one, none after today.
            status = registered
            version = 1
            last_day = o
            reject_reason = accepted = handle_due = handling = department = transfer = None
            closed = result = callback = satisfaction = extension_reason = None
            accept_overdue = handle_overdue = extended = False
            r = rand()
            a = o + (0 if r < 0.55 else 1 if r < 0.8 else 2 + int(rand() * 2) if r < 0.96
                     else 4 + int(rand() * 17))
            if a <= t and rand() < 0.015:
                status = rejected
                reject_reason = REJECT_REASONS[int(rand() * n_reject)]
                accept_overdue = a > accept_due
                k += STEP
                ev(kind, uuid, code, clerk, a, k, "不予受理", reject_reason)
                last_day = a
                version += 1
            elif a <= t:
                status = accepted_s
                accepted = last_day = a
                accept_overdue = a > accept_due
                handle_due = period_end(a, handle_days)
                k += STEP
                ev(kind, uuid, code, clerk, a, k, "受理", "")
                version += 1
                if rand() < 0.85 and a + 1 <= t:
                    last_day = a + (rand() < 0.3)
                    status = in_progress
                    k += STEP
                    ev(kind, uuid, code, clerk, last_day, k, "办理中", "")
                    version += 1
                if rand() < 0.02 and last_day + 5 <= t:
                    extended = True
                    extension_reason = EXTENSION_REASONS[int(rand() * n_extend)]
                    last_day += 5
                    handle_due = period_end(handle_due, EXTENSION_DAYS)
                    k += STEP
                    ev(kind, uuid, code, clerk, last_day, k, "延期",
                       f"{extension_reason}（延至{iso[handle_due - lo]}）")
                    version += 1
                # 转调解 / 转帮扶 / 转就业: the record of the target line is made (and the step
                # written, with its number) in that line's phase.
                r = rand()
                p_med = ROUTE_TO_MEDIATION.get(category, 0.0) if employer is not None else 0.0
                p_aid = p_med + ROUTE_TO_AID.get(summary, 0.0)
                target = (to_mediation if r < p_med else to_aid if r < p_aid else to_jobs
                          if r < p_aid + ROUTE_TO_JOBS.get(summary, 0.0) else None)
                routed_day = last_day + int(rand() * 3)
                if target is not None and routed_day <= t \
                        and len(self.routed[target]) < route_caps[target]:
                    transfer = last_day = routed_day
                    status = in_progress
                    handling = target.value
                    k += STEP
                    self.routed[target].append(_Routed(routed_day, k, s, cid, uuid, number, pid,
                                                       employer, category, head, summary))
                    version += 1
                elif rand() < 0.12 and last_day + 5 <= t:
                    transfer = last_day = last_day + int(rand() * 6)
                    status = in_progress
                    handling = transfer_s
                    department = DEPARTMENTS[int(rand() * n_department)]
                    k += STEP
                    ev(kind, uuid, code, clerk, transfer, k, "转办", department)
                    version += 1
                r = rand()
                delay = (1 + int(rand() * 7) if r < 0.6 else 8 + int(rand() * 13) if r < 0.9
                         else 21 + int(rand() * 25) if r < 0.98 else 46 + int(rand() * 45))
                c = max(last_day, a + delay)
                if c <= t:
                    closed = last_day = c
                    status = closed_s
                    result = (CLOSING_RESULTS[int(rand() * n_results)] if target is None
                              or transfer is None or handling != target.value
                              else ROUTED_RESULTS[target])
                    handling = handling or reply_s
                    handle_overdue = c > handle_due
                    k += STEP
                    ev(kind, uuid, code, clerk, c, k, "办结", result)
                    version += 1
                    back = c + 1 + int(rand() * 7)
                    if back <= t and rand() < 0.7:
                        callback = last_day = back
                        status = called_back
                        r = rand()
                        satisfaction = satisfactions[0 if r < 0.7 else 1 if r < 0.95 else 2]
                        k += STEP
                        ev(kind, uuid, code, clerk, back, k, "回访", satisfaction)
                        version += 1
            last = f"{iso[last_day - lo]} {times[k]}"
            if last > now_text:
                last = now_text
            rows.append((
                cid, uuid, code, created, clerk, last, clerk, version, None, number, channel,
                iso[o - lo], pid, phone, employer, category, head, int(head >= GROUP_THRESHOLD),
                summary,
                60 + int(rand() * 841) if channel == call else None,
                None if letter is None else iso[letter - lo], sender, status, reject_reason,
                None if accepted is None else iso[accepted - lo], iso[accept_due - lo],
                None if handle_due is None else iso[handle_due - lo], int(extended),
                extension_reason, handling, department,
                None if transfer is None else iso[transfer - lo],
                None if closed is None else iso[closed - lo], result, int(accept_overdue),
                int(handle_overdue), None if callback is None else iso[callback - lo], None,
                satisfaction, None if earlier is None else earlier[1], int(earlier is not None)))
            if len(rows) >= CHUNK:
                self.write("intake_case", rows, "信访接待", i + 1, n)
                rows = []
        self.write("intake_case", rows, "信访接待", n, n)
        self.links.extend(links)  # written with the routing links, once all lines are made

    def router(self, handling: Handling) -> Callable[[_Routed, str, str, str], None]:
        """What IntakeService.route writes once the target line's router has made its record:
        the step on the intake case (its note the new number) and the link to the record."""
        event = self.eventer()
        intake = RecordKind.INTAKE.value
        step = handling.value

        def route(source: _Routed, kind: str, uuid: str, number: str) -> None:
            st = self.stations[source.station]
            clerk = st.staff[StaffRole.CLERK]
            event(intake, source.uuid, st.code, clerk, source.day, source.slot, step, number)
            stamp = self.ts(source.day, source.slot)
            self.links.append((0, self.uuids.one(), st.code, stamp, clerk, stamp, clerk, 1, None,
                               intake, source.uuid, source.number, kind, uuid, number, step))

        return route

    def _finish(self) -> None:
        """The case links (重复信访 and routing) and the last timeline steps."""
        first_link = self.writer.ids("case_link", len(self.links))
        self.writer.write("case_link", [(first_link + j, *row[1:])
                                        for j, row in enumerate(self.links)])
        self.flush_events()

    # -- 劳动争议调解 -----------------------------------------------------------------------
    def _organizations(self) -> None:
        """74 committees, as in the seed's city: one in each town, a park and two trades in
        each county, three at the city and a few enterprises; 1 full-time and 1-3 part-time
        mediators each."""
        rng = self.rng
        orgs: list[tuple[int, str, OrganizationType, str]] = []  # station, name, type, town
        city = 0
        orgs.append((city, "嘉兴市总工会劳动争议调解委员会", OrganizationType.INDUSTRY, "嘉兴市"))
        orgs.append((city, "嘉兴经济技术开发区劳动争议调解中心", OrganizationType.PARK,
                     "嘉兴经济技术开发区"))
        orgs.append((city, "嘉兴市纺织服装行业劳动争议调解委员会", OrganizationType.INDUSTRY,
                     "嘉兴市"))
        trades = ("纺织", "皮革", "经编", "建筑", "物流", "服装", "机械", "毛衫")
        for ci, (_area, county, _prefixes, _towns) in enumerate(COUNTIES):
            group = self.by_county[ci]
            center = next(s for s in group if s.level is StationLevel.COUNTY)
            orgs.append((center.index, f"{county}经济开发区劳动争议调解中心", OrganizationType.PARK,
                         f"{county}经济开发区"))
            for trade in rng.sample(trades, 2):
                orgs.append((center.index, f"{county}{trade}行业劳动争议调解委员会",
                             OrganizationType.INDUSTRY, county))
            for town in (s for s in group if s.level is StationLevel.TOWN):
                orgs.append((town.index, f"{county}{town.town}劳动争议调解委员会",
                             OrganizationType.TOWN, town.town))
        for station in self.stations:
            if not any(o[0] == station.index for o in orgs):
                orgs.append((station.index, f"{station.name}劳动争议调解委员会",
                             OrganizationType.TOWN, station.town or station.county))
        towns = [s for s in self.stations if s.level is StationLevel.TOWN]
        while len(orgs) < 74 and towns:
            station = self.pick(towns)
            ent = self.employer_at(station.county_index, self.w[4])
            if ent is None:
                break
            name = f"{self.e_name[ent - self.e_first]}劳动争议调解委员会"
            if all(o[1] != name for o in orgs):
                orgs.append((station.index, name, OrganizationType.ENTERPRISE, station.town))
        first = self.writer.ids("mediation_organization", len(orgs))
        self.orgs_at: dict[int, list[int]] = {}
        self.org_name: dict[int, str] = {}
        self.mediators_of: dict[int, list[tuple[int, str]]] = {}
        rows: list[Row] = []
        mediators: list[Row] = []
        day = self.w[4]
        for j, (s, name, org_type, place) in enumerate(orgs):
            st = self.stations[s]
            oid = first + j
            stamp = self.ts(day, 100 + j * 7 % 1500)
            operator = st.staff[StaffRole.MEDIATOR]
            contact = self.person_at(s, day)
            founded = date(self.ri(2008, self.first_day.year - 1), self.ri(1, 12), 1)
            rows.append((oid, self.uuids.one(), st.code, stamp, operator, stamp, operator, 1,
                         None, name, org_type.value, place, founded.isoformat(),
                         self.p_name[contact - self.p_first], self.landline(), 1))
            self.orgs_at.setdefault(s, []).append(oid)
            self.org_name[oid] = name
            people = {self.person_at(s, day) for _ in range(self.ri(2, 4))}
            for order, pid in enumerate(sorted(people)):
                kind = MediatorKind.FULL_TIME if order == 0 else MediatorKind.PART_TIME
                mediators.append((0, self.uuids.one(), st.code, self.ts(day, 1600 + order),
                                  operator, self.ts(day, 1600 + order), operator, 1, None, pid,
                                  oid, kind.value,
                                  f"嘉调证{self.ri(2015, self.first_day.year - 1)}"
                                  f"{len(mediators) + 1:04d}",
                                  self.p_phone[pid - self.p_first], 1))
        self.write("mediation_organization", rows, "调解组织", len(rows), len(rows))
        first = self.writer.ids("mediator", len(mediators))
        mediators = [(first + j, *row[1:]) for j, row in enumerate(mediators)]
        for row in mediators:
            self.mediators_of.setdefault(row[10], []).append(
                (row[0], self.p_name[row[9] - self.p_first]))
        self.write("mediator", mediators, "调解员", len(mediators), len(mediators))

    def _mediation(self) -> None:
        self._organizations()
        rng = self.rng
        n = self.counts["mediation"]
        first = self.writer.ids("mediation_case", n)
        # Applications, and the cases routed from intake (转调解), in the order they came.
        routed = self.routed[Handling.TO_MEDIATION]
        applied = n - len(routed)
        plans: list[tuple[int, int, _Routed | None]] = sorted(
            [*zip(self.sample_days(applied, self.start + 1, self.t, {1: 1.3, 12: 1.2, 2: 0.8}),
                  self.pick_stations(applied), repeat(None)),
             *((r.day, r.station, r) for r in routed)],
            key=lambda plan: (plan[0], plan[2] is not None, plan[2].case_id if plan[2] else 0))
        route = self.router(Handling.TO_MEDIATION)
        parties: list[Row] = []
        case_mediators: list[Row] = []
        claims: list[Row] = []
        sessions: list[Row] = []
        items: list[Row] = []
        rows: list[Row] = []
        kind = RecordKind.MEDIATION.value
        disputes = list(DisputeType)
        t = self.t
        rand = rng.random
        event = self.eventer()
        for i, (o, s, source) in enumerate(plans):
            st = self.stations[s]
            operator = st.staff[StaffRole.MEDIATOR]
            orgs = self.orgs_at.get(s) or self.orgs_at[0]
            org = orgs[int(rand() * len(orgs))]
            if source is None:
                # The applicants work for the respondent.
                applicants = [self.person_at(s, o)]
                respondent = self.p_employer[applicants[0] - self.p_first] or None
                if respondent is None:
                    ci = st.county_index if st.county_index >= 0 else 0
                    respondent = self.employer_at(ci, o) or self.e_first
                collective = rand() < 0.03
                if collective or rand() < 0.08:
                    for _ in range(2 if collective else self.ri(1, 2)):
                        other = self.person_at(s, o)
                        if other not in applicants:
                            applicants.append(other)
                head = self.ri(COLLECTIVE_THRESHOLD, 40) if collective else len(applicants)
                dispute = rng.choices(disputes, DISPUTE_WEIGHTS)[0]
                facts = DISPUTE_FACTS[dispute.value]
                k = self.ri(0, 600 - 1)
                creator = operator
                note = f"集体争议{head}人" if head >= COLLECTIVE_THRESHOLD else ""
            else:  # as mediation.route_from_intake makes it, by the clerk who routes the case
                applicants = [source.person]
                assert source.employer is not None
                respondent = source.employer
                head = max(source.head, 1)
                collective = head >= COLLECTIVE_THRESHOLD
                dispute = dispute_type_for_category(source.category)
                facts = source.summary[:2000]
                k = source.slot
                creator = st.staff[StaffRole.CLERK]
                note = f"由信访案件{source.number}转入"
            claim_items = CLAIM_ITEMS.get(dispute.value) or CLAIM_ITEMS[DisputeType.OTHER.value]
            amounts = [self.ri(1500_00, 60000_00 - 1) * (head if collective else 1)
                       for _ in range(self.ri(1, 3))]
            cid = first + i
            uuid = self.uuids.one()
            number = self.number(st.code, RecordKind.MEDIATION, int(self.iso[o - self.lo][:4]))
            created = self.ts(o, k)
            event(kind, uuid, st.code, creator, o, k, "申请", note)
            if source is not None:
                route(source, kind, uuid, number)
            names = "、".join(self.p_name[p - self.p_first] for p in applicants)
            for order, pid in enumerate(applicants):
                parties.append((0, self.uuids.one(), st.code, created, creator, created,
                                creator, 1, None, cid, pid, order))
            mediators = self.mediators_of[org]
            chosen = [mediators[0]] if len(mediators) == 1 or rand() < 0.7 else \
                rng.sample(mediators, 2)
            for order, (mid, _name) in enumerate(chosen):
                case_mediators.append((0, self.uuids.one(), st.code, created, operator, created,
                                       operator, 1, None, cid, mid, order))
            for order, amount in enumerate(amounts):
                claims.append((0, self.uuids.one(), st.code, created, operator, created,
                               operator, 1, None, cid, claim_items[order % len(claim_items)],
                               amount, order))
            status = MediationStatus.APPLIED
            version = 1
            last = created
            accepted = reject_reason = limit_due = due_on = concluded = outcome_reason = None
            terms = court_due = arbitration = performance = performance_on = None
            extension_reason = performance_note = None
            extended = late = False
            a = o + (0 if rand() < 0.6 else self.ri(1, 2))
            if a <= t and rand() < 0.03:
                status = MediationStatus.REJECTED
                reject_reason = "不属于劳动争议调解受理范围。"
                concluded = a
                k += STEP
                event(kind, uuid, st.code, operator, a, k, "不予受理", reject_reason)
                version += 1
                last = self.ts(a, k)
            elif a <= t:
                status = MediationStatus.ACCEPTED
                accepted = a
                limit_due = due_on = self.period_end(a, MEDIATION_DAYS)
                k += STEP
                event(kind, uuid, st.code, operator, a, k, "受理",
                      f"调解期限至{self.iso[due_on - self.lo]}")
                version += 1
                last_day = a
                held_days: list[int] = []
                held = a + self.ri(1, 5)
                for seq in range(1 if rand() < 0.7 else 2):
                    if held > t:
                        break
                    held_days.append(held)
                    place = f"{self.org_name[org]}调解室"
                    k += STEP
                    stamp = self.ts(held, k)
                    sessions.append((0, self.uuids.one(), st.code, stamp, operator, stamp,
                                     operator, 1, None, cid, self.iso[held - self.lo], place,
                                     f"申请人{names}、被申请人{self.pick(REPRESENTATIVES)}、"
                                     f"调解员{chosen[0][1]}",
                                     "双方陈述事实并出示证据，调解员释明法律规定，双方协商。",
                                     seq + 1))
                    event(kind, uuid, st.code, operator, held, k, "调解",
                          f"第{seq + 1}次调解（{place}）")
                    status = MediationStatus.IN_MEDIATION
                    version += 1
                    last_day = held
                    held = held + self.ri(3, 7)
                if held_days and rand() < 0.05 and last_day < due_on <= t:
                    extended = True
                    extension_reason = "案情复杂，双方同意延长调解期限。"
                    due_on = due_on + 15
                    k += STEP
                    event(kind, uuid, st.code, operator, last_day, k, "延期",
                          f"双方当事人同意，延至{self.iso[due_on - self.lo]}："
                          f"{extension_reason}")
                    version += 1
                end = last_day + (0 if rand() < 0.6 else self.ri(1, 4))
                if rand() < 0.05:
                    end += self.ri(5, 20)  # past the limit
                r = rand()
                if held_days and end <= t:
                    concluded = end
                    late = due_on is not None and end > due_on
                    k += STEP
                    if r < 0.65:
                        status = MediationStatus.SUCCEEDED
                        terms = TERMS
                        court_due = self.period_end(end, COURT_CONFIRM_DAYS)
                        agreed = [amount * self.pick((100, 90, 80, 70)) // 100
                                  for amount in amounts]
                        event(kind, uuid, st.code, operator, end, k, "调解成功",
                              f"协议金额{format_yuan(sum(agreed))}元")
                        version += 1
                        stamp = self.ts(end, k)
                        payer = self.e_name[respondent - self.e_first][:200]
                        dues = [end + self.ri(7, 30) for _fen in agreed]
                        # 履行 (see PERFORMANCE_SHARES): (day, performance, note, items paid).
                        records: list[tuple[int, str, str, list[int]]] = []
                        r2 = rand()
                        everything = list(range(len(agreed)))
                        if r2 < PERFORMANCE_SHARES[0]:
                            paid_on = end + self.ri(7, 30)
                            if paid_on <= t:
                                records.append((paid_on, Performance.HONORED.value, "",
                                                everything))
                        else:
                            noted = max(dues) + self.ri(1, 10)
                            partly = r2 < sum(PERFORMANCE_SHARES)
                            if noted <= t:
                                records.append((
                                    noted, (Performance.PARTLY if partly
                                            else Performance.NOT_HONORED).value,
                                    "已支付部分款项，余款督促履行。" if partly
                                    else "被申请人逾期未支付，已督促履行。",
                                    [0] if partly and len(agreed) > 1 else []))
                                settled = noted + self.ri(*SETTLE_DAYS)
                                if settled <= t:
                                    records.append((
                                        settled, Performance.HONORED.value,
                                        "经督促，被申请人已付清全部款项。",
                                        [j for j in everything if j not in records[0][3]]))
                        paid_days: dict[int, tuple[int, int]] = {}  # item -> (day, slot)
                        for number_of, (day, _value, _note, paid_items) in enumerate(records):
                            for j in paid_items:
                                paid_days[j] = (day, k + STEP * (number_of + 1))
                        for order, fen in enumerate(agreed):
                            paid_at = paid_days.get(order)
                            items.append((0, self.uuids.one(), st.code, stamp, operator,
                                          self.ts(*paid_at) if paid_at else stamp, operator,
                                          2 if paid_at else 1, None, cid,
                                          claim_items[order % len(claim_items)], fen, payer,
                                          names[:200], self.iso[dues[order] - self.lo],
                                          self.day(paid_at[0] if paid_at else None), order))
                        for day, value, text, _paid_items in records:
                            k += STEP
                            event(kind, uuid, st.code, operator, day, k, "履行",
                                  f"{value}：{text}" if text else value)
                            version += 1
                            performance, performance_on, performance_note = value, day, \
                                text or None
                    elif r < 0.9 or r >= 0.98:
                        failed = r < 0.9
                        status = MediationStatus.FAILED if failed else MediationStatus.TERMINATED
                        outcome_reason = self.pick(FAIL_REASONS if failed else TERMINATE_REASONS)
                        arbitration = self.calendar.next_working_day(add_years(
                            date.fromordinal(end), ARBITRATION_YEARS)).toordinal()
                        event(kind, uuid, st.code, operator, end, k,
                              "调解不成" if failed else "终止",
                              f"{outcome_reason}（仲裁时效至{self.iso[arbitration - self.lo]}）")
                        version += 1
                    else:
                        status = MediationStatus.WITHDRAWN
                        outcome_reason = self.pick(WITHDRAW_REASONS)
                        event(kind, uuid, st.code, operator, end, k, "撤回", outcome_reason)
                        version += 1
                last = self.ts(max(d for d in (a, concluded, performance_on, *held_days)
                                   if d is not None), k)
            rows.append((
                cid, uuid, st.code, created, creator, last, operator if version > 1 else creator,
                version, None, number,
                (MediationSource.APPLICATION if source is None else MediationSource.INTAKE).value,
                self.iso[o - self.lo], respondent,
                self.pick(REPRESENTATIVES), self.landline(), dispute.value,
                facts, head, int(head >= COLLECTIVE_THRESHOLD), org,
                status.value, self.day(accepted), reject_reason, self.day(limit_due),
                self.day(due_on), int(extended), int(extended), extension_reason,
                self.day(concluded), outcome_reason, int(late), terms, DEFAULT_COPIES,
                self.day(court_due), self.day(arbitration), performance,
                self.day(performance_on), performance_note))
            if len(rows) >= CHUNK:
                self.write("mediation_case", rows, "劳动争议调解", i + 1, n)
                rows = []
        self.write("mediation_case", rows, "劳动争议调解", n, n)
        for table, parts in (("mediation_party", parties),
                             ("mediation_case_mediator", case_mediators),
                             ("mediation_claim", claims), ("mediation_session", sessions),
                             ("mediation_agreement_item", items)):
            start = self.writer.ids(table, len(parts))
            self.writer.write(table, [(start + j, *row[1:]) for j, row in enumerate(parts)])

    # -- 困难帮扶 ---------------------------------------------------------------------------
    def _aid(self) -> None:
        rng = self.rng
        t = self.t
        years = list(range(self.first_day.year, self.today.year + 1))
        programs = self.ref.programs
        standards = {}
        for back, amount in enumerate(STANDARDS):
            year = self.today.year - back
            fen = int(amount.replace(",", "")) * 100
            standards[year] = fen
            self.writer.execute("setting", "INSERT INTO setting (key, value) VALUES (?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                [(f"dibao_monthly_fen:{year}", str(fen))])
        total = self.counts["aid_paid"]
        warm_total = round(total * AID_SHARES[WARM]) if WARM in programs else 0
        files = self._files(max(1, round(warm_total / len(years) * 2.2)), standards)

        # plans: (applied, station, person, program, batch key, requested fen, fate)
        plans: list[_AidPlan] = []
        batches: dict[tuple[Any, ...], dict[str, Any]] = {}

        def batch_round(program: str, count: int, planned: dict[int, int], label: str,
                        from_files: bool) -> None:
            if program not in programs or count <= 0:
                return
            notice = programs[program][1]
            for index, (year, p_day) in enumerate(planned.items()):
                p_day = self.next_working(max(p_day, self.w[6] + 4))
                open_from = max(self.w[6], p_day - 9)  # applications taken from this day
                if p_day > t:
                    continue
                share = count // len(planned) + (1 if index < count % len(planned) else 0)
                if from_files:  # households in the registry at the time, all over the city
                    active = [(s, f[0]) for s, group in files.items() for f in group
                              if f[1] < open_from and (f[2] is None or f[2] > p_day)]
                    chosen = rng.sample(active, min(share, len(active)))
                else:
                    chosen = [(s, self.person_at(s, open_from)) for s in self.pick_stations(share)]
                by_station: dict[int, set[int]] = {}
                for s, pid in chosen:
                    by_station.setdefault(s, set()).add(pid)
                approve = p_day
                until = self.working_after(approve, notice) if notice else None
                paid = (until or approve) + self.ri(1, 3)
                for s, people in sorted(by_station.items()):
                    key = (program, year, label, s)
                    batches[key] = {"planned": p_day, "approved": approve, "until": until,
                                    "paid": paid, "station": s,
                                    "name": f"{year}年{label}", "program": program}
                    for pid in sorted(people):
                        applied = max(open_from, p_day - self.ri(5, 9))
                        fen = self.pick(AID_AMOUNTS[program]) * 100
                        plans.append((applied, s, pid, program, key, fen, "batch", None))

        warm_days = {}
        for year in years:
            festival = self.festivals.get(year, date(year, 1, 25)).toordinal()
            warm_days[year] = festival - 12
        batch_round(WARM, warm_total, warm_days, "春节送温暖", True)
        ill = round(total * AID_SHARES[ILLNESS])
        batch_round(ILLNESS, (ill + 1) // 2, {y: self.next_working(date(y, 6, 10).toordinal())
                                              for y in years}, "大病救助第一批", False)
        batch_round(ILLNESS, ill // 2, {y: self.next_working(date(y, 11, 20).toordinal())
                                        for y in years}, "大病救助第二批", False)
        batch_round(SCHOOL, round(total * AID_SHARES[SCHOOL]),
                    {y: self.next_working(date(y, 8, 20).toordinal()) for y in years},
                    "金秋助学", True)
        paid_batches = sum(1 for p in plans if p[4] is not None and batches[p[4]]["paid"] <= t)
        # Paid one by one: 生活救助 (registered households) and 医疗互助 fill up to the total.
        taken: set[tuple[int, str, int]] = set()
        # 转帮扶: applications made by aid.route_from_intake (生活救助, or the first program),
        # reviewed, approved and paid like the others, some refused; the last weeks' on their way.
        routed_program = LIVING if LIVING in programs else next(iter(programs))
        routed_paid = 0
        for source in self.routed[Handling.TO_AID]:
            year = self.years[source.day - self.lo]
            fen = self.pick(AID_AMOUNTS.get(routed_program, (800, 2000, 5000))) * 100
            fate = "open" if source.day > t - 25 else "paid" if rng.random() < 0.85 \
                else "rejected"
            if fate == "paid" and (source.person, routed_program, year) in taken:
                fate = "duplicate"
            taken.add((source.person, routed_program, year))
            routed_paid += fate == "paid"
            plans.append((source.day, source.station, source.person, routed_program, None, fen,
                          fate, source))
        individual = max(0, total - paid_batches - routed_paid)
        living = (min(individual, max(0, round(total * AID_SHARES[LIVING]) - routed_paid))
                  if LIVING in programs else 0)
        fill = MEDICAL if MEDICAL in programs else next(iter(programs))
        all_files = [(s, f) for s, group in files.items() for f in group]
        for j in range(individual):
            program = LIVING if j < living else fill
            applied = self.w[7] + int(rng.random() * (t - 25 - self.w[7]))
            pid, s = self._aid_person(program, applied, all_files, taken)
            fen = (self.pick(AID_AMOUNTS[program]) * 100 if program in AID_AMOUNTS
                   else self.ri(500_00, 10_000_00 - 1))
            plans.append((applied, s, pid, program, None, fen, "paid", None))
        # Still on their way (the last weeks), and refused ones.
        for j in range(round(total * 0.02)):
            program = LIVING if j % 3 == 0 and LIVING in programs else fill
            applied = t - self.ri(0, 25)
            pid, s = self._aid_person(program, applied, all_files, taken)
            plans.append((applied, s, pid, program, None,
                          self.pick(AID_AMOUNTS.get(program, (800, 2000, 5000))) * 100, "open",
                          None))
        for _ in range(round(total * 0.015)):
            program = LIVING if LIVING in programs and rng.random() < 0.5 else fill
            applied = self.w[7] + int(rng.random() * (t - 10 - self.w[7]))
            pid, s = self._aid_person(program, applied, all_files, taken)
            plans.append((applied, s, pid, program, None,
                          self.pick(AID_AMOUNTS.get(program, (800, 2000, 5000))) * 100,
                          "rejected", None))
        # A 大病救助 batch of this month still being put together at the county centers.
        if ILLNESS in programs and t - 20 > self.w[7]:
            for st in self.stations:
                if st.level is StationLevel.COUNTY:
                    key = (ILLNESS, self.today.year, "大病救助追加批次", st.index)
                    batches[key] = {"planned": t - 3, "approved": None, "until": None,
                                    "paid": None, "station": st.index,
                                    "name": f"{self.today.year}年大病救助追加批次",
                                    "program": ILLNESS}
                    for _ in range(max(1, round(3 * self.scale * 100))):
                        plans.append((t - self.ri(4, 20), st.index,
                                      self.person_at(st.index, t - 20), ILLNESS, key,
                                      self.pick(AID_AMOUNTS[ILLNESS]) * 100, "draft",
                                      None))
        self._batches(batches, programs)
        self._applications(plans, batches, programs)
        self._budgets(programs)

    def _aid_person(self, program: str, applied: int,
                    files: list[tuple[int, tuple[int, int, int | None]]],
                    taken: set[tuple[int, str, int]]) -> tuple[int, int]:
        """The applicant: a registered household (for the programs that need one) or anyone,
        not aided twice under one program in one year."""
        rng = self.rng
        year = date.fromordinal(applied).year
        registered = program in (LIVING, WARM, SCHOOL) and bool(files)
        for attempt in range(40):
            if registered and attempt < 30:
                s, (pid, created, left) = files[int(rng.random() * len(files))]
                if created >= applied or (left is not None and left <= applied):
                    continue
            else:  # anyone registered before (an applicant without a file gets a warning)
                s = self.pick_stations(1)[0]
                pid = self.person_at(s, applied)
            if (pid, program, year) not in taken:
                break
        taken.add((pid, program, year))
        return pid, s

    def _files(self, count: int, standards: dict[int, int]
               ) -> dict[int, list[tuple[int, int, int | None]]]:
        """困难职工档案: 55% on the first days, the others over the years; some left hardship.
        Returns per station (person, created, left) of each file."""
        rng = self.rng
        t = self.t
        initial = int(count * 0.55)
        days = [self.w[5 + (j % 2)] for j in range(initial)]
        days += self.sample_days(count - initial, self.start, t - 30)
        stations = self.pick_stations(count)
        first = self.writer.ids("hardship_file", count)
        rows: list[Row] = []
        members: list[Row] = []
        holders: set[int] = set()
        out: dict[int, list[tuple[int, int, int | None]]] = {}
        causes_all = [c.value for c in HardshipCause if c is not HardshipCause.OTHER]
        for j in range(count):
            o = days[j]
            s = stations[j]
            st = self.stations[s]
            officer = st.staff[StaffRole.AID_OFFICER]
            pid = self.person_at(s, o)
            for _attempt in range(10):
                if pid not in holders:
                    break
                pid = self.person_at(s, o)
            else:
                continue
            holders.add(pid)
            left = o + self.ri(200, 900) if rng.random() < 0.3 else None
            if left is not None and left > t:
                left = None
            # A yearly review on each anniversary; leaving hardship is a review too.
            reviews = [o + 365 * y for y in range(1, 5) if o + 365 * y <= min(t, left or t)]
            if left is not None:
                reviews = [d for d in reviews if d < left] + [left]
            saved = reviews[-1] if reviews else o
            year = date.fromordinal(saved).year
            surname = self.p_name[pid - self.p_first][0]
            household: list[tuple[str, str, int, str, str, int]] = []
            for _m in range(rng.choices((0, 1, 2, 3, 4), (10, 30, 35, 20, 5))[0]):
                relation = self.pick(("配偶", "子女", "子女", "父母"))
                male = rng.random() < 0.5
                name = self.person_name(male, surname if relation != "配偶" else None)[0]
                age = {"配偶": self.ri(25, 65), "子女": self.ri(3, 24),
                       "父母": self.ri(55, 90)}[relation]
                work = "学生" if relation == "子女" and age < 23 else self.pick(WORK)
                income = 0 if work in ("学生", "无业") else self.pick((0, 12000, 24000, 36000))
                household.append((name, relation, age, self.pick(HEALTH), work, income * 100))
            size = 1 + len(household)
            costs = self.pick((0, 6000, 18000, 30000, 50000)) * 100
            standard = standards.get(year)
            suggested = None
            income = 0
            for _attempt in range(6):
                own = self.pick((6000, 12000, 24000, 36000)) * 100
                income = sum(m[5] for m in household) + own
                suggested = suggest_category(income, costs, size, standard)
                if suggested is not None:
                    break
            category = (suggested or HardshipCategory.RELATIVE).value
            status = FileStatus.ACTIVE
            if left is not None:
                status = FileStatus.CLOSED if rng.random() < 0.07 else FileStatus.OUT
            fid = first + j
            k = self.ri(200, 1500 - 1)
            stamp = self.ts(o, k)
            last = self.ts(saved, k)
            causes = rng.sample(causes_all, self.ri(1, 2))
            if any(m[1] == "子女" and m[4] == "学生" for m in household):
                causes = list(dict.fromkeys([*causes, HardshipCause.SCHOOLING.value]))[:3]
            rows.append((fid, self.uuids.one(), st.code, stamp, officer, last, officer,
                         1 + len(reviews), None, pid, year, size, income, costs,
                         per_capita_monthly_fen(income, costs, size),
                         None if suggested is None else suggested.value, category,
                         ",".join(causes), self.pick(BANKS),
                         "6228480" + f"{rng.getrandbits(40) % 10**12:012d}", None, status.value,
                         self.iso[saved + 365 - self.lo], self.day(reviews[-1] if reviews
                                                                    else None), ""))
            for order, member in enumerate(household):
                members.append((0, self.uuids.one(), st.code, last, officer, last, officer, 1,
                                None, fid, *member, order))
            out.setdefault(s, []).append((pid, o, left))
            if len(rows) >= CHUNK:
                self.write("hardship_file", rows, "困难职工档案", j + 1, count)
                rows = []
        self.write("hardship_file", rows, "困难职工档案", count, count)
        start = self.writer.ids("household_member", len(members))
        self.writer.write("household_member", [(start + j, *row[1:])
                                               for j, row in enumerate(members)])
        return out

    def _batches(self, batches: dict[tuple[Any, ...], dict[str, Any]],
                 programs: dict[str, tuple[int, int]]) -> None:
        t = self.t
        ordered = sorted(batches.items(), key=lambda kv: (kv[1]["planned"], kv[1]["station"],
                                                          kv[1]["name"]))
        first = self.writer.ids("aid_batch", len(ordered))
        rows: list[Row] = []
        for j, (_key, b) in enumerate(ordered):
            st = self.stations[b["station"]]
            officer = st.staff[StaffRole.AID_OFFICER]
            head = st.staff[StaffRole.STATION_HEAD]
            b["id"] = first + j
            planned, approved, paid = b["planned"], b["approved"], b["paid"]
            if approved is not None and approved > t:
                approved = b["approved"] = None
            if paid is not None and (paid > t or approved is None):
                paid = b["paid"] = None
            status = (BatchStatus.PAID if paid else BatchStatus.APPROVED if approved
                      else BatchStatus.DRAFT)
            created = self.ts(max(planned - 12, self.w[7]), 100)
            last_day = paid or approved
            last = self.ts(last_day, 1800) if last_day else created
            rows.append((b["id"], self.uuids.one(), st.code, created, officer, last,
                         head if status is BatchStatus.APPROVED else officer,
                         1 + (approved is not None) + (paid is not None), None, b["name"],
                         programs[b["program"]][0], int(self.iso[planned - self.lo][:4]),
                         self.iso[planned - self.lo], status.value, self.day(approved),
                         self.day(approved if b["until"] else None),
                         self.day(b["until"] if approved else None), self.day(paid),
                         PaymentMethod.BANK.value if paid else None))
        self.write("aid_batch", rows, "救助批次", len(rows), len(rows))

    def _applications(self, plans: list[_AidPlan],
                      batches: dict[tuple[Any, ...], dict[str, Any]],
                      programs: dict[str, tuple[int, int]]) -> None:
        """救助申请 in the order they were made, through review, approval and payment."""
        rng = self.rng
        t = self.t
        plans.sort(key=lambda p: (p[0], p[1]))
        n = len(plans)
        first = self.writer.ids("aid_application", n)
        kind = RecordKind.AID.value
        rows: list[Row] = []
        event = self.eventer()
        self.paid = 0
        self.aid_approved: Counter[tuple[int, int]] = Counter()  # (program id, year) -> fen
        route = self.router(Handling.TO_AID)
        for j, (applied, s, pid, program, key, fen, fate, source) in enumerate(plans):
            st = self.stations[s]
            officer = st.staff[StaffRole.AID_OFFICER]
            head = st.staff[StaffRole.STATION_HEAD]
            program_id, notice = programs[program]
            batch = batches[key] if key is not None else None
            uuid = self.uuids.one()
            year = int(self.iso[applied - self.lo][:4])
            number = self.number(st.code, RecordKind.AID, year)
            if source is None:
                reason = self.pick(AID_REASONS)
                k = self.ri(0, 500 - 1)
                creator, note, requested = officer, reason[:200], fen
            else:  # as aid.route_from_intake makes it: the amount is set at the review
                reason, k = source.summary[:2000], source.slot
                creator, note, requested = (st.staff[StaffRole.CLERK],
                                            f"由信访案件{source.number}转入", 0)
            created = self.ts(applied, k)
            event(kind, uuid, st.code, creator, applied, k, "申请", note)
            if source is not None:
                route(source, kind, uuid, number)
            status = AidStatus.APPLIED
            version = 1
            last, last_by = created, creator
            reviewed = approved_on = paid_on = method = reject_reason = None
            approved_fen = None
            receipt = False
            if batch is not None:
                limit = batch["planned"] - 1
                plan_review = min(limit, applied + self.ri(1, 2))
                plan_approve = min(limit, plan_review + 1)
                if fate == "draft":
                    stage = self.pick(("applied", "reviewed", "approved"))
                    plan_review = applied + 1 if stage != "applied" else t + 1
                    plan_approve = applied + 2 if stage == "approved" else t + 1
                plan_pay = batch["paid"]
            else:
                plan_review = applied + self.ri(1, 3)
                plan_approve = plan_review + self.ri(1, 3)
                until = self.working_after(plan_approve, notice) if notice else plan_approve
                plan_pay = until + self.ri(1, 10)
                if fate == "paid" and plan_pay > t:
                    plan_review, plan_approve, plan_pay = t - 3, t - 2, t
            if fate in ("rejected", "duplicate"):
                reject_reason = (self.pick(AID_REJECT_REASONS) if fate == "rejected"
                                 else AID_REJECT_REASONS[-1])
                day = applied + self.ri(2, 6)
                status = AidStatus.REJECTED
                k += STEP
                event(kind, uuid, st.code, officer, day, k, "不予救助", reject_reason)
                version += 1
                last = self.ts(day, k)
            elif plan_review <= t:
                reviewed = plan_review
                approved_fen = fen if rng.random() < 0.9 else fen * 8 // 10 // 100 * 100
                status = AidStatus.REVIEWED
                k += STEP
                event(kind, uuid, st.code, officer, reviewed, k, "审核", "")
                version += 1
                last = self.ts(reviewed, k)
                if plan_approve <= t:
                    approved_on = plan_approve
                    status = AidStatus.APPROVED
                    k += STEP
                    event(kind, uuid, st.code, head, approved_on, k, "审批", "")
                    version += 1
                    last, last_by = self.ts(approved_on, k), head
                    self.aid_approved[(program_id, year)] += approved_fen
                    if plan_pay is not None and plan_pay <= t and fate in ("batch", "paid"):
                        paid_on = plan_pay
                        status = AidStatus.PAID
                        pay_method = (PaymentMethod.BANK if batch is not None
                                      or rng.random() < 0.7 else PaymentMethod.CASH)
                        method = pay_method.value
                        receipt = batch is None
                        k += STEP
                        event(kind, uuid, st.code, officer, paid_on, k, "发放",
                              f"{method} {format_yuan(approved_fen)}元")
                        version += 1
                        last, last_by = self.ts(paid_on, k), officer
                        self.paid += 1
            rows.append((first + j, uuid, st.code, created, creator, last, last_by, version, None,
                         number, pid, program_id,
                         batch["id"] if batch is not None else None, self.iso[applied - self.lo],
                         year, reason, requested, approved_fen, status.value, self.day(reviewed),
                         officer if reviewed else None, None, self.day(approved_on),
                         head if approved_on else None, self.day(paid_on), method, int(receipt),
                         reject_reason))
            if len(rows) >= CHUNK:
                self.write("aid_application", rows, "困难帮扶", j + 1, n)
                rows = []
        self.write("aid_application", rows, "困难帮扶", n, n)

    def _budgets(self, programs: dict[str, tuple[int, int]]) -> None:
        rows: list[Row] = []
        existing = self.ref.budgets
        first = self.writer.ids("aid_budget", len(programs) * (YEARS_BACK + 1))
        for year in range(self.first_day.year, self.today.year + 1):
            day = max(self.w[0], date(year, 1, 4).toordinal())
            for program_id, _notice in programs.values():
                if (program_id, year) in existing:
                    continue
                spent = self.aid_approved[(program_id, year)]
                budget = max(10_000_00, -(-spent * 115 // 100 // 1_000_000) * 1_000_000)
                if year == self.today.year:
                    budget = max(budget, -(-spent * 13 // 10 // 1_000_000) * 1_000_000)
                head = self.stations[0].staff[StaffRole.STATION_HEAD]
                stamp = self.ts(day, 50 + len(rows))
                rows.append((first + len(rows), self.uuids.one(), self.own_station, stamp, head,
                             stamp, head, 1, None, program_id, year, budget))
        self.write("aid_budget", rows, "救助预算", len(rows), len(rows))

    # -- 就业推荐 ---------------------------------------------------------------------------
    def _jobs(self) -> None:
        rng = self.rng
        t = self.t
        n_fairs = self.counts["fairs"]
        # Fairs: the 春风行动 in spring most, graduates in summer, the autumn campaign.
        spring = self.sample_days(n_fairs, self.start, t, {2: 3.0, 3: 4.0, 4: 2.0, 7: 0.8,
                                                              8: 0.8, 9: 1.2, 10: 1.2, 11: 1.0,
                                                              1: 0.05, 5: 0.3, 6: 0.4, 12: 0.05})
        hosts = [s for s in self.stations if s.level is not StationLevel.TOWN]
        big_towns = sorted((s for s in self.stations if s.level is StationLevel.TOWN),
                           key=lambda s: -s.weight)[:10]
        hosts += big_towns
        fair_rows: list[Row] = []
        fair_employers: list[Row] = []
        positions: list[Row] = []
        first_fair = self.writer.ids("job_fair", n_fairs)
        self.fair_positions: dict[int, list[tuple[int, int, str, int]]] = {}
        fairs: list[tuple[int, int, int]] = []  # id, station, day
        seen_names: Counter[str] = Counter()
        for j, o in enumerate(spring):
            st = self.pick(hosts)
            d = date.fromordinal(o)
            region = st.county or "嘉兴市"
            if d.month in (2, 3, 4):
                campaign = f"春风行动{d.year}"
                base = self.pick((f"{d.year}年春风行动{region}专场招聘会",
                                   f"{d.year}年{region}返乡农民工专场招聘会",
                                   f"{d.year}年春风行动{st.town or region}企业用工对接会"))
            elif d.month in (7, 8):
                campaign = ""
                base = f"{d.year}年{region}高校毕业生专场招聘会"
            else:
                campaign = f"金秋招聘月{d.year}" if d.month in (9, 10, 11) else ""
                base = self.pick((f"{d.year}年{region}金秋招聘会",
                                   f"{d.year}年{region}退役军人专场招聘会"))
            seen_names[base] += 1
            name = base if seen_names[base] == 1 else base.replace(
                "招聘会", f"招聘会（第{seen_names[base]}场）").replace(
                "对接会", f"对接会（第{seen_names[base]}场）")
            venue = self.pick((f"{region}人力资源市场", f"{st.town or region}文化广场",
                                "嘉兴国际会展中心" if st.level is StationLevel.CITY
                                else f"{region}职工服务中心大厅"))
            fid = first_fair + j
            officer = st.staff[StaffRole.EMPLOYMENT_OFFICER]
            created = self.ts(max(o - 14, self.w[5]), 300)
            fair_rows.append((fid, self.uuids.one(), st.code, created, officer, created, officer,
                              1, None, name, self.iso[o - self.lo], venue,
                              "嘉兴市总工会" if st.level is StationLevel.CITY
                              else f"{region}总工会", campaign, None, None))
            fairs.append((fid, st.index, o))
            ci = st.county_index
            k_emp = bisect_left(self.e_days[ci], o - 14) if ci >= 0 else 0
            pool = self.e_ids[ci][:k_emp] if ci >= 0 else [
                e for c in range(len(COUNTIES)) for e in self.e_ids[c][:bisect_left(
                    self.e_days[c], o - 14)]]
            wanted = min(len(pool), self.ri(15, 45))
            for e_index, eid in enumerate(sorted(rng.sample(pool, wanted))):
                stamp = self.ts(max(o - 7, self.w[5]), 400 + e_index % 1000)
                fair_employers.append((0, self.uuids.one(), st.code, stamp, officer, stamp,
                                       officer, 1, None, fid, eid))
                for title, low, high, needs in rng.sample(JOB_TITLES, self.ri(1, 3)):
                    positions.append((0, self.uuids.one(), st.code, stamp, officer, stamp,
                                      officer, 1, None, eid, fid, title, self.ri(1, 20),
                                      low * 100, high * 100, needs, 1))
                    self.fair_positions.setdefault(fid, []).append(
                        (0, eid, title, len(positions) - 1))
        self.write("job_fair", fair_rows, "招聘会", len(fair_rows), len(fair_rows))
        first = self.writer.ids("fair_employer", len(fair_employers))
        self.write("fair_employer", [(first + j, *row[1:]) for j, row in
                                     enumerate(fair_employers)], "招聘会企业",
                   len(fair_employers), len(fair_employers))
        # Positions offered at the desk, per county, over the years.
        n_desk = scaled(DESK_POSITIONS, self.scale, 10)
        desk_days = self.sample_days(n_desk, self.w[5], t)
        desk_by_county: list[list[tuple[int, int]]] = [[] for _ in COUNTIES]  # (day, row index)
        for o in desk_days:
            ci = self.ri(0, len(COUNTIES) - 1)
            found = self.employer_at(ci, o)
            if found is None:
                continue
            st = self.by_county[ci][0]
            officer = st.staff[StaffRole.EMPLOYMENT_OFFICER]
            title, low, high, needs = self.pick(JOB_TITLES)
            stamp = self.ts(o, self.ri(0, 600 - 1))
            desk_by_county[ci].append((o, len(positions)))
            positions.append((0, self.uuids.one(), st.code, stamp, officer, stamp, officer, 1,
                              None, found, None, title, self.ri(1, 10), low * 100, high * 100,
                              needs, 1))
        first_position = self.writer.ids("position", len(positions))
        positions = [(first_position + j, *row[1:]) for j, row in enumerate(positions)]
        self.write("position", positions, "岗位", len(positions), len(positions))
        self._seekers(fairs, positions, desk_by_county)

    def _seekers(self, fairs: list[tuple[int, int, int]], positions: list[Row],
                 desk_by_county: list[list[tuple[int, int]]]) -> None:
        """求职登记 at the fairs (60%) and at the desk, each referred at least once; a seeker
        not hired may be referred again."""
        rng = self.rng
        t = self.t
        n = self.counts["seekers"]
        at_fairs = int(n * 0.6) if fairs else 0
        fair_cum = list(accumulate(len(self.fair_positions.get(f[0], ())) + 1 for f in fairs))
        # day, station, fair id, the intake case routed from (转就业, as jobs.route_from_intake)
        plans: list[tuple[int, int, int | None, _Routed | None]] = []
        for index in (rng.choices(range(len(fairs)), cum_weights=fair_cum, k=at_fairs)
                      if fairs else []):
            fair_id, s, o = fairs[index]
            plans.append((o, s, fair_id, None))
        routed = self.routed[Handling.TO_JOBS]
        at_desk = n - at_fairs - len(routed)
        for o, s in zip(self.sample_days(at_desk, self.start, t), self.pick_stations(at_desk),
                        strict=True):
            plans.append((o, s, None, None))
        plans.extend((r.day, r.station, None, r) for r in routed)
        plans.sort(key=lambda p: (p[0], p[1], p[3] is not None, p[3].case_id if p[3] else 0))
        route = self.router(Handling.TO_JOBS)
        desk_days = [[d for d, _i in group] for group in desk_by_county]
        first = self.writer.ids("job_seeker", n)
        kind = RecordKind.JOB.value
        educations = [e.value for e, _w in EDUCATION_WEIGHTS]
        education_w = [w for _e, w in EDUCATION_WEIGHTS]
        situations = [s.value for s, _w in SITUATION_WEIGHTS]
        situation_w = [w for _s, w in SITUATION_WEIGHTS]
        rows: list[Row] = []
        referrals: list[Row] = []
        event = self.eventer()
        for j, (o, s, fid, source) in enumerate(plans):
            st = self.stations[s]
            officer = st.staff[StaffRole.EMPLOYMENT_OFFICER]
            pid = self.person_at(s, o) if source is None else source.person
            ci = st.county_index if st.county_index >= 0 else self.ri(0, len(COUNTIES) - 1)
            offered = self.fair_positions.get(fid, []) if fid is not None else []
            first_position: Row | None = None
            if offered:
                first_position = positions[offered[int(rng.random() * len(offered))][3]]
            else:
                k_desk = bisect_left(desk_days[ci], o)
                pool = desk_by_county[ci][max(0, k_desk - 60):k_desk]
                first_position = positions[self.pick(pool)[1]] if pool else None
            desired = first_position[11] if first_position is not None else \
                self.pick(JOB_TITLES)[0]
            sid = first + j
            uuid = self.uuids.one()
            number = self.number(st.code, RecordKind.JOB, int(self.iso[o - self.lo][:4]))
            if source is None:
                k = self.ri(0, 600 - 1)
                creator, note = officer, desired
            else:
                k = source.slot
                creator, note = st.staff[StaffRole.CLERK], f"由信访案件{source.number}转入"
            created = self.ts(o, k)
            event(kind, uuid, st.code, creator, o, k, "求职登记", note)
            if source is not None:
                route(source, kind, uuid, number)
            version = 1
            last = created
            referred = min(t, o + (0 if fid is not None and rng.random() < 0.8
                                   else self.ri(0, 3)))
            position: Row | None = first_position
            for attempt in range(2):
                if referred > t:
                    break
                if position is None:
                    ent = self.employer_at(ci, referred)
                    if ent is None:
                        break
                    position_id, enterprise, title, fair = None, ent, "", None
                else:
                    position_id, enterprise, title, fair = (position[0], position[9],
                                                            position[11], position[10])
                k += STEP
                stamp = self.ts(referred, k)
                event(kind, uuid, st.code, officer, referred, k, "推荐",
                      f"{self.e_name[enterprise - self.e_first]} {title}".strip())
                version += 1
                last = stamp
                result = ReferralResult.PENDING
                answered = start = reason = None
                r = rng.random()
                answer = referred + self.ri(3, 12)
                if answer <= t and (t - referred > ANSWER_BY or (t - referred > 20 and r < 0.92)
                                    or r < 0.5):
                    answered = answer
                    if rng.random() < 0.3:
                        result = ReferralResult.PLACED
                        start = min(t, answer + self.ri(0, 7))
                    else:
                        result = ReferralResult.NOT_HIRED
                        reason = self.pick(NOT_HIRED_REASONS)
                r_version = 1
                r_last = stamp
                if answered is not None:
                    k += STEP
                    event(kind, uuid, st.code, officer, answered, k, "反馈",
                          f"已上岗 {self.iso[start - self.lo]}" if start is not None
                          else f"未录用：{reason}")
                    r_version = 2
                    r_last = self.ts(answered, k)
                referrals.append((0, self.uuids.one(), st.code, stamp, officer, r_last, officer,
                                  r_version, None, sid, enterprise, position_id, fair,
                                  self.iso[referred - self.lo],
                                  self.iso[referred + FOLLOW_UP_DAYS - self.lo], result.value,
                                  self.day(start), reason, self.day(answered)))
                if result is not ReferralResult.NOT_HIRED or answered is None \
                        or attempt or rng.random() > 0.4:
                    break
                referred = answered + self.ri(1, 10)
                k_desk = bisect_left(desk_days[ci], referred)
                pool = desk_by_county[ci][max(0, k_desk - 60):k_desk]
                position = positions[self.pick(pool)[1]] if pool else None
            profile: tuple[Any, ...]
            if source is None:
                profile = (rng.choices(educations, education_w)[0], self.pick(SKILLS), desired,
                           self.ri(8, 18) * 500 * 100, rng.choices(situations, situation_w)[0],
                           (SeekerSource.FAIR if fid is not None else SeekerSource.DESK).value,
                           fid, "")
            else:  # what the router writes: the request as notes, the rest as the model's
                profile = (None, "", "", None, SeekerSituation.UNEMPLOYED.value,
                           SeekerSource.INTAKE.value, None, source.summary[:1000])
            rows.append((sid, uuid, st.code, created, creator, last,
                         officer if version > 1 else creator, version, None, number,
                         pid, self.iso[o - self.lo], *profile))
            if len(rows) >= CHUNK:
                self.write("job_seeker", rows, "就业推荐", j + 1, n)
                rows = []
        self.write("job_seeker", rows, "就业推荐", n, n)
        start_id = self.writer.ids("referral", len(referrals))
        self.writer.write("referral", [(start_id + j, *row[1:]) for j, row in
                                       enumerate(referrals)])

    # -- numbers and the audit trail ----------------------------------------------------------
    def _sequences(self) -> None:
        """Later numbers go on past the demo's (a number is never handed out twice)."""
        self.writer.execute(
            "number_sequence",
            "INSERT INTO number_sequence (station_code, kind, year, last) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(station_code, kind, year) DO UPDATE SET last = max(last, excluded.last)",
            [(*key, last) for key, last in sorted(self.sequences.items())])

    def _audit(self) -> None:
        """One create event per reference record; one summary event per bulk table."""
        rows: list[Row] = []
        booleans = {table: {c.name for c in MODELS[table].__table__.columns
                            if isinstance(c.type, Boolean)} for table in AUDITED_ONE_BY_ONE}
        for table, row in self.audited:
            values = dict(zip(COLUMNS[table], row, strict=True))
            for name in booleans[table]:
                values[name] = bool(values[name])
            rows.append((None, self.uuids.one(), values["created_at"], values["created_by"],
                         values["station_code"], table,
                         values["uuid"], "create", creation_changes(values)))
        for table in sorted(self.writer.written):
            if table in AUDITED_ONE_BY_ONE or table == "audit_event":
                continue
            changes = {"demo": [None, "city"], "rows": [None, self.writer.written[table]],
                       "seed": [None, self.seed], "first_id": [None, self.writer.first[table]],
                       "last_id": [None, self.writer.next_ids[table] - 1]}
            rows.append((None, self.uuids.one(), self.now_text, DEMO_OPERATOR, self.own_station,
                         table, self.uuids.one(), "create",
                         json.dumps(changes, ensure_ascii=False, sort_keys=True)))
        first_id = self.writer.ids("audit_event", len(rows))
        rows = [(first_id + j, *row[1:]) for j, row in enumerate(rows)]
        for start in range(0, len(rows), CHUNK):
            self.writer.write("audit_event", rows[start:start + CHUNK])
            self.report(min(start + CHUNK, len(rows)), len(rows), "审计记录")


__all__ = ["CityDemo", "check_columns", "compose_pinyin", "planned_counts"]
