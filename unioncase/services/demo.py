"""Realistic, valid demo data, seeded so every run gives the same database."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlmodel import col, func, select

from unioncase.domain.enums import Household, StaffRole, StationLevel
from unioncase.domain.errors import ConflictError, ValidationError
from unioncase.domain.jobs import Education, SeekerSituation
from unioncase.domain.validators import credit_code_check_char, id_check_char
from unioncase.models import Person
from unioncase.models.jobs import JobFairRead
from unioncase.services.aid import ApplicationInput, BatchInput, FileInput, MemberInput
from unioncase.services.jobs import FairInput, PositionInput, ReferralInput, SeekerInput
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
INTAKE_CASES = {"small": 120}
MEDIATION_CASES = {"small": 40}
AID_FILES = {"small": 60}
JOB_SEEKERS = {"small": 80}
JOB_FAIRS = [("春风行动南湖区专场招聘会", "南湖区人力资源市场"),
             ("经开区企业用工对接会", "嘉兴经济技术开发区职工服务中心"),
             ("秀洲区返乡农民工专场招聘会", "秀洲区王店镇文化广场")]
JOB_TITLES = [("电工", 5500, 7500, "持电工证"), ("焊工", 6000, 8000, "持焊工证"),
              ("普工", 4200, 5200, "身体健康"), ("叉车司机", 5000, 6500, "持叉车证"),
              ("仓库管理员", 4500, 6000, "会使用电脑"), ("数控车工", 6000, 9000, "两年以上经验"),
              ("缝纫工", 4500, 7000, "计件工资"), ("货车司机", 6500, 9000, "B2驾照")]
DEMO_ORGANIZATIONS = [
    ("南湖区东栅街道劳动争议调解委员会", "镇街", "东栅街道"),
    ("嘉兴经济技术开发区劳动争议调解中心", "园区", "嘉兴经济技术开发区"),
    ("秀洲区纺织行业劳动争议调解委员会", "行业", "王店镇"),
]
AID_BUDGETS = {"送温暖": "200,000", "大病救助": "300,000", "金秋助学": "100,000",
               "生活救助": "80,000", "医疗互助": "150,000"}
HEALTH = ["健康", "慢性病", "残疾", "重病", "尿毒症"]
WORK = ["无业", "务农", "灵活就业", "学生", "退休"]
AID_REASONS = ["本人患重病住院治疗，医疗费用负担重", "配偶下岗失业，子女上学，家庭收入低",
               "因意外事故致残，家庭生活困难", "子女考入大学，学费负担较重",
               "家中老人长期卧床，需要照料，收入微薄"]
DISPUTES = ["劳动报酬", "解除劳动合同", "社会保险", "工伤待遇", "经济补偿", "其他"]
CLAIM_ITEMS = {
    "劳动报酬": ["拖欠工资", "加班工资"],
    "解除劳动合同": ["违法解除劳动合同赔偿金", "代通知金"],
    "社会保险": ["未缴社会保险补偿"],
    "工伤待遇": ["一次性伤残补助金", "停工留薪期工资"],
    "经济补偿": ["经济补偿金"],
    "其他": ["未休年休假工资"],
}
DISPUTE_FACTS = {
    "劳动报酬": "申请人在被申请人处工作，被申请人拖欠申请人工资至今未付。",
    "解除劳动合同": "被申请人未提前通知即解除与申请人的劳动合同。",
    "社会保险": "被申请人未依法为申请人缴纳社会保险费。",
    "工伤待遇": "申请人在工作中受伤并经认定为工伤，被申请人未支付工伤待遇。",
    "经济补偿": "劳动合同期满后被申请人不再续订，未支付经济补偿。",
    "其他": "申请人要求被申请人支付未休年休假工资。",
}
INTAKE_SUMMARIES = {
    "欠薪": ["公司拖欠三个月工资未发，多次讨要无果", "项目完工后包工头拖欠农民工工资",
             "离职后公司拒绝结算最后一个月工资"],
    "劳动合同": ["入职半年公司未签订书面劳动合同", "公司单方面调岗降薪",
                 "合同到期公司不续签也不给补偿"],
    "社会保险": ["公司未给缴纳社会保险", "社保缴费基数低于实际工资", "离职后社保转移手续无人办理"],
    "工伤": ["上班途中发生交通事故，公司不认定工伤", "工伤认定后公司拒付停工留薪期工资"],
    "劳动安全卫生": ["车间粉尘大，公司未发放防护用品", "夏季高温作业无防暑降温措施"],
    "政策咨询": ["咨询困难职工帮扶申请条件", "咨询职工医疗互助保障办理流程",
                 "咨询春风行动招聘会时间"],
    "心理咨询": ["长期加班压力大，希望得到心理疏导", "家庭变故后情绪低落"],
    "其他": ["反映企业工会换届问题", "咨询职工书屋开放时间"],
}
CLOSING_RESULTS = [
    "经协调，企业已补发所欠工资。", "已向当事人解释相关政策，当事人表示理解。",
    "已转人社部门依法处理，并告知当事人。", "企业已与职工补签劳动合同。",
    "经调解双方达成一致意见。",
]
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
            from unioncase.services.demo_city import CityDemo

            return CityDemo(self.app).fill(seed=seed, progress=progress)
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
        cases = self._intake_cases(rng, today, INTAKE_CASES[size], report)
        disputes = self._mediation_cases(rng, today, MEDIATION_CASES[size], report)
        aid = self._aid(rng, today, AID_FILES[size], report)
        seekers = self._jobs(rng, today, enterprise_ids, JOB_SEEKERS[size], report)
        return {"职工": persons, "用人单位": len(enterprise_ids), "信访接待": cases,
                "劳动争议调解": disputes, "困难帮扶": aid, "就业推荐": seekers}

    def _jobs(self, rng: random.Random, today: date, enterprise_ids: list[int], count: int,
              report: Progress) -> int:
        """Three fairs of the spring campaign with employers and positions, seekers at the
        fairs and at the desk, referrals with results (some waiting for an answer)."""
        jobs = self.app.jobs
        fairs = []
        for k, (name, venue) in enumerate(JOB_FAIRS):
            held = today - timedelta(days=(len(JOB_FAIRS) - k) * 30 + rng.randint(0, 10))
            fairs.append(jobs.create_fair(FairInput(name, held.isoformat(), venue,
                                                    "南湖区总工会", f"春风行动{today.year}")))
        positions = []
        for fair in fairs:
            for enterprise_id in rng.sample(enterprise_ids, min(6, len(enterprise_ids))):
                for title, low, high, needs in rng.sample(JOB_TITLES, 2):
                    positions.append(jobs.add_position(PositionInput(
                        enterprise_id, title, rng.randint(1, 12), str(low), str(high), needs,
                        fair.id)))
        with self.app.ctx.read() as session:
            ids = [i for i in session.exec(select(Person.id).order_by(col(Person.id))).all()
                   if i is not None]
        for i, person_id in enumerate(rng.sample(ids, min(count, len(ids)))):
            at_fair: JobFairRead | None = rng.choice(fairs) if rng.random() < 0.7 else None
            title = rng.choice(JOB_TITLES)[0]
            registered = (at_fair.held_on if at_fair
                          else today - timedelta(days=rng.randint(0, 80)))
            seeker = jobs.register(SeekerInput(
                person_id=person_id, education=rng.choice(list(Education)).value,
                situation=rng.choice(list(SeekerSituation)).value, desired_job=title,
                desired_pay=str(rng.choice([4500, 5000, 6000, 7000])),
                skills=rng.choice(["", "电工证", "焊工证", "C1驾照", "叉车证"]),
                fair_id=at_fair.id if at_fair else None, registered_on=registered.isoformat()))
            fitting = [p for p in positions if p.title == title]
            if fitting and rng.random() < 0.8:
                position = rng.choice(fitting)
                referred = min(today, registered + timedelta(days=rng.randint(0, 3)))
                referral = jobs.refer(ReferralInput(seeker.id, position_id=position.id,
                                                    referred_on=referred.isoformat()))
                answer = min(today, referred + timedelta(days=rng.randint(3, 12)))
                if (today - referred).days > 20 or rng.random() < 0.5:
                    if rng.random() < 0.6:
                        jobs.record_result(referral.id, "已上岗", referral.version,
                                           start_on=answer.isoformat(), on=answer.isoformat())
                    else:
                        jobs.record_result(referral.id, "未录用", referral.version,
                                           reason=rng.choice(["技能不符", "本人放弃",
                                                              "岗位已满"]),
                                           on=answer.isoformat())
            report(i + 1, count, "就业推荐")
        return count

    def _aid(self, rng: random.Random, today: date, count: int, report: Progress) -> int:
        """Hardship files, budgets, two batches (one paid, one in draft) and applications in
        every stage, reviewed by the aid officer and approved by the station head."""
        aid = self.app.aid
        year = today.year
        aid.set_standard(year, "1,050")
        aid.set_standard(year - 1, "1,010")
        programs = {p.name: p for p in aid.programs(year)}
        for name, budget in AID_BUDGETS.items():
            aid.set_budget(programs[name].id, year, budget)
        operator = self.app.operator_name
        officer = next(s.name for s in self.app.staff.list()
                       if s.role is StaffRole.AID_OFFICER)
        head = next(s.name for s in self.app.staff.list() if s.role is StaffRole.STATION_HEAD)
        with self.app.ctx.read() as session:
            ids = [i for i in session.exec(select(Person.id).order_by(col(Person.id))).all()
                   if i is not None]
        chosen = rng.sample(ids, min(count, len(ids)))
        for i, person_id in enumerate(chosen):
            members = [MemberInput(make_name(rng), rng.choice(["配偶", "子女", "父母"]),
                                   str(rng.randint(6, 80)), rng.choice(HEALTH), rng.choice(WORK),
                                   str(rng.choice([0, 0, 12000, 24000, 36000])))
                       for _ in range(rng.randint(1, 3))]
            costs = rng.choice([0, 6000, 18000, 30000, 50000])
            income = sum(int(m.income) for m in members) + rng.choice([12000, 24000, 36000])
            file = aid.save_file(FileInput(
                person_id=person_id, year=year, members=members, income=str(income),
                essential_costs=str(costs),
                causes=rng.sample(["疾病", "残疾", "子女就学", "失业", "意外"], rng.randint(1, 2)),
                bank_name="中国农业银行嘉兴分行",
                bank_account="6228480" + "".join(str(rng.randrange(10)) for _ in range(12)),
                review_due=(today + timedelta(days=rng.randint(-20, 300))).isoformat()))
            if file.suggested_category is not None:
                aid.save_file(FileInput(
                    person_id=person_id, year=year, members=members, income=str(income),
                    essential_costs=str(costs), category=file.suggested_category.value,
                    causes=file.cause_list, bank_name=file.bank_name or "",
                    bank_account=file.bank_account or "",
                    review_due=file.review_due.isoformat() if file.review_due else ""),
                    file.version)
            report(i + 1, count, "困难职工档案")
        warm = programs["送温暖"].id
        paid_batch = aid.create_batch(BatchInput(f"{year}年春节送温暖", warm,
                                                 date(year, 1, 20).isoformat()))
        illness = programs["大病救助"].id
        draft = aid.create_batch(BatchInput(f"{year}年大病救助第二批", illness,
                                            (today - timedelta(days=5)).isoformat()))
        plans: list[tuple[int, int, int | None, str]] = (
                 [(person_id, warm, paid_batch.id, "paid") for person_id in chosen[:12]]
                 + [(person_id, illness, draft.id, rng.choice(["applied", "reviewed",
                                                               "approved"]))
                    for person_id in chosen[12:20]]
                 + [(person_id, programs[rng.choice(["医疗互助", "金秋助学", "生活救助"])].id,
                     None, rng.choice(["applied", "reviewed", "approved", "paid", "paid"]))
                    for person_id in chosen[20:]])
        for person_id, program, batch_id, stage in plans:
            amount = f"{rng.choice([500, 800, 1000, 2000, 3000, 5000])}"
            applied = (date(year, 1, 10) if batch_id == paid_batch.id
                       else today - timedelta(days=rng.randint(3, 60)))
            self.app.login(operator)
            case = aid.apply(ApplicationInput(person_id, program, amount, batch_id=batch_id,
                                              reason=rng.choice(AID_REASONS),
                                              applied_on=applied.isoformat()))
            if stage == "applied":
                continue
            self.app.login(officer)
            case = aid.review(case.id, case.version, approved=amount,
                              on=min(today, applied + timedelta(days=2)))
            if stage == "reviewed":
                continue
            self.app.login(head)
            case = aid.approve(case.id, case.version, on=min(today, applied + timedelta(days=4)))
            paid_on = applied + timedelta(days=20)  # after any public notice
            if stage == "paid" and batch_id is None and paid_on <= today:
                aid.pay(case.id, case.version, method=rng.choice(["现金", "银行转账"]),
                        on=paid_on)
        self.app.login(head)
        batch = aid.batch(paid_batch.id)
        batch = aid.approve_batch(batch.id, batch.version, on=date(year, 1, 15).isoformat())
        aid.pay_batch(batch.id, batch.version, method="银行转账",
                      on=date(year, 1, 22).isoformat())
        self.app.login(operator)
        return len(plans)

    def _mediation_cases(self, rng: random.Random, today: date, count: int,
                         report: Progress) -> int:
        """Mediation organizations and mediators, and a year of disputes at every stage."""
        from unioncase.services.mediation import (
            AgreedItemInput,
            AgreementInput,
            ApplicantInput,
            ClaimInput,
            MediationInput,
            MediatorInput,
            OrganizationInput,
            SessionInput,
        )

        med = self.app.mediation
        people = self.app.persons.page("", 0, 10_000)
        organizations = []
        for name, org_type, town in DEMO_ORGANIZATIONS:
            organizations.append(med.create_organization(OrganizationInput(
                name=name, org_type=org_type, town=town, contact=rng.choice(people).name,
                phone=f"0573-8{rng.randrange(10**6, 10**7):07d}")))
        mediators: dict[int, list[int]] = {}
        for i, person in enumerate(rng.sample(people, 2 * len(organizations))):
            org = organizations[i % len(organizations)]
            mediator = med.create_mediator(MediatorInput(
                organization_id=org.id, kind="专职" if i < len(organizations) else "兼职",
                person_id=person.id, certificate_number=f"嘉调证{2020 + i % 5}{i + 1:04d}"))
            mediators.setdefault(org.id, []).append(mediator.id)
        employers = [p for p in people if p.employer_id]
        for i in range(count):
            worker = rng.choice(employers)
            org = rng.choice(organizations)
            applied = today - timedelta(days=int(rng.triangular(0, 360, 30)))
            dispute = rng.choices(DISPUTES, [40, 20, 12, 10, 14, 4])[0]
            amounts = [rng.randrange(1500_00, 60000_00) for _ in range(rng.randint(1, 3))]
            case = med.apply(MediationInput(
                applicants=[ApplicantInput(person_id=worker.id)], dispute_type=dispute,
                claims=[ClaimInput(item=CLAIM_ITEMS[dispute][k % len(CLAIM_ITEMS[dispute])],
                                   amount_fen=amount) for k, amount in enumerate(amounts)],
                organization_id=org.id, mediator_ids=[rng.choice(mediators[org.id])],
                respondent_id=worker.employer_id, facts=DISPUTE_FACTS[dispute],
                applied_on=applied.isoformat()))
            age = (today - applied).days
            if age >= 1 or rng.random() < 0.5:
                accepted = min(today, applied + timedelta(days=rng.randint(0, 2)))
                case = med.accept(case.id, case.version, on=accepted)
                if age >= 4:
                    held = min(today, accepted + timedelta(days=rng.randint(1, 5)))
                    case = med.add_session(case.id, SessionInput(
                        held_on=held.isoformat(), place=f"{org.name}调解室",
                        attendees=f"申请人{worker.name}、被申请人代表、调解员",
                        record="双方陈述事实并出示证据，调解员释明法律规定，双方协商。"),
                        expected_version=case.version)
                    if age >= 10:
                        outcome = rng.random()
                        if outcome < 0.65:
                            agreed = [amount * rng.choice([100, 90, 80, 70]) // 100
                                      for amount in amounts]
                            case = med.agree(case.id, AgreementInput(
                                terms="被申请人于约定期限内向申请人支付下列款项，双方就本争议再无其他争议。",
                                items=[AgreedItemInput(
                                    item=CLAIM_ITEMS[dispute][k % len(CLAIM_ITEMS[dispute])],
                                    amount_fen=fen,
                                    due_on=(held + timedelta(days=rng.randint(7, 30))).isoformat())
                                    for k, fen in enumerate(agreed)],
                                concluded_on=held.isoformat()), expected_version=case.version)
                            if age >= 45 and rng.random() < 0.8:
                                med.record_performance(
                                    case.id, "已履行", expected_version=case.version,
                                    on=min(today, held + timedelta(days=rng.randint(7, 30))))
                        elif outcome < 0.9:
                            med.fail(case.id, "双方分歧较大，未能达成一致。", case.version,
                                     on=held)
                        else:
                            med.withdraw(case.id, "双方已自行和解。", case.version, on=held)
            report(i + 1, count, "劳动争议调解")
        return count

    def _intake_cases(self, rng: random.Random, today: date, count: int,
                      report: Progress) -> int:
        """Contacts over the last year, most handled to the end, some still open or late."""
        from unioncase.domain.intake import DEFAULT_CATEGORIES
        from unioncase.services.intake import IntakeInput

        people = self.app.persons.page("", 0, 10_000)
        intake = self.app.intake
        for i in range(count):
            person = rng.choice(people)
            channel = rng.choices(["来访", "来电", "来信", "网络"], [40, 45, 10, 5])[0]
            registered = today - timedelta(days=int(rng.triangular(0, 360, 20)))
            category = rng.choices(DEFAULT_CATEGORIES, [30, 18, 14, 10, 4, 14, 4, 6])[0]
            group = channel == "来访" and rng.random() < 0.08
            case = intake.register(IntakeInput(
                channel=channel, name=person.name, person_id=person.id,
                phone=person.phone or "", employer_id=person.employer_id,
                category=category, head_count=rng.randint(5, 30) if group else 1,
                summary=rng.choice(INTAKE_SUMMARIES[category]),
                call_seconds=rng.randint(60, 900) if channel == "来电" else None,
                letter_date=(registered - timedelta(days=rng.randint(2, 6))).isoformat()
                if channel == "来信" else "",
                sender_address=person.address or "" if channel == "来信" else "",
                registered_on=registered.isoformat(),
            ))
            age = (today - registered).days
            if age > 2 or rng.random() < 0.5:
                accepted = min(today, registered + timedelta(days=rng.randint(0, 3)))
                case = intake.accept(case.id, case.version, on=accepted)
                if age > 10 or rng.random() < 0.4:
                    case = intake.start(case.id, case.version, on=accepted)
                    if age > 20 and rng.random() < 0.9:
                        closed = min(today, accepted + timedelta(days=rng.randint(3, 50)))
                        case = intake.close(case.id, rng.choice(CLOSING_RESULTS), closed,
                                            expected_version=case.version)
                        if rng.random() < 0.7:
                            intake.callback(case.id, rng.choices(
                                ["满意", "基本满意", "不满意"], [70, 25, 5])[0],
                                expected_version=case.version,
                                on=min(today, closed + timedelta(days=rng.randint(1, 7))))
            report(i + 1, count, "信访接待")
        return count

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

