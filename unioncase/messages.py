"""Error codes → user-facing messages, in Simplified Chinese (default) and English.

The core raises errors with codes only; the CLI and the window turn them into text here, so both
say the same thing.  ``{param}`` placeholders are filled from the error's params.
"""

from __future__ import annotations

from typing import Any

from unioncase.domain.errors import UnionCaseError, ValidationErrors

# code: (Simplified Chinese, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "error": ("操作失败", "The operation failed"),
    "invalid": ("输入有误", "Invalid input"),
    "invalid_many": ("有多项输入有误，请按提示修改", "Several inputs are invalid"),
    "required": ("此项必填", "This field is required"),
    "too_long": ("内容过长，最多 {max} 个字", "Too long: at most {max} characters"),
    "id_number_format": (
        "身份证号应为18位：17位数字加1位数字或X",
        "An ID number has 18 characters: 17 digits and a digit or X",
    ),
    "id_number_checksum": (
        "身份证号校验位不正确，请核对",
        "The ID number's check character is wrong; please check it",
    ),
    "id_number_birth_date": (
        "身份证号中的出生日期不存在",
        "The birth date in the ID number does not exist",
    ),
    "id_number_future": (
        "身份证号中的出生日期晚于今天",
        "The birth date in the ID number is in the future",
    ),
    "credit_code_format": (
        "统一社会信用代码应为18位数字或大写字母",
        "A unified social credit code has 18 digits or capital letters",
    ),
    "credit_code_checksum": (
        "统一社会信用代码校验位不正确，请核对",
        "The credit code's check character is wrong; please check it",
    ),
    "phone_format": (
        "电话号码格式不正确（手机11位，固话如0573-82345678）",
        "Not a valid phone number (mobile: 11 digits; landline e.g. 0573-82345678)",
    ),
    "money_format": ("金额格式不正确", "Not a valid amount"),
    "money_precision": ("金额最多保留两位小数", "An amount has at most two decimals"),
    "money_negative": ("金额不能为负数", "The amount cannot be negative"),
    "money_zero": ("金额必须大于零", "The amount must be greater than zero"),
    "money_too_large": ("金额过大", "The amount is too large"),
    "date_format": (
        "日期格式应为 2022-03-05、2022/3/5 或 2022年3月5日",
        "Dates are written 2022-03-05, 2022/3/5 or 2022年3月5日",
    ),
    "date_invalid": ("日期不存在：{value}", "No such date: {value}"),
    "choice_invalid": ("不是可选的值：{value}", "Not one of the choices: {value}"),
    "not_found": ("找不到该记录：{key}", "No such record: {key}"),
    "number_not_found": ("找不到编号为 {number} 的记录", "No record numbered {number}"),
    "period_ambiguous": (
        "请只给出 --year 或 --from/--to 之一", "Give --year or --from/--to, not both",
    ),
    "period_required": (
        "请给出 --year 年份，或 --from 和 --to 日期", "Give --year, or --from and --to",
    ),
    "period_reversed": ("结束日期早于开始日期", "The end date is before the start date"),
    "year_invalid": ("年份{year}不在2000至2100之间", "The year {year} is not from 2000 to 2100"),
    "report_needs_out": (
        "{format}格式的报表请用 --out 指定文件", "A {format} report needs --out FILE",
    ),
    "wanted_invalid": ("招聘人数应为正整数", "The number wanted is a whole number above zero"),
    "pay_range_invalid": ("最高工资不能低于最低工资", "The highest pay cannot be below the lowest"),
    "position_closed": ("该岗位已停止招聘", "The position is no longer open"),
    "referral_answered": ("该推荐已有反馈结果", "The referral already has its result"),
    "person_required": ("请选择已登记的职工", "Choose a registered person"),
    "role_required": (
        "{step}须由{roles}办理，当前操作员无此职责",
        "{step} is for the {roles}: the current operator does not have that role",
    ),
    "household_size_invalid": ("家庭人口至少为1人", "A household has at least one member"),
    "age_invalid": ("年龄应为0至130之间的整数", "Age must be a whole number from 0 to 130"),
    "bank_account_invalid": (
        "银行账号应为10至30位数字", "A bank account number has 10 to 30 digits",
    ),
    "file_exists": (
        "{name}已有困难职工档案，请打开档案修改", "{name} already has a hardship file: open it",
    ),
    "program_exists": ("已有名为“{name}”的救助项目", "There is already a program named {name}"),
    "notice_days_invalid": (
        "公示天数应为0至30个工作日", "The public notice lasts 0 to 30 working days",
    ),
    "amount_positive": ("金额应大于零", "The amount must be above zero"),
    "program_inactive": ("该救助项目已停用", "This aid program is no longer in use"),
    "batch_wrong_program": (
        "所选批次不属于该救助项目", "The batch belongs to another aid program",
    ),
    "batch_closed": (
        "该批次已审批或已发放，不能再加入申请",
        "The batch is approved or paid: no more applications",
    ),
    "batch_empty": ("该批次还没有救助申请", "The batch has no applications"),
    "batch_not_approved": (
        "该批次还有{count}份申请未审批", "{count} applications of the batch are not approved yet",
    ),
    "notice_running": (
        "公示期至{until}，公示期满后方可发放", "The public notice runs until {until}: pay after it",
    ),
    "paid_with_batch": (
        "该申请属于批次，请按批次发放", "The application belongs to a batch: pay the batch",
    ),
    "approver_is_reviewer": (
        "审批人不能与审核人为同一人", "The approver must not be the one who reviewed it",
    ),
    "program_missing": ("没有可用的救助项目", "There is no aid program"),
    "duplicate_in_year": (
        "该职工本年度已在同一救助项目中申请或领取过救助",
        "The person already applied for or received this program's aid this year",
    ),
    "over_budget": (
        "该批次所属项目本年度的救助金额已超过预算",
        "The program's aid this year is over its budget",
    ),
    "not_in_registry": (
        "该项目要求困难职工档案，申请人尚未建档",
        "The program needs a hardship file: none for the applicant",
    ),
    "form_not_for_status": (
        "案件状态为“{status}”，不能打印{form}",
        "The case is '{status}': the {form} cannot be printed",
    ),
    "form_needs_session": (
        "该案件尚无调解记录，不能打印{form}",
        "The case has no session yet: no {form} to print",
    ),
    "session_not_found": (
        "没有第{session}次调解（该案件共调解{count}次）",
        "There is no session {session} (the case has {count})",
    ),
    "form_unknown": (
        "没有名为“{form}”的表单，可选：{choices}",
        "No form named '{form}'; choices: {choices}",
    ),
    "conflict": ("与已有记录冲突", "Conflicts with an existing record"),
    "stale": (
        "该记录已被他人修改，请重新打开后再保存",
        "Someone else changed this record; reopen it and save again",
    ),
    "person_exists": (
        "该身份证号已登记：{name}（{number}）",
        "This ID number is already registered: {name} ({number})",
    ),
    "enterprise_exists": (
        "该统一社会信用代码已登记：{name}（{number}）",
        "This credit code is already registered: {name} ({number})",
    ),
    "station_missing": (
        "尚未设置本服务站，请先运行 unioncase init --station-code 代码 --station-name 名称",
        "No station set; run unioncase init --station-code CODE --station-name NAME first",
    ),
    "station_code_format": (
        "服务站代码应为6至12位数字",
        "A station code has 6 to 12 digits",
    ),
    "storage": ("数据库错误", "Database error"),
    "database_missing": ("数据库文件不存在：{path}", "The database file does not exist: {path}"),
    "database_not_file": ("不是数据库文件：{path}", "Not a database file: {path}"),
    "database_too_new": (
        "该数据库由更新版本的 UnionCase 创建（版本 {revision}），请先升级本软件",
        "This database was made by a newer UnionCase (revision {revision}); upgrade first",
    ),
    "database_unreadable": (
        "无法打开数据库（文件可能已损坏或不是 UnionCase 数据库）：{path}",
        "Cannot open the database (damaged, or not a UnionCase database): {path}",
    ),
    "calendar_year_missing": (
        "节假日安排中没有 {year} 年的数据，期限可能不准确，请管理员补录",
        "The holiday calendar has no data for {year}; deadlines may be wrong",
    ),
    "demo_not_empty": (
        "数据库中已有业务数据，演示数据只能写入空数据库",
        "The database already holds records; demo data goes into an empty database only",
    ),
    "demo_size_unavailable": (
        "城市规模（{size}）的演示数据尚未提供，请使用 --size small",
        "City-size demo data ({size}) is not available yet; use --size small",
    ),
    "font_missing": ("找不到可嵌入的中文字体：{path}", "No embeddable Chinese font: {path}"),
    # 信访接待 and the shared case records
    "workflow_step": (
        "案件当前状态为“{status}”，不能进行此操作",
        "Not possible while the case is '{status}'",
    ),
    "extension_used": (
        "该案件已延期过一次，不能再次延期",
        "The case has already been extended once",
    ),
    "already_routed": (
        "该案件已{target}，不能重复转出",
        "The case has already been routed ({target}); it cannot be routed there again",
    ),
    "head_count_invalid": ("人数应为不小于1的整数", "The head count is a whole number, at least 1"),
    "seconds_invalid": (
        "通话时长应为不小于0的整数（秒）",
        "The call length is a whole number of seconds, at least 0",
    ),
    "date_future": ("日期不能晚于今天", "The date cannot be later than today"),
    "uuid_invalid": ("记录标识不是有效的 UUID", "The record's identifier is not a valid UUID"),
    # 备份与恢复
    "backup_unavailable": (
        "只有数据库文件才能备份", "Only a database file can be backed up",
    ),
    "backup_missing": ("找不到备份文件：{path}", "No such backup file: {path}"),
    "backup_not_database": (
        "不是 UnionCase 数据库的备份：{path}", "Not a backup of a UnionCase database: {path}",
    ),
    "backup_damaged": (
        "备份文件已损坏，未恢复：{path}", "The backup is damaged and was not restored: {path}",
    ),
    "backup_onto_itself": (
        "备份文件不能是正在使用的数据库本身", "The backup cannot be the database in use itself",
    ),
    "network_share": (
        "数据库位于网络共享文件夹中，SQLite 无法保证多人同时使用时的数据安全，请放在本机硬盘上",
        "The database is on a network share, where SQLite cannot guarantee its locking: keep "
        "it on a local disk",
    ),
    "removable_drive": (
        "数据库位于可移动磁盘（U盘）上，拔出时可能丢失数据，请放在本机硬盘上",
        "The database is on a removable drive, which may be pulled out mid-save: keep it on a "
        "local disk",
    ),
    # 同步
    "sync_passphrase_missing": (
        "请输入同步口令（也可用 --passphrase-file 或环境变量 UNIONCASE_SYNC_PASSPHRASE 提供）",
        "Give the sync passphrase (or --passphrase-file, or UNIONCASE_SYNC_PASSPHRASE)",
    ),
    "sync_passphrase_short": (
        "同步口令至少 {size} 个字符", "The sync passphrase has at least {size} characters",
    ),
    "sync_file_missing": ("找不到同步包：{path}", "No such sync bundle: {path}"),
    "sync_not_bundle": ("这不是 UnionCase 同步包", "This is not a UnionCase sync bundle"),
    "sync_format_newer": (
        "同步包由更新版本的 UnionCase 生成，请先升级本软件",
        "The bundle was written by a newer UnionCase: upgrade this one first",
    ),
    "sync_damaged": ("同步包已损坏，未导入任何数据", "The bundle is damaged; nothing was imported"),
    "sync_cannot_decrypt": (
        "无法打开同步包：口令不对，或文件已损坏或被改动。未导入任何数据",
        "Cannot open the bundle: a wrong passphrase, or the file was damaged or changed. "
        "Nothing was imported",
    ),
    "sync_signature_invalid": (
        "同步包的签名不正确，文件可能被改动过，未导入任何数据",
        "The bundle's signature is wrong (the file may have been changed); nothing was imported",
    ),
    "sync_signature_required": (
        "服务站 {station} 已登记签名公钥，但这个同步包没有签名，未导入",
        "Station {station} has a pinned key but this bundle is not signed; not imported",
    ),
    "sync_signature_wrong": (
        "同步包不是用服务站 {station} 登记的密钥签名的，未导入",
        "The bundle is not signed with the key pinned for station {station}; not imported",
    ),
    "sync_hash_differs": (
        "同步包中“{table}”的数据与清单不符，未导入任何数据",
        "The bundle's {table} records do not match its manifest; nothing was imported",
    ),
    "sync_counts_differ": (
        "同步包中的记录数与清单不符，未导入任何数据",
        "The bundle's record counts do not match its manifest; nothing was imported",
    ),
    "sync_schema_newer": (
        "同步包来自更新的数据库版本（{schema}），请先升级本软件",
        "The bundle comes from a newer database schema ({schema}): upgrade this one first",
    ),
    "sync_unknown_table": (
        "同步包含有本软件不认识的数据表：{table}", "The bundle has an unknown table: {table}",
    ),
    "sync_bad_value": (
        "同步包中“{table}”的字段 {column} 取值有误，未导入任何数据",
        "A value of {table}.{column} in the bundle is wrong; nothing was imported",
    ),
    "sync_value_type": (
        "记录中有无法写入同步包的数值类型：{type}", "A value of type {type} cannot be synced",
    ),
    "sync_missing_reference": (
        "同步包中“{table}”记录的{column}指向本库没有的记录，未导入任何数据",
        "A {table} record's {column} points to a record this database does not have; "
        "nothing was imported",
    ),
    "sync_own_bundle": (
        "这是本站自己导出的同步包，不能导入本站", "This is this station's own bundle",
    ),
    "sync_not_for_us": (
        "这是发给服务站 {station} 的确认包，不是发给本站的",
        "This acknowledgement is for station {station}, not for this one",
    ),
    "sync_ack_unknown": (
        "确认包所确认的同步包不是本站导出的，未导入",
        "The acknowledgement is for a bundle this station did not write; not imported",
    ),
    "sync_ack_self": ("不能给本站自己写确认包", "Cannot acknowledge this station's own bundles"),
    "sync_nothing_to_ack": (
        "尚未导入过服务站 {station} 的同步包，无可确认",
        "No bundle from station {station} was imported yet: nothing to acknowledge",
    ),
    "sync_kind_one": (
        "一次只能导出一种同步包", "Export one kind of bundle at a time",
    ),
    "sync_verify_failed": (
        "写出的同步包复核不一致，已作废，请换一个位置重试：{path}",
        "The written bundle did not read back the same; try another place: {path}",
    ),
    "sync_unique_clash": (
        "同步包中的记录与本库已有记录的编号、身份证号或统一社会信用代码重复，未导入任何数据",
        "A record of the bundle repeats a number, ID number or credit code this database has; "
        "nothing was imported",
    ),
    "sync_conflict_resolved": ("这个冲突已经处理过了", "This conflict was already resolved"),
    "sync_key_invalid": (
        "签名密钥文件无效（应为 Ed25519 私钥 PEM 文件）",
        "The signing key file is not an Ed25519 private key (PEM)",
    ),
    "sync_public_key_invalid": (
        "公钥无效：应为 64 位十六进制字符", "The public key is 64 hexadecimal characters",
    ),
    # 台账导入
    "ledger_missing": ("找不到台账文件：{path}", "No such ledger file: {path}"),
    "ledger_unreadable": (
        "无法读取台账：请使用 Excel 工作簿（.xlsx）格式，旧的 .xls 文件请先另存为 .xlsx",
        "Cannot read the ledger: use an Excel workbook (.xlsx); save an old .xls as .xlsx",
    ),
    "ledger_no_sheets": (
        "台账中没有可导入的工作表，工作表名称应为：{sheets}",
        "The ledger has no sheet to import; the sheets are named {sheets}",
    ),
    "ledger_sheet_unknown": ("不是台账的工作表，已忽略", "Not a ledger sheet: ignored"),
    "ledger_column_missing": ("缺少必填的列", "A required column is missing"),
    "ledger_column_unknown": ("不是台账的列，已忽略", "Not a ledger column: ignored"),
    "ledger_column_duplicate": ("列名重复", "The column appears twice"),
    "count_invalid": (
        "应为不小于{minimum}的整数", "A whole number, at least {minimum}",
    ),
    "id_number_numeric_cell": (
        "身份证号被 Excel 存成了数字，末几位可能已丢失：请把该列设为“文本”格式后重新填写",
        "Excel stored the ID number as a number and may have lost its last digits: format the "
        "column as text and type it again",
    ),
    "ledger_number_kind": (
        "{number} 不是本表的案件编号", "{number} is not a case number of this sheet",
    ),
    "ledger_number_repeated": (
        "案件编号 {number} 与第{row}行重复", "The case number {number} repeats row {row}",
    ),
    "ledger_number_other_person": (
        "案件编号 {number} 在第{row}行是另一个人", "The case number {number} is another person "
        "in row {row}",
    ),
    "ledger_number_deleted": (
        "编号为 {number} 的记录已被删除，不能再导入", "The record {number} was deleted; it is "
        "not imported again",
    ),
    "ledger_category_unknown": (
        "没有“{value}”这个反映类别（可在 工具 → 信访类别 中添加）",
        "No petition category '{value}' (add it under Tools → Petition categories)",
    ),
    "ledger_organization_unknown": (
        "没有名为“{value}”的调解组织（应在调解组织表或系统中）",
        "No mediation organization named '{value}' (in the sheet or the registry)",
    ),
    "ledger_program_unknown": (
        "没有名为“{value}”的救助项目（现有：{programs}）",
        "No aid program named '{value}' (there are: {programs})",
    ),
    "ledger_fair_unknown": (
        "没有名为“{value}”的招聘会（应在招聘会表或系统中）",
        "No job fair named '{value}' (in the sheet or the registry)",
    ),
    "ledger_only_when": (
        "只有{depends}为{value}时才填写此项", "Only filled in when {depends} is {value}",
    ),
    "ledger_only_when_not": (
        "{depends}为{value}时不填写此项", "Left empty when {depends} is {value}",
    ),
    "ledger_needs": ("填写此项须同时填写{depends}", "Needs {depends} too"),
    "ledger_date_before": (
        "不能早于{depends}（{previous}）", "Cannot be earlier than {depends} ({previous})",
    ),
    "ledger_duplicate_row": (
        "与第{row}行内容相同，按同一条记录导入", "The same as row {row}: imported once",
    ),
    "ledger_name_differs": (
        "该身份证号已登记为“{name}”，按已登记的职工导入",
        "This ID number is registered as '{name}': imported as that person",
    ),
    "ledger_mediator_not_linked": (
        "{organization}没有名为{name}的调解员，未关联调解员",
        "{organization} has no mediator named {name}: no mediator linked",
    ),
    "ledger_mediator_ambiguous": (
        "{organization}有{count}名调解员名为{name}，未关联调解员",
        "{organization} has {count} mediators named {name}: no mediator linked",
    ),
    "ledger_cancelled": ("导入已取消，没有写入任何数据", "Import cancelled: nothing was written"),
    "date_before_previous": (
        "日期不能早于上一步骤的日期（{previous}）",
        "The date cannot be earlier than the previous step ({previous})",
    ),
    "letter_after_registration": (
        "来信日期不能晚于登记日期",
        "The letter cannot be dated after its registration",
    ),
    "number_format": (
        "编号格式不正确，应如 330402001-XF-2026-00001",
        "Not a valid case number; e.g. 330402001-XF-2026-00001",
    ),
    "case_exists": ("编号 {number} 已被使用", "The number {number} is already in use"),
    "person_deleted": (
        "该身份证号属于已删除的人员，请先在职工档案中恢复",
        "This ID number belongs to a deleted person; restore the person first",
    ),
    "category_exists": ("已有名为“{name}”的类别", "A category named '{name}' already exists"),
    "days_invalid": (
        "天数应为1至{max}之间的整数",
        "The number of days is a whole number from 1 to {max}",
    ),
    "attachment_missing": ("找不到要添加的文件：{path}", "No such file to attach: {path}"),
    "attachment_store_failed": (
        "无法保存附件（磁盘已满或没有写入权限）：{path}",
        "Cannot store the attachment (disk full or no permission): {path}",
    ),
    "attachments_unavailable": (
        "内存数据库不能保存附件，请使用数据库文件",
        "An in-memory database cannot keep attachments; use a database file",
    ),
    # 劳动争议调解
    "organization_exists": (
        "已有名为“{name}”的调解组织",
        "A mediation organization named '{name}' already exists",
    ),
    "organization_inactive": (
        "该调解组织已停用",
        "This mediation organization is no longer active",
    ),
    "mediator_exists": (
        "{name} 已是该调解组织的调解员",
        "{name} is already a mediator of this organization",
    ),
    "mediator_inactive": ("调解员 {name} 已停用", "The mediator {name} is no longer active"),
    "mediator_wrong_organization": (
        "调解员 {name} 不属于本案的调解组织",
        "The mediator {name} does not belong to the case's organization",
    ),
    "mediators_required": ("请指定至少一名调解员", "Name at least one mediator"),
    "claims_required": ("请填写至少一项请求事项", "Enter at least one claim"),
    "applicants_required": ("至少需要一名申请人", "At least one applicant is needed"),
    "applicant_duplicate": ("申请人重复：{name}", "The same applicant twice: {name}"),
    "head_count_below_applicants": (
        "人数不能少于所列申请人数（{count}人）",
        "The head count cannot be below the number of applicants listed ({count})",
    ),
    "date_after_next": (
        "日期不能晚于下一步骤的日期（{next}）",
        "The date cannot be later than the next step ({next})",
    ),
    "agreement_needs_session": (
        "尚未进行调解（没有调解笔录），不能达成调解协议",
        "No mediation session has been held (no record): an agreement is not possible yet",
    ),
    "agreement_needs_amount": (
        "调解协议至少要有一项金额大于零的约定",
        "An agreement needs at least one agreed amount above zero",
    ),
    "extension_needs_consent": (
        "延长调解期限须经双方当事人同意",
        "Extending the mediation needs the consent of both parties",
    ),
    "extension_date_invalid": (
        "延长后的期限应晚于原期限（{due}）",
        "The new limit must be later than the current one ({due})",
    ),
    "copies_invalid": (
        "份数应为1至{max}之间的整数",
        "The number of copies is a whole number from 1 to {max}",
    ),
    "mediation_prompt_payment_order": (
        "用人单位在协议约定期限（{due}）内不履行的，劳动者可以持调解协议书依法向人民法院申请支付令"
        "（劳动争议调解仲裁法第十六条）",
        "If the employer does not pay by the agreed date ({due}), the worker may apply to a "
        "court for a payment order with the agreement (Labor Dispute Mediation and Arbitration "
        "Law art. 16)",
    ),
    "mediation_prompt_court_confirmation": (
        "双方当事人可以自调解协议生效之日起三十日内（{due}前）共同向人民法院申请司法确认",
        "The parties may jointly ask a court to confirm the agreement within 30 days of it "
        "taking effect (by {due})",
    ),
    "mediation_prompt_arbitration": (
        "当事人可以依法向劳动人事争议仲裁委员会申请仲裁；仲裁时效为一年，自调解结束之日起重新计算"
        "（至{due}）",
        "The parties may apply for arbitration; the one-year limitation period starts again "
        "when the mediation ends (until {due})",
    ),
    "mediation_prompt_limit_passed": (
        "调解期限（{due}）已过仍未达成调解协议，当事人可以依法申请仲裁（劳动争议调解仲裁法第十四条）",
        "No agreement within the mediation limit ({due}): the parties may apply for "
        "arbitration (art. 14)",
    ),
    "mediation_prompt_arbitration_on_breach": (
        "一方当事人在协议约定期限（{due}）内不履行调解协议的，另一方当事人可以依法申请仲裁"
        "（劳动争议调解仲裁法第十五条）",
        "If a party does not honor the agreement by the agreed date ({due}), the other may "
        "apply for arbitration (art. 15)",
    ),
}


