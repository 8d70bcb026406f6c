"""The names of the printed forms, as the window offers them and the CLI takes them, and the
environment variable naming the PDF font (no reportlab here: the window imports these at
start-up)."""

from __future__ import annotations

# 信访接待
VISIT_FORM = "来访登记表"
CALL_FORM = "来电记录单"
LETTER_FORM = "来信登记表"
RECEIPT = "受理回执"
TRANSFER_SLIP = "转办单"
CHANNEL_FORM: dict[str, str] = {
    "来访": VISIT_FORM,
    "来电": CALL_FORM,
    "来信": LETTER_FORM,
    "网络": LETTER_FORM,
}
"""The registration form of each channel (the default form of a case)."""

# 劳动争议调解
APPLICATION = "调解申请书"
NOTICE_OF_ACCEPTANCE = "受理通知书"
SESSION_RECORD = "调解笔录"
AGREEMENT = "调解协议书"
FAILURE_NOTICE = "调解不成告知书"
TERMINATION_NOTICE = "终止调解告知书"

# 困难帮扶
APPROVAL_FORM = "救助审批表"
ROSTER = "发放花名册"

# 就业推荐
REGISTRATION_FORM = "求职登记表"
REFERRAL_LETTER = "就业推荐信"
FAIR_SUMMARY = "招聘会情况汇总表"

# 职工
PERSON_FORM = "职工信息登记表"

# the TrueType font to embed, when not the first one found (a path, or a file name)
FONT_ENV_VAR = "UNIONCASE_PDF_FONT"