def message(code: str, lang: str = "zh_CN", **params: Any) -> str:
    zh, en = MESSAGES.get(code, MESSAGES["error"])
    template = en if lang.startswith("en") else zh
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def describe(error: UnionCaseError, lang: str = "zh_CN") -> str:
    """One line for an error, e.g. for the CLI's stderr."""
    if isinstance(error, ValidationErrors):
        return "；".join(describe(e, lang) for e in error.errors)
    params = dict(error.params)
    if error.code.startswith("sync_") and "table" in params:
        params["table"] = entity_label(str(params["table"]), lang)
    if error.code.startswith("sync_") and "column" in params:
        params["column"] = field_label(str(params["column"]), lang)
    text = message(error.code, lang, **params)
    if error.field and error.field in FIELD_LABELS:
        text = f"{field_label(error.field, lang)}：{text}"
    return text


def field_label(key: str, lang: str = "zh_CN") -> str:
    """A record field's name for people (history lists, import messages)."""
    label = FIELD_LABELS.get(key)
    if label is None:
        return key
    return label[1] if lang.startswith("en") else label[0]


FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("姓名", "Name"),
    "id_number": ("身份证号", "ID number"),
    "phone": ("联系电话", "Phone"),
    "address": ("地址", "Address"),
    "employer": ("工作单位", "Employer"),
    "credit_code": ("统一社会信用代码", "Credit code"),
    "station_code": ("服务站代码", "Station code"),
    "station_name": ("服务站名称", "Station name"),
    "amount": ("金额", "Amount"),
    "sex": ("性别", "Sex"),
    "birth_date": ("出生日期", "Birth date"),
    "household": ("户籍", "Household"),
    "union_member": ("工会会员", "Union member"),
    "notes": ("备注", "Notes"),
    "deleted_at": ("删除时间", "Deleted"),
    "has_union": ("建会", "Has union"),
    "date": ("日期", "Date"),
    # 信访接待
    "channel": ("接待方式", "Channel"),
    "category": ("反映类别", "Category"),
    "summary": ("诉求内容", "Request"),
    "head_count": ("人数", "Head count"),
    "call_seconds": ("通话时长", "Call length"),
    "letter_date": ("来信日期", "Letter date"),
    "sender_address": ("来信地址", "Sender's address"),
    "registered_on": ("登记日期", "Registered on"),
    "number": ("编号", "Number"),
    "person_id": ("当事人", "Person"),
    "employer_id": ("工作单位", "Employer"),
    "employer_name": ("工作单位", "Employer"),
    "status": ("办理状态", "Status"),
    "reason": ("理由", "Reason"),
    "result": ("办理结果", "Result"),
    "satisfaction": ("满意度", "Satisfaction"),
    "department": ("承办部门", "Department"),
    "target": ("转办去向", "Routed to"),
    "extended": ("延期", "Extension"),
    "on": ("日期", "Date"),
    "closed_on": ("办结日期", "Closed on"),
    "note": ("备注", "Note"),
    "accept_days": ("受理期限（天）", "Days to accept"),
    "handle_days": ("办理期限（天）", "Days to handle"),
    "date_from": ("起始日期", "From"),
    "date_to": ("截止日期", "To"),
    "path": ("文件", "File"),
    # 劳动争议调解
    "org_type": ("组织类型", "Type"),
    "town": ("所在镇（街道）", "Town"),
    "founded_on": ("成立日期", "Founded on"),
    "contact": ("联系人", "Contact"),
    "organization_id": ("调解组织", "Mediation organization"),
    "certificate_number": ("调解员证号", "Certificate number"),
    "applicants": ("申请人", "Applicants"),
    "respondent": ("被申请人", "Respondent"),
    "respondent_id": ("被申请人", "Respondent"),
    "respondent_name": ("被申请人", "Respondent"),
    "respondent_representative": ("法定代表人", "Legal representative"),
    "respondent_phone": ("被申请人电话", "Respondent's phone"),
    "dispute_type": ("争议类型", "Dispute type"),
    "claims": ("请求事项", "Claims"),
    "mediator_ids": ("调解员", "Mediators"),
    "facts": ("事实与理由", "Facts and reasons"),
    "applied_on": ("申请日期", "Applied on"),
    "held_on": ("调解日期", "Held on"),
    "place": ("调解地点", "Place"),
    "attendees": ("参加人员", "Attendees"),
    "record": ("调解笔录", "Record"),
    "sessions": ("调解笔录", "Sessions"),
    "terms": ("协议内容", "Terms"),
    "items": ("协议事项", "Agreed items"),
    "copies": ("份数", "Copies"),
    "concluded_on": ("结案日期", "Concluded on"),
    "new_due": ("延长至", "Extended to"),
    "consent": ("双方同意", "Consent of both parties"),
    "performance": ("履行情况", "Performance"),
    "paid_item_ids": ("已支付事项", "Paid items"),
}


def entity_label(table: str, lang: str = "zh_CN") -> str:
    """A table's name for people (sync conflicts and messages)."""
    label = ENTITY_LABELS.get(table)
    if label is None:
        return table
    return label[1] if lang.startswith("en") else label[0]


ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "person": ("职工", "Person"),
    "enterprise": ("用人单位", "Enterprise"),
    "station": ("服务站", "Station"),
    "calendar_day": ("节假日", "Holiday"),
    "intake_category": ("反映类别", "Intake category"),
    "intake_case": ("信访接待", "Intake case"),
    "case_event": ("办理经过", "Case step"),
    "case_link": ("关联案件", "Case link"),
    "attachment": ("附件", "Attachment"),
    "mediation_organization": ("调解组织", "Mediation organization"),
    "mediator": ("调解员", "Mediator"),
    "mediation_case": ("调解案件", "Mediation case"),
    "mediation_party": ("调解当事人", "Mediation party"),
    "mediation_case_mediator": ("案件调解员", "Case mediator"),
    "mediation_claim": ("请求事项", "Claim"),
    "mediation_session": ("调解笔录", "Mediation session"),
    "mediation_agreement_item": ("协议事项", "Agreed item"),
    "aid_program": ("帮扶项目", "Aid program"),
    "aid_budget": ("帮扶预算", "Aid budget"),
    "aid_batch": ("发放批次", "Aid batch"),
    "aid_application": ("帮扶申请", "Aid application"),
    "hardship_file": ("困难职工档案", "Hardship file"),
    "household_member": ("家庭成员", "Household member"),
    "job_fair": ("招聘会", "Job fair"),
    "position": ("招聘岗位", "Position"),
    "fair_employer": ("参会企业", "Fair employer"),
    "job_seeker": ("求职登记", "Job seeker"),
    "referral": ("推荐就业", "Referral"),
}
