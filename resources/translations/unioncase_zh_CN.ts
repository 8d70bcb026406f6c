<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="402"/>
        <source>Other terms, one per line, e.g. the employer issues a certificate of leaving</source>
        <translation>其他约定，每行一项，例如：被申请人为申请人出具解除劳动合同证明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="414"/>
        <source>Item</source>
        <translation>款项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="414"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="414"/>
        <source>Payer</source>
        <translation>支付方</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="415"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="415"/>
        <source>Pay by</source>
        <translation>支付期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="423"/>
        <source>Add item</source>
        <translation>增加款项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="443"/>
        <source>Payments</source>
        <translation>支付款项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="444"/>
        <source>&amp;Terms</source>
        <translation>协议内容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="445"/>
        <source>&amp;Signed on</source>
        <translation>签订日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="446"/>
        <source>&amp;Copies</source>
        <translation>份数(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="461"/>
        <source>Remove this item</source>
        <translation>删除此款项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="495"/>
        <source>Total: check the amounts</source>
        <translation>合计：请检查金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="500"/>
        <source>Total %1 yuan (RMB %2)</source>
        <translation>合计 %1 元（人民币%2）</translation>
    </message>
</context>
<context>
    <name>AidApplicationDialog</name>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="82"/>
        <source>UnionCase - New aid application</source>
        <translation>UnionCase - 新建救助申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="83"/>
        <source>&amp;Applicant</source>
        <translation>申请人(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="83"/>
        <source>Hardship file</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="84"/>
        <source>&amp;Program</source>
        <translation>救助项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="84"/>
        <source>&amp;Batch</source>
        <translation>批次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="85"/>
        <source>Amount &amp;requested (yuan)</source>
        <translation>申请金额（元）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="86"/>
        <source>R&amp;eason</source>
        <translation>申请理由(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="90"/>
        <source>Type a name, pinyin or ID number of a registered person</source>
        <translation>输入已登记职工的姓名、拼音或身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="95"/>
        <source>(no batch: paid on its own)</source>
        <translation>（不分批次，单独发放）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="103"/>
        <source>Choose a registered person</source>
        <translation>请选择已登记的职工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="107"/>
        <source>No hardship file</source>
        <translation>未建档</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_application_dialog.py" line="109"/>
        <source>not confirmed</source>
        <translation>未确认</translation>
    </message>
</context>
<context>
    <name>AidBatchesDialog</name>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="165"/>
        <source>UnionCase - Aid programs and batches</source>
        <translation>UnionCase - 救助项目与批次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="166"/>
        <source>Year settings</source>
        <translation>年度设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="167"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="168"/>
        <source>Minimum living standard (yuan a person a month)</source>
        <translation>低保标准（元/人·月）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="169"/>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="170"/>
        <source>budget (yuan)</source>
        <translation>年度预算（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="171"/>
        <source>Set budget</source>
        <translation>设置预算</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="177"/>
        <source>New batch of the selected program</source>
        <translation>为所选项目新建批次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="178"/>
        <source>Name</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="172"/>
        <source>New aid program</source>
        <translation>新增救助项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="173"/>
        <source>Program name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="174"/>
        <source>Needs a hardship file</source>
        <translation>须建档</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="175"/>
        <source>Public notice (working days)</source>
        <translation>公示（工作日）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="176"/>
        <source>Add program</source>
        <translation>新增项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="179"/>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="186"/>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="180"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="181"/>
        <source>Approve batch...</source>
        <translation>审批批次...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="182"/>
        <source>Pay batch</source>
        <translation>发放批次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="183"/>
        <source>Print roster</source>
        <translation>打印花名册</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="184"/>
        <source>Roster as .xlsx...</source>
        <translation>导出花名册（.xlsx）...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="186"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="186"/>
        <source>Program</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="186"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="187"/>
        <source>Applications</source>
        <translation>申请数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="187"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="187"/>
        <source>Approved (yuan)</source>
        <translation>审批金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="188"/>
        <source>Paid (yuan)</source>
        <translation>已发放（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="188"/>
        <source>Budget (10k yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="188"/>
        <source>Public notice</source>
        <translation>公示期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="273"/>
        <source>Standard saved.</source>
        <translation>低保标准已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="279"/>
        <source>Budget saved.</source>
        <translation>预算已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="284"/>
        <source>Batch created.</source>
        <translation>批次已新建。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="293"/>
        <source>Program added.</source>
        <translation>救助项目已新增。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="304"/>
        <source>Batch approved.</source>
        <translation>批次已审批。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="312"/>
        <source>Batch paid.</source>
        <translation>批次已发放。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="330"/>
        <source>Save the roster</source>
        <translation>保存花名册</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="331"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="345"/>
        <source>The file could not be saved: %1</source>
        <translation>文件保存失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_batches_dialog.py" line="348"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>AidCasePage</name>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="212"/>
        <source>Print approval form</source>
        <translation>打印审批表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="213"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="214"/>
        <source>Steps</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="215"/>
        <source>Review...</source>
        <translation>审核...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="216"/>
        <source>Approve...</source>
        <translation>审批...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="217"/>
        <source>Pay...</source>
        <translation>发放...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="218"/>
        <source>Reject...</source>
        <translation>不予受理...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="219"/>
        <source>Hardship file...</source>
        <translation>困难职工档案...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="221"/>
        <source>Application</source>
        <translation>救助申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="222"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="222"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="223"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="223"/>
        <source>Hardship</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="224"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="224"/>
        <source>Program</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="225"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="225"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="226"/>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="226"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="227"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="227"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="228"/>
        <source>Payment</source>
        <translation>发放</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="228"/>
        <source>Not granted because</source>
        <translation>不予救助原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="229"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="254"/>
        <source>UnionCase - Aid - %1</source>
        <translation>UnionCase - 困难帮扶 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="263"/>
        <source>%1 yuan (RMB %2)</source>
        <translation>%1 元（人民币%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="276"/>
        <source>receipt signed</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="345"/>
        <source>Review the application</source>
        <translation>审核救助申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="347"/>
        <source>Reviewed.</source>
        <translation>已审核。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="349"/>
        <source>Approve the aid</source>
        <translation>审批救助</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="351"/>
        <source>Approve %1 for %2?</source>
        <translation>同意向%2发放 %1？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="352"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="355"/>
        <source>Approved.</source>
        <translation>已审批。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="357"/>
        <source>Pay the aid</source>
        <translation>发放救助金</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="360"/>
        <source>Paid.</source>
        <translation>已发放。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="362"/>
        <location filename="../../ui/dialogs/aid_case_page.py" line="366"/>
        <source>Do not grant</source>
        <translation>不予救助</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="362"/>
        <source>Why is no aid granted?</source>
        <translation>不予救助的原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="364"/>
        <source>The applicant will get no aid from this application.</source>
        <translation>该申请将不予救助。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="369"/>
        <source>Not granted; the reason is recorded.</source>
        <translation>已不予救助，原因已记录。</translation>
    </message>
</context>
<context>
    <name>AidTab</name>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="214"/>
        <source>Filter by number, name, pinyin or ID number</source>
        <translation>按编号、姓名、拼音或身份证号筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="215"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="216"/>
        <source>New application...</source>
        <translation>新建申请...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="217"/>
        <source>New aid application (Ctrl+Shift+A)</source>
        <translation>新建救助申请（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="218"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="219"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="220"/>
        <source>Print the approval form</source>
        <translation>打印救助审批表</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="221"/>
        <source>Hardship registry...</source>
        <translation>困难职工档案...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="222"/>
        <source>Batches...</source>
        <translation>项目与批次...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="223"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="224"/>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="225"/>
        <source>All programs</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="226"/>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="227"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="228"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="229"/>
        <source>&lt;b&gt;Per program&lt;/b&gt; (the selected applications)</source>
        <translation>&lt;b&gt;按救助项目&lt;/b&gt;（筛选出的申请）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="231"/>
        <source>Program</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="231"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="231"/>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="232"/>
        <source>Paid (yuan)</source>
        <translation>已发放（元）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="232"/>
        <source>Budget (10k yuan)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="366"/>
        <source>Applications %1</source>
        <translation>申请 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="367"/>
        <source>Persons aided %1</source>
        <translation>救助人数 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="368"/>
        <source>Payments %1</source>
        <translation>发放笔数 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="369"/>
        <source>Paid %1 (10k yuan)</source>
        <translation>发放金额 %1 万元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="371"/>
        <source>Approved, not yet paid %1 yuan</source>
        <translation>已审批未发放 %1 元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="382"/>
        <source>%1 days overdue</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="383"/>
        <source>due %1</source>
        <translation>%1到期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="387"/>
        <source>Yearly reviews of hardship files:</source>
        <translation>困难职工档案年度复核：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/aid_tab.py" line="389"/>
        <source>and %1 more</source>
        <translation>另有 %1 件</translation>
    </message>
</context>
<context>
    <name>AidTableModel</name>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="51"/>
        <source>%n warning(s)</source>
        <translation>%n 条提醒</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="100"/>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="102"/>
        <source>UnionCase copies the database at start, every day and before an import into %1, and keeps the newest copy of each of the last 7 days, 4 weeks and 12 months. Keep a copy on another disk too.</source>
        <translation>UnionCase 在每次启动时、每天以及每次导入前把数据库备份到 %1，保留最近7天、4周和12个月中每天、每周、每月最新的一份。请另外在其他磁盘上也保存一份。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="105"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="106"/>
        <source>Back up &amp;to a file...</source>
        <translation>备份到文件(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="107"/>
        <source>&amp;Restore the selected copy...</source>
        <translation>从选中的备份恢复(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="108"/>
        <source>Restore from a &amp;file...</source>
        <translation>从文件恢复(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="109"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="131"/>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="131"/>
        <location filename="../../ui/dialogs/backup_dialog.py" line="137"/>
        <source>Databases (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="136"/>
        <source>Restore from</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="141"/>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="142"/>
        <source>Replace the database with the copy %1? Everything saved since that copy is replaced; the current database is backed up first, so this can be undone by restoring that copy.</source>
        <translation>用 %1 的备份替换当前数据库吗？该备份之后保存的内容都将被替换；恢复前会先备份当前数据库，需要时可以再从那份备份恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="158"/>
        <source>Working...</source>
        <translation>正在处理...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="171"/>
        <source>The copy could not be written: %1</source>
        <translation>备份文件未能写入：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="179"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="206"/>
        <source>Restored. The database as it was is kept in %1</source>
        <translation>已恢复。恢复前的数据库保存在 %1</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="64"/>
        <source>At start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="64"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="65"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="66"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="66"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="72"/>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="72"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_table_model.py" line="72"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>CalendarDayTableModel</name>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="87"/>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="87"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="134"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="136"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="138"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="261"/>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="375"/>
        <source>UnionCase - Holiday calendar</source>
        <translation>UnionCase - 节假日安排</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="263"/>
        <source>Days that differ from the Monday-to-Friday week: public holidays and make-up working days. Deadlines are counted over this calendar.</source>
        <translation>与周一至周五作息不同的日子：法定节假日和调休上班日。各类期限按此日历计算。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="265"/>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="267"/>
        <source>No official schedule for this year yet: add the State Council&apos;s holiday notice.</source>
        <translation>本年度尚无节假日安排：请按国务院办公厅发布的节假日安排通知补录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="268"/>
        <source>&amp;Remove day</source>
        <translation>删除该日(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="269"/>
        <source>Add or change a day</source>
        <translation>新增或修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="270"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="271"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="272"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="276"/>
        <source>e.g. Spring Festival</source>
        <translation>例如 春节</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="277"/>
        <source>Saving a date that is already listed changes it.</source>
        <translation>保存已列出的日期将修改该日的设置。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="278"/>
        <source>&amp;Save day</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="336"/>
        <source>Holidays: %1, make-up working days: %2</source>
        <translation>放假 %1 天，调休上班 %2 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_dialog.py" line="382"/>
        <source>Remove %1 (%2) from the holiday calendar?</source>
        <translation>确定从节假日安排中删除 %1（%2）吗？</translation>
    </message>
</context>
<context>
    <name>CaseRecordsTabs</name>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="125"/>
        <source>Add file...</source>
        <translation>添加文件...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="126"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="128"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="128"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="128"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="128"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="129"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="131"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="131"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="131"/>
        <source>Line of work</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="132"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="134"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="134"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="134"/>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="134"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="144"/>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="145"/>
        <source>Links</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="147"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="169"/>
        <source>Petitions</source>
        <translation>信访接待</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="170"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="171"/>
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="172"/>
        <source>Jobs</source>
        <translation>就业推荐</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="173"/>
        <source>Persons</source>
        <translation>职工</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="179"/>
        <source>from this case</source>
        <translation>由本案转出</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="179"/>
        <source>to this case</source>
        <translation>转入本案</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="186"/>
        <source>Double-click or Enter to open</source>
        <translation>双击或按回车打开</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="192"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="192"/>
        <source>Missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="193"/>
        <source>Changed since added</source>
        <translation>添加后已被修改</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="217"/>
        <source>Add a file to the case</source>
        <translation>为案件添加文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="232"/>
        <source>Adding %1...</source>
        <translation>正在添加 %1...</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="250"/>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="268"/>
        <source>The file %1 is missing from the attachment folder.</source>
        <translation>附件文件夹中缺少文件 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="272"/>
        <source>Warning: %1 has changed since it was added.</source>
        <translation>注意：%1 在添加后已被修改。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_records.py" line="281"/>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="132"/>
        <source>UnionCase - Petition categories</source>
        <translation>UnionCase - 信访类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="134"/>
        <source>What a petition can be registered as, with its deadlines: the days to decide whether it is accepted, counted from the registration, and the days to handle it, counted from the acceptance.</source>
        <translation>信访事项的反映类别及其期限：受理期限自登记之日起计算，办理期限自受理之日起计算。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="137"/>
        <source>Add a category</source>
        <translation>新增类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="138"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="139"/>
        <source>&amp;Decide within (days)</source>
        <translation>受理期限（天）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="140"/>
        <source>&amp;Handle within (days)</source>
        <translation>办理期限（天）(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="141"/>
        <source>e.g. Women workers&apos; rights</source>
        <translation>例如 女职工权益</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="143"/>
        <source>A new category applies to petitions registered from now on. Adding the name of a category that is no longer in use brings it back with these days.</source>
        <translation>新类别适用于此后登记的信访事项。输入已停用类别的名称将按这些期限重新启用该类别。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="145"/>
        <source>&amp;Add category</source>
        <translation>新增类别(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/category_dialog.py" line="203"/>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <location filename="../../ui/models/category_table_model.py" line="70"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/models/category_table_model.py" line="70"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/models/category_table_model.py" line="90"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/category_table_model.py" line="91"/>
        <source>Decide within (days)</source>
        <translation>受理期限（天）</translation>
    </message>
    <message>
        <location filename="../../ui/models/category_table_model.py" line="92"/>
        <source>Handle within (days)</source>
        <translation>办理期限（天）</translation>
    </message>
    <message>
        <location filename="../../ui/models/category_table_model.py" line="93"/>
        <source>In use</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="102"/>
        <source>UnionCase - Enterprise</source>
        <translation>UnionCase - 用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="103"/>
        <source>UnionCase - New enterprise</source>
        <translation>UnionCase - 新建用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="104"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="105"/>
        <source>&amp;Credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="106"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="107"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="108"/>
        <source>Trade union</source>
        <translation>工会组织</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="109"/>
        <source>Has its own trade union</source>
        <translation>已建立工会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="110"/>
        <source>18-character unified social credit code</source>
        <translation>18位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="112"/>
        <source>Registered workers (%1)</source>
        <translation>登记的职工（%1 人）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="115"/>
        <source>Registered workers</source>
        <translation>登记的职工</translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table_model.py" line="18"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table_model.py" line="19"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table_model.py" line="20"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/models/employee_table_model.py" line="22"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <location filename="../../ui/tabs/enterprises_tab.py" line="28"/>
        <source>Filter by name, pinyin initials or credit code</source>
        <translation>按名称、拼音首字母或统一社会信用代码筛选</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="284"/>
        <source>The limit now ends on %1. An extension needs the consent of both parties.</source>
        <translation>调解期限现为 %1。延长调解期限须经双方当事人同意。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="290"/>
        <source>Both parties agree to extend the mediation</source>
        <translation>双方当事人同意延长调解期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="293"/>
        <source>&amp;New limit</source>
        <translation>新的期限(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="294"/>
        <source>Consent</source>
        <translation>当事人同意</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="295"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>FigureRecordsDialog</name>
    <message>
        <location filename="../../ui/dialogs/figure_records_dialog.py" line="116"/>
        <source>%1 — the records</source>
        <translation>%1 — 明细</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/figure_records_dialog.py" line="119"/>
        <source>Filter by number, name or content</source>
        <translation>按编号、姓名或内容筛选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/figure_records_dialog.py" line="120"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/figure_records_dialog.py" line="121"/>
        <source>Open the selected record (Enter)</source>
        <translation>打开选中的记录（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/figure_records_dialog.py" line="125"/>
        <source>Job &amp;fairs...</source>
        <translation>招聘会(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/figure_records_dialog.py" line="127"/>
        <source>&amp;Registry...</source>
        <translation>调解组织和调解员(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/figure_records_dialog.py" line="150"/>
        <source>%1 records</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/figure_records_dialog.py" line="154"/>
        <source>(%1 loaded; scroll for more)</source>
        <translation>（已载入 %1 条，向下滚动载入更多）</translation>
    </message>
</context>
<context>
    <name>FigureRecordsModel</name>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="21"/>
        <source>%1 (%2 payments)</source>
        <translation>%1（共 %2 笔）</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="36"/>
        <location filename="../../ui/models/figure_records_model.py" line="41"/>
        <location filename="../../ui/models/figure_records_model.py" line="46"/>
        <location filename="../../ui/models/figure_records_model.py" line="51"/>
        <location filename="../../ui/models/figure_records_model.py" line="56"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="37"/>
        <location filename="../../ui/models/figure_records_model.py" line="52"/>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="38"/>
        <location filename="../../ui/models/figure_records_model.py" line="48"/>
        <location filename="../../ui/models/figure_records_model.py" line="53"/>
        <location filename="../../ui/models/figure_records_model.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="39"/>
        <source>Channel, category and request</source>
        <translation>渠道·类别：诉求</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="40"/>
        <location filename="../../ui/models/figure_records_model.py" line="45"/>
        <location filename="../../ui/models/figure_records_model.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="42"/>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="43"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="44"/>
        <source>Dispute and respondent</source>
        <translation>争议类型·被申请单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="47"/>
        <source>Paid</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="49"/>
        <source>Program and batch</source>
        <translation>救助项目·批次</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="54"/>
        <source>Desired job</source>
        <translation>求职意向</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="55"/>
        <source>Situation</source>
        <translation>目前状况</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="57"/>
        <source>Referred</source>
        <translation>推荐日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="59"/>
        <source>Referred to</source>
        <translation>推荐单位·岗位</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="60"/>
        <source>Result</source>
        <translation>推荐结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="61"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="62"/>
        <source>Held</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="63"/>
        <source>Job fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="64"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="65"/>
        <source>Organizer</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="66"/>
        <source>Town</source>
        <translation>所属镇街</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="67"/>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="68"/>
        <location filename="../../ui/models/figure_records_model.py" line="74"/>
        <source>Organization</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="69"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="70"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="71"/>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="73"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="75"/>
        <source>Kind</source>
        <translation>专兼职</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="77"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/models/figure_records_model.py" line="78"/>
        <source>Total paid (yuan)</source>
        <translation>发放合计（元）</translation>
    </message>
</context>
<context>
    <name>HardshipFileDialog</name>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="197"/>
        <source>UnionCase - Hardship file - %1</source>
        <translation>UnionCase - 困难职工档案 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="199"/>
        <source>Household members (besides the worker)</source>
        <translation>家庭成员（职工本人以外）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="201"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="201"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="201"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="201"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="202"/>
        <source>Work</source>
        <translation>工作情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="202"/>
        <source>Income a year</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="204"/>
        <source>Add member</source>
        <translation>增加家庭成员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="205"/>
        <source>Figures of the &amp;year</source>
        <translation>收入年度(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="206"/>
        <source>Household &amp;income (yuan a year)</source>
        <translation>家庭年收入（元）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="207"/>
        <source>&amp;Essential costs (yuan a year)</source>
        <translation>刚性支出（元/年）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="208"/>
        <source>Per person and month</source>
        <translation>人均月收入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="209"/>
        <source>&amp;Category (confirmed)</source>
        <translation>困难类别（确认）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="209"/>
        <source>Causes</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="210"/>
        <source>&amp;Bank</source>
        <translation>开户银行(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="210"/>
        <source>Bank &amp;account</source>
        <translation>银行账号(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="211"/>
        <source>Account &amp;holder</source>
        <translation>户名(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="211"/>
        <source>&amp;Status</source>
        <translation>档案状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="212"/>
        <source>&amp;Review due</source>
        <translation>复核日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="212"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="215"/>
        <source>Empty: the sum of the members&apos; incomes</source>
        <translation>不填则为家庭成员收入之和</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="216"/>
        <source>Medical bills, schooling and the like</source>
        <translation>医疗、就学等刚性支出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="286"/>
        <source>check the amounts</source>
        <translation>请检查金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="293"/>
        <source>%1 yuan (%2 people)</source>
        <translation>%1 元（%2 人）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="296"/>
        <source>no minimum living standard set for this year</source>
        <translation>本年度尚未设置低保标准</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="298"/>
        <source>standard %1 yuan</source>
        <translation>低保标准 %1 元</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="299"/>
        <source>suggested: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_file_dialog.py" line="300"/>
        <source>not in hardship by these figures</source>
        <translation>按此收入不属困难</translation>
    </message>
</context>
<context>
    <name>HardshipRegistryDialog</name>
    <message>
        <location filename="../../ui/dialogs/hardship_registry_dialog.py" line="107"/>
        <source>UnionCase - Hardship registry</source>
        <translation>UnionCase - 困难职工档案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_registry_dialog.py" line="108"/>
        <source>Filter by name, pinyin or ID number</source>
        <translation>按姓名、拼音或身份证号筛选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_registry_dialog.py" line="109"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_registry_dialog.py" line="110"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_registry_dialog.py" line="111"/>
        <source>New file for:</source>
        <translation>新建档案：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_registry_dialog.py" line="112"/>
        <source>a registered person</source>
        <translation>已登记的职工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_registry_dialog.py" line="113"/>
        <source>Open file...</source>
        <translation>打开档案...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/hardship_registry_dialog.py" line="149"/>
        <source>%1 files</source>
        <translation>共 %1 份档案</translation>
    </message>
</context>
<context>
    <name>HardshipTableModel</name>
    <message>
        <location filename="../../ui/models/hardship_table_model.py" line="43"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/hardship_table_model.py" line="44"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/models/hardship_table_model.py" line="46"/>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/hardship_table_model.py" line="49"/>
        <source>Suggested</source>
        <translation>建议类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/hardship_table_model.py" line="52"/>
        <source>Per person and month</source>
        <translation>人均月收入</translation>
    </message>
    <message>
        <location filename="../../ui/models/hardship_table_model.py" line="55"/>
        <source>Causes</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <location filename="../../ui/models/hardship_table_model.py" line="57"/>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../ui/models/hardship_table_model.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/hardship_table_model.py" line="60"/>
        <source>Review due</source>
        <translation>复核日期</translation>
    </message>
</context>
<context>
    <name>IntakeCasePage</name>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="287"/>
        <source>Print form</source>
        <translation>打印登记表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="288"/>
        <source>Receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="289"/>
        <source>Print the acceptance receipt</source>
        <translation>打印受理回执</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="290"/>
        <source>Transfer slip</source>
        <translation>转办单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="291"/>
        <source>Print the transfer slip</source>
        <translation>打印转办单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="292"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="293"/>
        <source>Group petition</source>
        <translation>集体访</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="294"/>
        <source>Repeat petition</source>
        <translation>重复信访</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="295"/>
        <location filename="../../ui/dialogs/intake_case_page.py" line="320"/>
        <source>Handling</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="297"/>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="297"/>
        <source>Reject...</source>
        <translation>不予受理...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="298"/>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="299"/>
        <source>Extend...</source>
        <translation>延期...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="300"/>
        <source>Conclude...</source>
        <translation>办结...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="301"/>
        <source>Follow-up call...</source>
        <translation>回访...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="302"/>
        <source>Transfer...</source>
        <translation>转办...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="303"/>
        <source>To mediation</source>
        <translation>转调解</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="304"/>
        <source>To hardship aid</source>
        <translation>转帮扶</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="305"/>
        <source>To job services</source>
        <translation>转就业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="309"/>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="311"/>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="311"/>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="312"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="312"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="313"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="313"/>
        <source>Category</source>
        <translation>反映类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="314"/>
        <source>Head count</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="314"/>
        <source>What they ask</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="315"/>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="315"/>
        <source>Letter date</source>
        <translation>来信日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="316"/>
        <source>Sender address</source>
        <translation>来信地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="316"/>
        <source>Repeat of</source>
        <translation>重复于</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="317"/>
        <source>Decide by</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="317"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="318"/>
        <source>Reason for rejection</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="319"/>
        <source>Handle by</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="319"/>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="320"/>
        <source>Transferred to</source>
        <translation>转办单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="321"/>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="321"/>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="322"/>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="322"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="326"/>
        <source>Timeline</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="327"/>
        <location filename="../../ui/dialogs/intake_case_page.py" line="506"/>
        <source>Links</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="328"/>
        <location filename="../../ui/dialogs/intake_case_page.py" line="527"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="329"/>
        <source>Add file...</source>
        <translation>添加文件...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="330"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="332"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="332"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="332"/>
        <location filename="../../ui/dialogs/intake_case_page.py" line="587"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="332"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="333"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="335"/>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="335"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="335"/>
        <source>Line of work</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="336"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="338"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="338"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="338"/>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="338"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="368"/>
        <source>UnionCase - Petition - %1</source>
        <translation>UnionCase - 信访案件 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="386"/>
        <source>in time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="387"/>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="388"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="390"/>
        <source>Due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="400"/>
        <source>Extended once: %1</source>
        <translation>已延期一次：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="403"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="420"/>
        <source>decided late</source>
        <translation>受理超期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="421"/>
        <source>concluded late</source>
        <translation>办结超期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="478"/>
        <source>Petitions</source>
        <translation>信访接待</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="479"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="480"/>
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="481"/>
        <source>Jobs</source>
        <translation>就业推荐</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="482"/>
        <source>Persons</source>
        <translation>职工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="488"/>
        <source>from this case</source>
        <translation>由本案转出</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="488"/>
        <source>to this case</source>
        <translation>转入本案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="496"/>
        <source>Double-click or Enter to open</source>
        <translation>双击或按回车打开</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="500"/>
        <source>pending: that line of work is not in use yet</source>
        <translation>待处理：该业务模块尚未启用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="505"/>
        <source>Links (%1)</source>
        <translation>关联案件（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="511"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="511"/>
        <source>Missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="512"/>
        <source>Changed since added</source>
        <translation>添加后已被修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="526"/>
        <source>Attachments (%1)</source>
        <translation>附件（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="562"/>
        <source>Reject</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="562"/>
        <source>Why is the petition not accepted? The petitioner is told this reason.</source>
        <translation>不予受理的理由（将告知信访人）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="564"/>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="565"/>
        <source>Why is more time needed? (once, 30 more days)</source>
        <translation>延期理由（只能延期一次，延长30天）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="566"/>
        <source>Conclude</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="566"/>
        <source>How was it resolved?</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="567"/>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="567"/>
        <source>Transferred to which department?</source>
        <translation>转办至哪个部门？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="580"/>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="586"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="598"/>
        <source>Add a file to the case</source>
        <translation>为案件添加文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="629"/>
        <source>Accepted.</source>
        <translation>已受理。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="636"/>
        <source>Not accepted; the reason is recorded.</source>
        <translation>不予受理，理由已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="640"/>
        <source>Handling started.</source>
        <translation>已开始办理。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="647"/>
        <source>Extended.</source>
        <translation>已延期。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="654"/>
        <source>Concluded.</source>
        <translation>已办结。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="663"/>
        <source>Follow-up recorded.</source>
        <translation>已记录回访。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="670"/>
        <source>Transferred.</source>
        <translation>已转办。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="682"/>
        <source>%1 recorded; pending: that line of work is not in use yet, so no case was opened there.</source>
        <translation>已记录%1；该业务模块尚未启用，暂未在该模块建立案件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="686"/>
        <source>%1: case %2 opened.</source>
        <translation>%1：已建立案件 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="740"/>
        <source>Adding %1...</source>
        <translation>正在添加 %1...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="755"/>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="772"/>
        <source>The file %1 is missing from the attachment folder.</source>
        <translation>附件文件夹中缺少文件 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="776"/>
        <source>Warning: %1 has changed since it was added.</source>
        <translation>注意：%1 在添加后已被修改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_case_page.py" line="785"/>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
</context>
<context>
    <name>IntakeEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="387"/>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="684"/>
        <source>UnionCase - New intake</source>
        <translation>UnionCase - 信访登记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="388"/>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="389"/>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="390"/>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="391"/>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="392"/>
        <source>Channel: keys 1-4 here, or Alt+1-4 anywhere</source>
        <translation>渠道：在此按 1-4，或在任意位置按 Alt+1-4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="393"/>
        <source>Press 1-4, or Tab to keep this channel</source>
        <translation>按 1-4 选择渠道，或按 Tab 保持当前渠道</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="394"/>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="395"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="396"/>
        <source>Stop the call timer</source>
        <translation>停止通话计时</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="398"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="398"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="399"/>
        <source>&amp;Letter date</source>
        <translation>来信日期(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="399"/>
        <source>Sender &amp;address</source>
        <translation>来信地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="400"/>
        <source>&amp;Employer</source>
        <translation>工作单位(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="400"/>
        <source>&amp;Head count</source>
        <translation>人数(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="401"/>
        <source>Cate&amp;gory</source>
        <translation>反映类别(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="401"/>
        <source>&amp;What they ask</source>
        <translation>诉求(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="402"/>
        <source>Registered &amp;on</source>
        <translation>登记日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="407"/>
        <source>Type a name, pinyin, ID number or phone to find a registered person</source>
        <translation>输入姓名、拼音、身份证号或电话查找已登记的人员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="408"/>
        <source>18 characters; optional</source>
        <translation>18位，可不填</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="409"/>
        <source>The date written on the letter, e.g. 2022-03-05</source>
        <translation>信上所写日期，如 2022-03-05</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="411"/>
        <source>As written on the envelope</source>
        <translation>按信封所写填写</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="413"/>
        <source>Type a name, pinyin or credit code; a new name is registered</source>
        <translation>输入单位名称、拼音或信用代码；新名称将自动登记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="414"/>
        <source>What the petitioner asks for</source>
        <translation>信访人的诉求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="416"/>
        <source>The day the petition came in: today, or an earlier day when entering paper records</source>
        <translation>信访事项的登记日期：当天，或补录纸质记录时的较早日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="418"/>
        <source>Not today</source>
        <translation>非当天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="419"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="420"/>
        <source>Save &amp;&amp; &amp;next</source>
        <translation>保存并继续(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="422"/>
        <source>Save and start the next entry of the same channel (Ctrl+N)</source>
        <translation>保存并登记同一渠道的下一件（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="423"/>
        <source>Group petition</source>
        <translation>集体访</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="431"/>
        <source>Caller &amp;number</source>
        <translation>来电号码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="432"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="434"/>
        <source>The number the call came from</source>
        <translation>来电显示的号码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="435"/>
        <source>Mobile or landline; optional</source>
        <translation>手机或固定电话，可不填</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="436"/>
        <source>UnionCase - New visit</source>
        <translation>UnionCase - 来访登记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="437"/>
        <source>UnionCase - New call</source>
        <translation>UnionCase - 来电登记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="438"/>
        <source>UnionCase - New letter</source>
        <translation>UnionCase - 来信登记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="439"/>
        <source>UnionCase - New online message</source>
        <translation>UnionCase - 网络信访登记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="556"/>
        <source>Registered person %1</source>
        <translation>已登记人员 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="558"/>
        <source>New person: added to the registry when saved</source>
        <translation>新人员：保存时登记到职工名册</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="653"/>
        <source>Registered %1 (%2)</source>
        <translation>已登记 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/intake_entry_dialog.py" line="685"/>
        <source>Discard this entry? Nothing has been saved.</source>
        <translation>放弃本次登记吗？尚未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="248"/>
        <source>Filter by name, pinyin, ID number, phone, employer or case number</source>
        <translation>按姓名、拼音、身份证号、电话、单位或案件编号筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="249"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="250"/>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="251"/>
        <source>Registration date; Delete clears it</source>
        <translation>登记日期；按 Delete 清除</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="254"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="255"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="256"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="257"/>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="258"/>
        <source>Open cases past their due date</source>
        <translation>已超过期限仍未办结的案件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="259"/>
        <source>Group only</source>
        <translation>只看集体访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="260"/>
        <source>Group petitions: 5 or more people</source>
        <translation>集体访：5人及以上</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="261"/>
        <source>Repeat only</source>
        <translation>只看重复信访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="263"/>
        <source>Repeat petitions: the same person, or the same employer and category, within 90 days</source>
        <translation>重复信访：90天内同一人，或同一单位同一类别再次信访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="265"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="266"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="267"/>
        <source>New intake (Ctrl+Shift+I); the arrow picks a channel</source>
        <translation>信访登记（Ctrl+Shift+I）；点箭头选择渠道</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="268"/>
        <source>New visit...</source>
        <translation>来访登记...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="269"/>
        <source>New call...</source>
        <translation>来电登记...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="270"/>
        <source>New letter...</source>
        <translation>来信登记...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="271"/>
        <source>New online message...</source>
        <translation>网络信访登记...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="274"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="275"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="374"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="375"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="376"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="377"/>
        <source>Group</source>
        <translation>集体访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/intake_tab.py" line="378"/>
        <source>Repeat</source>
        <translation>重复信访</translation>
    </message>
</context>
<context>
    <name>IntakeTableModel</name>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="65"/>
        <source>Group</source>
        <translation>集体访</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="66"/>
        <source>Repeat</source>
        <translation>重复信访</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="67"/>
        <location filename="../../ui/models/intake_table_model.py" line="89"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="68"/>
        <location filename="../../ui/models/intake_table_model.py" line="91"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="69"/>
        <source>Handled late</source>
        <translation>超期办结</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="93"/>
        <source>In time</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>JobFairsDialog</name>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="143"/>
        <source>UnionCase - Job fairs</source>
        <translation>UnionCase - 招聘会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="144"/>
        <source>New job fair</source>
        <translation>新建招聘会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="145"/>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="161"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="145"/>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="164"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="146"/>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="164"/>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="146"/>
        <source>Organizer</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="147"/>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="164"/>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="149"/>
        <source>e.g. 春风行动2026</source>
        <translation>例如 春风行动2026</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="150"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="151"/>
        <source>A position offered at the selected fair</source>
        <translation>所选招聘会的招聘岗位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="153"/>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="168"/>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="153"/>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="168"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="153"/>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="165"/>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="168"/>
        <source>Wanted</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="154"/>
        <source>Pay from</source>
        <translation>月薪从</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="154"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="154"/>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="169"/>
        <source>Requirements</source>
        <translation>岗位要求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="156"/>
        <source>Add</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="157"/>
        <source>Print the fair&apos;s summary</source>
        <translation>打印招聘会情况汇总表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="158"/>
        <source>Refer the selected seeker</source>
        <translation>推荐所选求职人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="159"/>
        <source>Job seekers that fit the selected position</source>
        <translation>与所选岗位匹配的求职人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="161"/>
        <source>Fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="161"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="161"/>
        <source>Desired job</source>
        <translation>求职意向</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="162"/>
        <source>Skills</source>
        <translation>技能与证书</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="162"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="164"/>
        <source>Fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="165"/>
        <source>Employers</source>
        <translation>参会企业</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="165"/>
        <source>Positions</source>
        <translation>岗位数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="165"/>
        <source>Seekers</source>
        <translation>求职人数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="166"/>
        <source>Referrals</source>
        <translation>推荐人次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="166"/>
        <source>Placed</source>
        <translation>推荐上岗</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="169"/>
        <source>Pay (yuan a month)</source>
        <translation>月薪（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="258"/>
        <source>%1 referred to %2.</source>
        <translation>已将%1推荐到%2。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="276"/>
        <source>Fair created.</source>
        <translation>招聘会已新建。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="286"/>
        <source>Choose a registered employer first.</source>
        <translation>请先选择已登记的用人单位。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_fairs_dialog.py" line="300"/>
        <source>Position added.</source>
        <translation>岗位已增加。</translation>
    </message>
</context>
<context>
    <name>JobSeekerDialog</name>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="98"/>
        <source>UnionCase - Register a job seeker</source>
        <translation>UnionCase - 求职登记</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="99"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="99"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="100"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="100"/>
        <source>&amp;Education</source>
        <translation>文化程度(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="101"/>
        <source>&amp;Situation</source>
        <translation>目前状况(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="101"/>
        <source>Desired &amp;job</source>
        <translation>求职意向(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="102"/>
        <source>Desired pa&amp;y (yuan a month)</source>
        <translation>期望月薪（元）(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="103"/>
        <source>S&amp;kills and certificates</source>
        <translation>技能与证书(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="103"/>
        <source>At &amp;fair</source>
        <translation>登记地点(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="106"/>
        <source>(at the desk)</source>
        <translation>（服务站窗口）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="108"/>
        <source>Save (Ctrl+S); Ctrl+N saves and starts the next</source>
        <translation>保存（Ctrl+S）；Ctrl+N 保存并登记下一位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_dialog.py" line="144"/>
        <source>Registered %1 (%2)</source>
        <translation>已登记 %1（%2）</translation>
    </message>
</context>
<context>
    <name>JobSeekerPage</name>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="189"/>
        <source>Print referral letter</source>
        <translation>打印推荐信</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="190"/>
        <source>Print registration form</source>
        <translation>打印求职登记表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="191"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="192"/>
        <source>Record the result...</source>
        <translation>记录反馈结果...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="193"/>
        <source>Refer to this position</source>
        <translation>推荐到此岗位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="194"/>
        <source>Job seeker</source>
        <translation>求职</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="195"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="195"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="196"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="196"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="197"/>
        <source>Situation</source>
        <translation>目前状况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="197"/>
        <source>Desired job</source>
        <translation>求职意向</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="198"/>
        <source>Desired pay</source>
        <translation>期望月薪</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="198"/>
        <source>Skills</source>
        <translation>技能与证书</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="199"/>
        <source>Registered at</source>
        <translation>登记地点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="199"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="200"/>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="204"/>
        <source>Referred</source>
        <translation>推荐日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="204"/>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="207"/>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="204"/>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="207"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="204"/>
        <source>Fair</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="205"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="205"/>
        <source>Start / reason</source>
        <translation>上岗日期/未录用原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="205"/>
        <source>Follow up by</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="207"/>
        <source>Fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="207"/>
        <source>Wanted</source>
        <translation>招聘人数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="208"/>
        <source>Pay (yuan a month)</source>
        <translation>月薪（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="208"/>
        <source>Requirements</source>
        <translation>岗位要求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="233"/>
        <source>UnionCase - Job seeker - %1</source>
        <translation>UnionCase - 求职登记 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="240"/>
        <source>%1 yuan a month</source>
        <translation>%1 元/月</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="274"/>
        <source>Referrals (%1)</source>
        <translation>推荐记录（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="276"/>
        <source>Positions that fit (%1)</source>
        <translation>匹配岗位（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="309"/>
        <source>Referred to %1. Print the letter for the seeker to take along.</source>
        <translation>已推荐到%1。请打印推荐信交求职人携带。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="322"/>
        <source>Result of the referral to %1</source>
        <translation>推荐到%1的反馈结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="329"/>
        <source>Result recorded.</source>
        <translation>反馈结果已记录。</translation>
    </message>
</context>
<context>
    <name>JobSeekerTableModel</name>
    <message>
        <location filename="../../ui/models/job_seeker_table_model.py" line="52"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_seeker_table_model.py" line="53"/>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_seeker_table_model.py" line="55"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_seeker_table_model.py" line="56"/>
        <source>Desired job</source>
        <translation>求职意向</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_seeker_table_model.py" line="58"/>
        <source>Situation</source>
        <translation>目前状况</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_seeker_table_model.py" line="60"/>
        <source>Latest referral</source>
        <translation>最近推荐</translation>
    </message>
    <message>
        <location filename="../../ui/models/job_seeker_table_model.py" line="62"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>JobsTab</name>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="170"/>
        <source>Filter by number, name, pinyin, ID number or desired job</source>
        <translation>按编号、姓名、拼音、身份证号或求职意向筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="171"/>
        <source>Register a job seeker...</source>
        <translation>求职登记...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="172"/>
        <source>Register a job seeker at the desk (Ctrl+Shift+J)</source>
        <translation>窗口求职登记（Ctrl+Shift+J）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="173"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="174"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="176"/>
        <source>The latest referral letter, or the registration form</source>
        <translation>最近一次推荐的推荐信，或求职登记表</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="177"/>
        <source>Job fairs...</source>
        <translation>招聘会...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="178"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="179"/>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="180"/>
        <source>All fairs</source>
        <translation>全部招聘会</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="181"/>
        <source>Referred to the employer...</source>
        <translation>推荐到的用人单位...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="182"/>
        <source>All results</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="293"/>
        <source>Seekers %1</source>
        <translation>求职 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="294"/>
        <source>Referrals %1</source>
        <translation>推荐 %1 人次</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="295"/>
        <source>Placed %1</source>
        <translation>上岗 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="296"/>
        <source>Placement rate %1</source>
        <translation>上岗率 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="308"/>
        <source>Referrals without an answer after 14 days:</source>
        <translation>推荐14日未反馈，请回访：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/jobs_tab.py" line="310"/>
        <source>and %1 more</source>
        <translation>另有 %1 件</translation>
    </message>
</context>
<context>
    <name>LedgerCountsTableModel</name>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="75"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="75"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="75"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="76"/>
        <source>Already there</source>
        <translation>已有</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="76"/>
        <source>With errors</source>
        <translation>有误</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="171"/>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="173"/>
        <source>Imports an Excel ledger (.xlsx) with the sheets 信访接待, 调解组织, 调解员, 调解案件, 帮扶救助, 招聘会 and 求职登记. Every cell is checked first: when any is wrong, nothing is imported and every problem is listed. Importing the same ledger again adds nothing.</source>
        <translation>导入 Excel 台账（.xlsx），工作表为信访接待、调解组织、调解员、调解案件、帮扶救助、招聘会、求职登记。导入前逐格检查：只要有一处有误就不导入，并列出全部问题。同一台账重复导入不会重复登记。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="177"/>
        <source>Save the blank template...</source>
        <translation>保存空白模板...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="178"/>
        <source>&amp;Ledger:</source>
        <translation>台账(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="179"/>
        <source>Choose an .xlsx file</source>
        <translation>请选择 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="180"/>
        <source>&amp;Choose...</source>
        <translation>选择(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="181"/>
        <source>&amp;Skip rows with errors, import the others</source>
        <translation>跳过有误的行，导入其余各行(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="182"/>
        <source>Only &amp;check, write nothing</source>
        <translation>仅检查，不写入(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="183"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="184"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="185"/>
        <source>&amp;Save the result as .xlsx...</source>
        <translation>将结果保存为 .xlsx(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="186"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="187"/>
        <source>Sheets</source>
        <translation>各工作表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="192"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="212"/>
        <source>Choose a ledger</source>
        <translation>选择台账</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="212"/>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="217"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="217"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="237"/>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="334"/>
        <source>The file could not be saved: %1</source>
        <translation>文件未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="239"/>
        <source>The blank template is saved to %1</source>
        <translation>空白模板已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="254"/>
        <source>Reading the ledger...</source>
        <translation>正在读取台账...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="267"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="275"/>
        <source>Working: %1</source>
        <translation>正在处理：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="296"/>
        <source>Not imported: %1 errors, nothing was written. Correct the ledger and import it again, or skip the rows with errors.</source>
        <translation>未导入：有 %1 处错误，没有写入任何数据。请改正台账后重新导入，或选择跳过有误的行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="300"/>
        <source>Checked, nothing written: %1 rows would be new.</source>
        <translation>已检查，未写入：将新增 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="303"/>
        <source>Imported: %1 new rows, %2 persons and %3 enterprises registered.</source>
        <translation>导入完成：新增 %1 行，新登记职工 %2 人、用人单位 %3 家。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="308"/>
        <source>%1 rows with errors were skipped.</source>
        <translation>已跳过有误的 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/ledger_import_dialog.py" line="336"/>
        <source>The result is saved to %1</source>
        <translation>导入结果已保存到 %1</translation>
    </message>
</context>
<context>
    <name>LedgerProblemTableModel</name>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="116"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="116"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="143"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="143"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="143"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="143"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/models/ledger_result_models.py" line="144"/>
        <source>Problem</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Report written to %1</source>
        <translation>已写入报表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Petitions &amp;&amp; hotline</source>
        <translation>信访接待</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Dispute mediation</source>
        <translation>劳动争议调解</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Jobs &amp;&amp; referrals</source>
        <translation>就业推荐</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Persons</source>
        <translation>职工</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Enterprises</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Search persons, enterprises, case numbers (Ctrl+F)</source>
        <translation>查找职工、用人单位、案件编号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>New &amp;intake (visit, call, letter)...</source>
        <translation>信访登记(&amp;I)（来访、来电、来信）...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>New &amp;mediation case...</source>
        <translation>新建调解案件(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>New &amp;aid application...</source>
        <translation>新建救助申请(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Register a &amp;job seeker...</source>
        <translation>求职登记(&amp;J)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>New &amp;person...</source>
        <translation>新建职工(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>New &amp;enterprise...</source>
        <translation>新建用人单位(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Import a &amp;ledger (Excel)...</source>
        <translation>导入台账（Excel）(&amp;L)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>E&amp;xport a sync bundle...</source>
        <translation>导出同步包(&amp;X)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>Import a sync b&amp;undle...</source>
        <translation>导入同步包(&amp;U)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>&amp;Print selected record...</source>
        <translation>打印所选记录(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Holiday calendar...</source>
        <translation>节假日安排(&amp;H)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Petition &amp;categories...</source>
        <translation>信访类别(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;Mediation organizations and mediators...</source>
        <translation>调解组织与调解员(&amp;M)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>&amp;Hardship registry...</source>
        <translation>困难职工档案(&amp;H)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>Aid &amp;programs and batches...</source>
        <translation>救助项目与批次(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>&amp;Job fairs...</source>
        <translation>招聘会(&amp;J)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>Sync c&amp;onflicts...</source>
        <translation>同步冲突(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>Sync s&amp;tatus...</source>
        <translation>同步状态(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>&amp;Backup and restore...</source>
        <translation>备份与恢复(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>&amp;About UnionCase</source>
        <translation>关于 UnionCase(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Station: %1</source>
        <translation>服务站：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <location filename="../../ui/main_window.py" line="506"/>
        <location filename="../../ui/main_window.py" line="560"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Registered %1</source>
        <translation>已登记 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="728"/>
        <source>Select a record to print first</source>
        <translation>请先选择要打印的记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="731"/>
        <source>Preparing the form...</source>
        <translation>正在生成表单...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="889"/>
        <source>About UnionCase</source>
        <translation>关于 UnionCase</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="890"/>
        <source>UnionCase %1
Case management for trade-union worker service centers.</source>
        <translation>UnionCase %1
职工服务中心案件管理软件</translation>
    </message>
</context>
<context>
    <name>MediationCasePage</name>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="305"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="306"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="308"/>
        <source>Print the agreement once successful, the application before (Ctrl+P); the arrow lists every form</source>
        <translation>调解成功的打印调解协议书，之前打印调解申请书（Ctrl+P）；箭头列出全部表单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="310"/>
        <source>Collective dispute</source>
        <translation>集体争议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="311"/>
        <source>Mediation steps</source>
        <translation>调解流程</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="313"/>
        <source>Accept...</source>
        <translation>受理...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="313"/>
        <source>Do not accept...</source>
        <translation>不予受理...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="314"/>
        <source>Record a session...</source>
        <translation>记录调解...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="315"/>
        <source>Extend...</source>
        <translation>延期...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="315"/>
        <source>Agreement...</source>
        <translation>调解成功...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="316"/>
        <source>No agreement...</source>
        <translation>调解不成...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="316"/>
        <source>Terminate...</source>
        <translation>终止调解...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="317"/>
        <source>Withdrawn...</source>
        <translation>撤回...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="318"/>
        <source>Performance...</source>
        <translation>履行情况...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="319"/>
        <source>Edit application...</source>
        <translation>修改申请...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="323"/>
        <source>Parties and claims</source>
        <translation>当事人与请求</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="324"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="325"/>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="327"/>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="327"/>
        <source>Workers</source>
        <translation>职工人数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="328"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="328"/>
        <source>Representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="329"/>
        <source>Dispute type</source>
        <translation>争议类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="329"/>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="330"/>
        <source>Facts</source>
        <translation>事实与理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="330"/>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="331"/>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="331"/>
        <source>Organization</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="332"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="332"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="333"/>
        <source>Limit</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="333"/>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="334"/>
        <source>Not accepted because</source>
        <translation>不予受理原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="335"/>
        <source>Concluded on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="335"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="336"/>
        <source>Agreed amount</source>
        <translation>协议金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="336"/>
        <source>Terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="337"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="337"/>
        <source>Court confirmation by</source>
        <translation>申请司法确认截止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="338"/>
        <source>Arbitration by</source>
        <translation>申请仲裁截止</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="339"/>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="339"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="344"/>
        <source>No.</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="344"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="344"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="344"/>
        <source>Attendees</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="345"/>
        <source>Record</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="347"/>
        <source>Item</source>
        <translation>款项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="347"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="347"/>
        <source>Payer</source>
        <translation>支付方</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="347"/>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="348"/>
        <source>Pay by</source>
        <translation>支付期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="348"/>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="374"/>
        <source>UnionCase - Mediation - %1</source>
        <translation>UnionCase - 劳动争议调解 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="395"/>
        <source>Overdue by %1 days</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="397"/>
        <source>the limit ends today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="400"/>
        <source>%1 days left</source>
        <translation>剩 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="401"/>
        <source>Limit %1</source>
        <translation>调解期限 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="402"/>
        <source>extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="429"/>
        <source>Total %1 yuan (RMB %2)</source>
        <translation>合计 %1 元（人民币%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="436"/>
        <source>presiding</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="446"/>
        <source>concluded after the limit</source>
        <translation>超期结案</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="450"/>
        <source>With both parties&apos; consent: %1</source>
        <translation>经双方当事人同意：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="454"/>
        <source>%1 yuan (RMB %2)</source>
        <translation>%1 元（人民币%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="523"/>
        <source>No. %1</source>
        <translation>第%1次</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="542"/>
        <source>Session %1, %2, %3</source>
        <translation>第%1次调解，%2，%3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="546"/>
        <source>Attendees: %1</source>
        <translation>参加人员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="566"/>
        <source>Sessions (%1)</source>
        <translation>调解记录（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="568"/>
        <source>Agreement (%1)</source>
        <translation>调解协议（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="589"/>
        <source>%1 (every session)</source>
        <translation>%1（全部调解）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="637"/>
        <source>This case was changed elsewhere meanwhile and has been reloaded: check it and press OK again.</source>
        <translation>本案已被他人修改，页面已重新载入：请核对后再按“确定”。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="654"/>
        <source>Accept the application</source>
        <translation>受理调解申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="656"/>
        <source>From the acceptance the mediation has 15 days (counted over the holiday calendar).</source>
        <translation>自受理之日起十五日内结束调解（按节假日安排计算）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="659"/>
        <source>Accepted.</source>
        <translation>已受理。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="668"/>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="764"/>
        <source>Session %1</source>
        <translation>第%1次调解</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="673"/>
        <source>Session recorded.</source>
        <translation>调解笔录已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="676"/>
        <source>Extend the mediation</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="680"/>
        <source>Extended.</source>
        <translation>已延期。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="684"/>
        <source>Mediation agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="689"/>
        <source>Agreement recorded: print it for the parties to sign.</source>
        <translation>调解协议已保存：请打印调解协议书交双方当事人签字。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="691"/>
        <source>Performance of the agreement</source>
        <translation>调解协议履行情况</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="698"/>
        <source>Performance recorded.</source>
        <translation>履行情况已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="710"/>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="711"/>
        <source>Why is the application not accepted?</source>
        <translation>不予受理的原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="712"/>
        <source>Not accepted; the reason is recorded.</source>
        <translation>不予受理，理由已记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="713"/>
        <source>The application will not be mediated.</source>
        <translation>该申请将不予调解。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="714"/>
        <source>No agreement</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="714"/>
        <source>Why did the mediation fail?</source>
        <translation>调解不成的原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="715"/>
        <source>Mediation ended without agreement: print the notice for arbitration.</source>
        <translation>调解不成，已结案：请打印调解不成告知书，告知当事人申请仲裁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="717"/>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="722"/>
        <source>This ends the mediation; the parties may apply for arbitration.</source>
        <translation>此操作将结束调解，当事人可以依法申请仲裁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="719"/>
        <source>Terminate the mediation</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="720"/>
        <source>Why is the mediation terminated?</source>
        <translation>终止调解的原因</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="721"/>
        <source>Mediation terminated: print the notice for arbitration.</source>
        <translation>已终止调解：请打印终止调解告知书，告知当事人申请仲裁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="724"/>
        <source>Application withdrawn</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="725"/>
        <source>Reason (optional)</source>
        <translation>原因（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="725"/>
        <source>Withdrawal recorded.</source>
        <translation>已记录撤回申请。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="726"/>
        <source>This ends the mediation at the applicant&apos;s request.</source>
        <translation>此操作将应申请人要求结束调解。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="733"/>
        <source>Do not accept this application? The applicant is told the reason, and the case is closed.</source>
        <translation>确定不予受理该调解申请吗？将告知申请人不予受理的原因，本案不再办理。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="735"/>
        <source>End the mediation without agreement? The case is closed and the parties are told they may apply for arbitration.</source>
        <translation>确定以调解不成结束调解吗？本案将结案，并告知当事人可以依法申请仲裁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="737"/>
        <source>Terminate the mediation? The case is closed and the parties are told they may apply for arbitration.</source>
        <translation>确定终止调解吗？本案将结案，并告知当事人可以依法申请仲裁。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="739"/>
        <source>Record that the applicant withdrew the application? The case is closed.</source>
        <translation>确定登记申请人撤回调解申请吗？本案将结案。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="761"/>
        <source>The case is concluded: its session records can no longer be changed.</source>
        <translation>案件已结案，调解笔录不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_case_page.py" line="776"/>
        <source>Session record corrected.</source>
        <translation>调解笔录已更正。</translation>
    </message>
</context>
<context>
    <name>MediationEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="379"/>
        <source>UnionCase - New mediation application</source>
        <translation>UnionCase - 新建调解申请</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="381"/>
        <source>UnionCase - Application %1</source>
        <translation>UnionCase - 调解申请 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="383"/>
        <source>Applicants (workers)</source>
        <translation>申请人（职工）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="385"/>
        <source>Name (type to find a registered person)</source>
        <translation>姓名（输入查找已登记职工）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="386"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="386"/>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="398"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="388"/>
        <source>Add applicant</source>
        <translation>增加申请人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="389"/>
        <source>Workers in the dispute</source>
        <translation>涉及职工人数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="391"/>
        <source>A collective dispute lists its representatives above and counts every worker here</source>
        <translation>集体争议在上面填写职工代表，此处填写涉及的全部职工人数</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="393"/>
        <source>Respondent (employer)</source>
        <translation>被申请人（用人单位）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="394"/>
        <source>&amp;Employer</source>
        <translation>工作单位(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="396"/>
        <source>Type to find a registered employer, or a new name</source>
        <translation>输入查找已登记的用人单位，或填写新单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="397"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="399"/>
        <source>Dispute and claims</source>
        <translation>争议与请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="400"/>
        <source>Dispute &amp;type</source>
        <translation>争议类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="401"/>
        <source>&amp;Applied on</source>
        <translation>申请日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="402"/>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="403"/>
        <source>Add claim</source>
        <translation>增加请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="404"/>
        <source>&amp;Facts and reasons</source>
        <translation>事实与理由(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="405"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="406"/>
        <source>&amp;Organization</source>
        <translation>调解组织(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="407"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="408"/>
        <source>Tick the mediators; the first ticked presides</source>
        <translation>勾选调解员；最先勾选的为主持调解员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="410"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="419"/>
        <source>Claim, e.g. unpaid wages Aug-Oct</source>
        <translation>请求事项，例如：8月至10月工资</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="420"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="421"/>
        <source>Remove this claim</source>
        <translation>删除该请求事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="424"/>
        <source>18 characters</source>
        <translation>18位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="425"/>
        <source>Remove this applicant</source>
        <translation>删除该申请人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="480"/>
        <source>Collective dispute</source>
        <translation>集体争议</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="485"/>
        <source>Total: check the amounts</source>
        <translation>合计：请检查金额</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="490"/>
        <source>Total %1 yuan (RMB %2)</source>
        <translation>合计 %1 元（人民币%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="498"/>
        <source>(not yet assigned)</source>
        <translation>（尚未确定）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="505"/>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="527"/>
        <source> (inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="529"/>
        <source> %1 open</source>
        <translation> 在办%1件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="700"/>
        <source>Discard what was typed? Nothing has been saved.</source>
        <translation>放弃已填写的内容吗？尚未保存。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="717"/>
        <source>Name: </source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="718"/>
        <source>ID number: </source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="719"/>
        <source>Phone: </source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="720"/>
        <source>Claim: </source>
        <translation>请求事项：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_entry_dialog.py" line="721"/>
        <source>Amount: </source>
        <translation>金额：</translation>
    </message>
</context>
<context>
    <name>MediationFiguresModel</name>
    <message>
        <location filename="../../ui/models/mediation_figures_model.py" line="16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_figures_model.py" line="17"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_figures_model.py" line="18"/>
        <source>Concluded</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_figures_model.py" line="19"/>
        <source>Successful</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_figures_model.py" line="20"/>
        <source>Success rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_figures_model.py" line="21"/>
        <source>Agreed (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_figures_model.py" line="59"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_figures_model.py" line="60"/>
        <source>(none)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>MediationRegistryDialog</name>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="257"/>
        <source>UnionCase - Mediation organizations and mediators</source>
        <translation>UnionCase - 调解组织与调解员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="258"/>
        <source>Organizations</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="259"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="260"/>
        <source>Filter by name, type or town</source>
        <translation>按名称、类型或所属镇街筛选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="261"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="262"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="262"/>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="263"/>
        <source>T&amp;own</source>
        <translation>所属镇街(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="263"/>
        <source>&amp;Founded</source>
        <translation>成立日期(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="264"/>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="264"/>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="277"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="265"/>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="278"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="268"/>
        <source>Active (takes new cases)</source>
        <translation>启用（受理新案件）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="269"/>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="295"/>
        <source>New organization</source>
        <translation>新建调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="270"/>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="285"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="271"/>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="286"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="272"/>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="287"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="273"/>
        <source>Its mediators</source>
        <translation>查看调解员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="274"/>
        <source>Filter by name, organization or phone</source>
        <translation>按姓名、调解组织或电话筛选</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="275"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="275"/>
        <source>Full &amp;name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="276"/>
        <source>&amp;Organization</source>
        <translation>调解组织(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="276"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="277"/>
        <source>&amp;Certificate no.</source>
        <translation>证书编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="278"/>
        <source>Workload</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="282"/>
        <source>Type to find a registered person, or a new name</source>
        <translation>输入查找已登记职工，或填写新姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="283"/>
        <source>Active (can be assigned)</source>
        <translation>启用（可指派办案）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="284"/>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="299"/>
        <source>New mediator</source>
        <translation>新建调解员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="289"/>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="312"/>
        <source>All organizations</source>
        <translation>全部调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="296"/>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="300"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="396"/>
        <source>%1 still has %2 open cases. Deactivate it? Its open cases go on; it takes no new ones.</source>
        <translation>%1 还有 %2 件在办案件。确定停用吗？在办案件继续办理，不再受理新案件。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="445"/>
        <source>For a new person: 18 characters</source>
        <translation>新登记人员：18位身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="462"/>
        <source>%1 open cases, %2 past the limit</source>
        <translation>在办 %1 件，超期 %2 件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_registry_dialog.py" line="497"/>
        <source>%1 still has %2 open cases. Deactivate? The cases keep their mediator; no new ones are assigned.</source>
        <translation>%1 还有 %2 件在办案件。确定停用吗？在办案件仍由其办理，不再指派新案件。</translation>
    </message>
</context>
<context>
    <name>MediationRegistryModels</name>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="35"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="36"/>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="94"/>
        <location filename="../../ui/models/mediation_registry_models.py" line="112"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="96"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="98"/>
        <source>Town</source>
        <translation>所属镇街</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="100"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="102"/>
        <location filename="../../ui/models/mediation_registry_models.py" line="122"/>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="104"/>
        <location filename="../../ui/models/mediation_registry_models.py" line="126"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="114"/>
        <source>Organization</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="116"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="118"/>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="120"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_registry_models.py" line="124"/>
        <source>Past the limit</source>
        <translation>已超期</translation>
    </message>
</context>
<context>
    <name>MediationTab</name>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="272"/>
        <source>Filter by case number, applicant (name, pinyin, ID number) or employer</source>
        <translation>按案件编号、申请人（姓名、拼音、身份证号）或用人单位筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="273"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="274"/>
        <source>New case...</source>
        <translation>新建案件...</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="275"/>
        <source>New mediation application (Ctrl+Shift+M)</source>
        <translation>新建调解申请（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="276"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="277"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="279"/>
        <source>The agreement for a successful case, the application otherwise</source>
        <translation>调解成功的打印调解协议书，其他打印调解申请书</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="280"/>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="282"/>
        <source>Cases, successes and agreed amounts per organization and per mediator, for the cases the filters select</source>
        <translation>按调解组织和调解员统计筛选出的案件数、调解成功数和协议金额</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="284"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="285"/>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="286"/>
        <source>Application date; Delete clears it</source>
        <translation>申请日期；按 Delete 清除</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="289"/>
        <source>All organizations</source>
        <translation>全部调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="290"/>
        <source>All mediators</source>
        <translation>全部调解员</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="291"/>
        <source>All dispute types</source>
        <translation>全部争议类型</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="292"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="293"/>
        <location filename="../../ui/tabs/mediation_tab.py" line="505"/>
        <source>Past the limit</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="295"/>
        <source>Open cases past the 15-day limit (or the agreed extension)</source>
        <translation>超过十五日调解期限（或延长后的期限）仍未结案的案件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="296"/>
        <location filename="../../ui/tabs/mediation_tab.py" line="504"/>
        <source>Near the limit</source>
        <translation>临近期限</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="297"/>
        <source>Open cases whose limit ends within 3 days</source>
        <translation>3日内到期的在办案件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="298"/>
        <source>Collective only</source>
        <translation>仅集体争议</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="299"/>
        <source>Disputes of 10 or more workers</source>
        <translation>劳动者一方在十人以上的争议</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="300"/>
        <source>&lt;b&gt;Per organization&lt;/b&gt;</source>
        <translation>&lt;b&gt;按调解组织&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="301"/>
        <source>&lt;b&gt;Per mediator&lt;/b&gt;</source>
        <translation>&lt;b&gt;按调解员&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="501"/>
        <source>Total</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="502"/>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="503"/>
        <source>In progress</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="506"/>
        <source>Concluded</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="507"/>
        <source>Successful</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="515"/>
        <source>(success rate %1)</source>
        <translation>（成功率 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="528"/>
        <source>Past the 15-day limit:</source>
        <translation>超过调解期限：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="529"/>
        <location filename="../../ui/tabs/mediation_tab.py" line="535"/>
        <location filename="../../ui/tabs/mediation_tab.py" line="557"/>
        <source>and %1 more</source>
        <translation>另有 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="534"/>
        <source>Limit ends within 3 days:</source>
        <translation>3日内到期：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="538"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="546"/>
        <source>%1 days overdue</source>
        <translation>已逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="548"/>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="549"/>
        <source>due in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/mediation_tab.py" line="556"/>
        <source>Agreed payments:</source>
        <translation>协议付款提醒：</translation>
    </message>
</context>
<context>
    <name>MediationTableModel</name>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="50"/>
        <source>%1 and others (%2)</source>
        <translation>%1等%2人</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="65"/>
        <source>(extended)</source>
        <translation>（已延期）</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="93"/>
        <source>UnionCase - Sign in</source>
        <translation>UnionCase - 登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="95"/>
        <source>This database has no station yet. Enter the code and name of your service station: every record made here will belong to it.</source>
        <translation>本数据库尚未设置服务站。请输入本服务站的代码和名称：在此登记的每条记录都将归属本站。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="97"/>
        <source>Choose who is working today.</source>
        <translation>请选择今天的操作员。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="99"/>
        <source>Station code</source>
        <translation>服务站代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="100"/>
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="101"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="102"/>
        <source>e.g. 330402001</source>
        <translation>例如 330402001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="104"/>
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="105"/>
        <source>&amp;Operator</source>
        <translation>操作员(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="106"/>
        <source>New operator</source>
        <translation>新操作员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="107"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="110"/>
        <location filename="../../ui/dialogs/operator_dialog.py" line="124"/>
        <source>New operator...</source>
        <translation>新建操作员...</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="55"/>
        <location filename="../../ui/models/enterprise_table_model.py" line="14"/>
        <location filename="../../ui/models/intake_table_model.py" line="102"/>
        <location filename="../../ui/models/mediation_table_model.py" line="74"/>
        <location filename="../../ui/models/person_table_model.py" line="15"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="59"/>
        <source>Program</source>
        <translation>救助项目</translation>
    </message>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="61"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="62"/>
        <source>Hardship</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="64"/>
        <source>Requested (yuan)</source>
        <translation>申请金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="66"/>
        <source>Approved (yuan)</source>
        <translation>审批金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="69"/>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="103"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="105"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="58"/>
        <location filename="../../ui/models/intake_table_model.py" line="106"/>
        <location filename="../../ui/models/person_table_model.py" line="16"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="108"/>
        <source>Category</source>
        <translation>反映类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="109"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="68"/>
        <location filename="../../ui/models/intake_table_model.py" line="111"/>
        <location filename="../../ui/models/mediation_table_model.py" line="85"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="112"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/intake_table_model.py" line="114"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="15"/>
        <source>Enterprise name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="16"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="18"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="20"/>
        <location filename="../../ui/models/person_table_model.py" line="24"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="21"/>
        <source>Has union</source>
        <translation>建会</translation>
    </message>
    <message>
        <location filename="../../ui/models/paged_table_model.py" line="34"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/models/paged_table_model.py" line="35"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="17"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="19"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="22"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="25"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="27"/>
        <source>Household</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="29"/>
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <location filename="../../ui/models/aid_table_model.py" line="56"/>
        <location filename="../../ui/models/mediation_table_model.py" line="75"/>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="77"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="78"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="80"/>
        <source>Dispute</source>
        <translation>争议类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="82"/>
        <source>Organization</source>
        <translation>调解组织</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="84"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="86"/>
        <source>Limit</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="88"/>
        <source>Claimed (yuan)</source>
        <translation>请求金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/models/mediation_table_model.py" line="90"/>
        <source>Agreed (yuan)</source>
        <translation>协议金额（元）</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../ui/widgets/passphrase_field.py" line="66"/>
        <source>Remember until UnionCase closes</source>
        <translation>本次运行期间记住</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_field.py" line="67"/>
        <source>Kept in memory only, never saved to disk</source>
        <translation>只保存在内存中，不会写入磁盘</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_field.py" line="69"/>
        <source>Left empty: the one in %1</source>
        <translation>不填写则使用 %1 中的口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_field.py" line="72"/>
        <source>The passphrase in the environment variable %1 is used unless another one is typed here.</source>
        <translation>未在此输入口令时，使用环境变量 %1 中的口令。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_field.py" line="75"/>
        <source>The passphrase agreed for the city</source>
        <translation>全市统一约定的同步口令</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/passphrase_field.py" line="77"/>
        <source>The same passphrase at the center and every station; at least 8 characters.</source>
        <translation>中心和各服务站使用同一个口令，至少 8 个字符。</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="91"/>
        <source>The receipt is signed</source>
        <translation>领款人已签收</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="94"/>
        <source>Method</source>
        <translation>发放方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="95"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="96"/>
        <source>Receipt</source>
        <translation>受理回执</translation>
    </message>
</context>
<context>
    <name>PerformanceDialog</name>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="585"/>
        <source>paid %1</source>
        <translation>已于 %1 支付</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="594"/>
        <source>&amp;Performance</source>
        <translation>履行情况(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="595"/>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="596"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="597"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="126"/>
        <source>UnionCase - Edit person</source>
        <translation>UnionCase - 编辑职工信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="127"/>
        <source>UnionCase - New person</source>
        <translation>UnionCase - 新建职工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="128"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="129"/>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="130"/>
        <source>Sex / birth date</source>
        <translation>性别 / 出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="131"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="132"/>
        <source>&amp;Employer</source>
        <translation>工作单位(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="133"/>
        <source>Household</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="134"/>
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="135"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="136"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="137"/>
        <source>Member of a trade union</source>
        <translation>是工会会员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="138"/>
        <source>Open the registered person</source>
        <translation>打开已登记的职工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="139"/>
        <source>18 characters; sex and birth date follow</source>
        <translation>18位，自动得出性别和出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="140"/>
        <source>Type a name, pinyin or credit code</source>
        <translation>输入单位名称、拼音或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="141"/>
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="164"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="169"/>
        <source>(from the ID number)</source>
        <translation>（由身份证号得出）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="181"/>
        <source>This ID number is already registered: %1 (%2).</source>
        <translation>该身份证号已登记：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="142"/>
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="144"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="144"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="145"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="145"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="146"/>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="146"/>
        <source>Household</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="147"/>
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="147"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="148"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="148"/>
        <source>Registered at</source>
        <translation>登记服务站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="149"/>
        <location filename="../../ui/dialogs/person_page.py" line="225"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="149"/>
        <source>Last changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="153"/>
        <source>Petitions and hotline</source>
        <translation>信访接待</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="153"/>
        <source>Dispute mediation</source>
        <translation>劳动争议调解</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="154"/>
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="154"/>
        <source>Jobs and referrals</source>
        <translation>就业推荐</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="154"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="157"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="158"/>
        <source>Print form</source>
        <translation>打印登记表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="159"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="160"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="160"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="160"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="160"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="170"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="170"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="170"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="170"/>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="190"/>
        <source>UnionCase - Person - %1</source>
        <translation>UnionCase - 职工 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="201"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="201"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="211"/>
        <source>No records yet</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="225"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="226"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="226"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <location filename="../../ui/tabs/persons_tab.py" line="28"/>
        <source>Filter by name, pinyin (zs), ID number or its last 4+ characters, phone</source>
        <translation>按姓名、拼音（如 zs）、身份证号或其后4位以上、电话筛选</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="177"/>
        <source>UnionCase - Print preview - %1</source>
        <translation>UnionCase - 打印预览 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="178"/>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="179"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="181"/>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="182"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="183"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="184"/>
        <source>Save as PDF...</source>
        <translation>保存为PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="185"/>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="285"/>
        <source>Save as PDF</source>
        <translation>保存为PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="186"/>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="187"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="188"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="273"/>
        <source>Cannot show this PDF</source>
        <translation>无法显示该PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="275"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="286"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="309"/>
        <source>The PDF could not be saved:
%1</source>
        <translation>PDF 保存失败：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="312"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="387"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="395"/>
        <source>Printing failed.</source>
        <translation>打印失败。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/print_preview_dialog.py" line="402"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已向打印机发送 %n 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="233"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <location filename="../../ui/tabs/registry_tab.py" line="99"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/registry_tab.py" line="100"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/registry_tab.py" line="101"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/registry_tab.py" line="128"/>
        <source>Counting...</source>
        <translation>正在计数……</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/registry_tab.py" line="142"/>
        <source>%n record(s)</source>
        <translation>共 %n 条</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="67"/>
        <source>Result</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="68"/>
        <source>Starts work on</source>
        <translation>上岗日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/job_seeker_page.py" line="69"/>
        <source>Reason not hired</source>
        <translation>未录用原因</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="72"/>
        <source>Amount to approve (yuan)</source>
        <translation>建议救助金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aid_case_page.py" line="73"/>
        <source>Opinion</source>
        <translation>审核意见</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="42"/>
        <source>Person</source>
        <translation>职工</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="42"/>
        <source>Enterprise</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="43"/>
        <source>Petition</source>
        <translation>信访</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="43"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="44"/>
        <source>Aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="44"/>
        <source>Job seeker</source>
        <translation>求职</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="50"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="50"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="50"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="50"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="58"/>
        <source>Nothing found</source>
        <translation>未找到匹配的记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search_popup.py" line="59"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>找到 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="263"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="264"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="265"/>
        <source>&amp;Attendees</source>
        <translation>参加人员(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="266"/>
        <source>&amp;Record</source>
        <translation>调解笔录(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mediation_step_dialogs.py" line="268"/>
        <source>What each side said, the facts found, the proposals and the answers</source>
        <translation>双方陈述、查明的事实、调解方案及双方意见</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="106"/>
        <source>UnionCase - Settings</source>
        <translation>UnionCase - 设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="107"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="108"/>
        <source>PDF &amp;font</source>
        <translation>PDF 字体(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="109"/>
        <source>Automatic: a Chinese font on this computer</source>
        <translation>自动：使用本机的中文字体</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="110"/>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="112"/>
        <source>Printed forms need a TrueType Chinese font (.ttf or .ttc), for example SimSun (simsun.ttc in the Windows Fonts folder). OpenType .otf fonts cannot be embedded. Leave empty to use a Chinese font found on this computer.</source>
        <translation>打印表单需要 TrueType 中文字体（.ttf 或 .ttc），例如宋体（Windows 字体文件夹中的 simsun.ttc）。OpenType .otf 字体无法嵌入。留空则自动使用本机的中文字体。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="133"/>
        <source>Choose the PDF font</source>
        <translation>选择 PDF 字体</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="134"/>
        <source>TrueType fonts (*.ttf *.ttc);;All files (*)</source>
        <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="148"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Choose a .ttf or .ttc font file.</source>
        <translation>请选择 .ttf 或 .ttc 字体文件。</translation>
    </message>
</context>
<context>
    <name>SideDelegate</name>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="69"/>
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="70"/>
        <source>Other station</source>
        <translation>对方</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="56"/>
        <source>Opening the database...</source>
        <translation>正在打开数据库……</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>The database is empty. Fill it with demo data (a few hundred made-up persons and enterprises) to try UnionCase?</source>
        <translation>数据库为空。是否写入演示数据（几百条虚构的职工和用人单位）来试用 UnionCase？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="104"/>
        <source>UnionCase - Demo data</source>
        <translation>UnionCase - 演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="156"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="79"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="80"/>
        <source>Petitions received</source>
        <translation>受理信访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="81"/>
        <source>Closure rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="82"/>
        <source>Petitions closed</source>
        <translation>已结案信访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="83"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="84"/>
        <source>Group petitions</source>
        <translation>集体访</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="85"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="86"/>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="87"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="89"/>
        <source>Mediated successfully</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="90"/>
        <source>Mediation success rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="92"/>
        <source>Mediation cases concluded</source>
        <translation>已结案调解案件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="93"/>
        <source>Agreed amount (10k yuan)</source>
        <translation>协议金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="95"/>
        <source>Mediation agreements and their amounts</source>
        <translation>调解协议及协议金额</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="96"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="97"/>
        <source>Workers aided</source>
        <translation>救助人数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="98"/>
        <source>Aid paid (10k yuan)</source>
        <translation>救助金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="99"/>
        <source>Aid payments</source>
        <translation>救助金发放</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="100"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="101"/>
        <source>Job fairs</source>
        <translation>招聘会</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="102"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="103"/>
        <source>Job seekers</source>
        <translation>求职人数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="104"/>
        <source>Placed in jobs</source>
        <translation>推荐上岗</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="105"/>
        <source>Referrals that led to a job</source>
        <translation>推荐上岗</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="294"/>
        <source>&amp;Period</source>
        <translation>统计期间(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="295"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="295"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="295"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="296"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="298"/>
        <source>First quarter</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="298"/>
        <source>Second quarter</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="299"/>
        <source>Third quarter</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="299"/>
        <source>Fourth quarter</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="304"/>
        <source>&amp;Station</source>
        <translation>服务站(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="305"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="426"/>
        <source>All stations</source>
        <translation>全部服务站</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="307"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="308"/>
        <source>The figures as JSON, as the report command writes them</source>
        <translation>各项数据，JSON 格式（与 report 命令的输出相同）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="309"/>
        <source>The sentences of the work summary</source>
        <translation>工作总结的文字</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="310"/>
        <source>A workbook with a sheet per line of work and charts</source>
        <translation>Excel 工作簿：每条业务线一张工作表，附图表</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="311"/>
        <source>A printable report with tables and charts</source>
        <translation>可打印的报表，含表格和图表</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="318"/>
        <source>Click to see the records behind this figure</source>
        <translation>点击查看明细</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="320"/>
        <source>No records in this period</source>
        <translation>本期间无记录</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="321"/>
        <source>Click a bar to see its records</source>
        <translation>点击柱形查看明细</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="386"/>
        <source>Counting...</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="421"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="435"/>
        <source>Period: %1&#x3000;Station: %2</source>
        <translation>统计期间：%1&#x3000;服务站：%2</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="449"/>
        <source>%1 persons</source>
        <translation>涉及 %1 人次</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="451"/>
        <source>%1 closed</source>
        <translation>结案 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="453"/>
        <source>%1 or more people each</source>
        <translation>每件 %1 人及以上</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="456"/>
        <source>%1 organizations, %2 mediators</source>
        <translation>调解组织 %1 个，调解员 %2 名</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="464"/>
        <source>of %1 concluded</source>
        <translation>已结案 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="467"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="472"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="470"/>
        <source>%1 payments</source>
        <translation>发放 %1 笔</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="475"/>
        <source>%1 referrals</source>
        <translation>推荐 %1 人次</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="485"/>
        <source>%2/%1</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="491"/>
        <source>%1/%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="518"/>
        <source>Referrals and placements by month (persons)</source>
        <translation>每月推荐与上岗（人次）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="499"/>
        <location filename="../../ui/tabs/statistics_tab.py" line="505"/>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="501"/>
        <source>Petitions by category (cases)</source>
        <translation>信访反映类别（件）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="510"/>
        <source>Aid paid by program (10k yuan)</source>
        <translation>各救助项目发放金额（万元）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="511"/>
        <source>Aid paid by program (yuan)</source>
        <translation>各救助项目发放金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="503"/>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="306"/>
        <source>Export:</source>
        <translation>导出报表：</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="460"/>
        <source>%1 still open</source>
        <translation>在办 %1 件</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="477"/>
        <source>%1 of the referrals</source>
        <translation>占推荐人次的 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="496"/>
        <source>Petitions by month and channel (cases)</source>
        <translation>每月信访受理（按渠道，件）</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="513"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="517"/>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="517"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="520"/>
        <source>Referred</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="521"/>
        <source>Placed</source>
        <translation>上岗</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="522"/>
        <source>persons</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="585"/>
        <source>total %1 yuan</source>
        <translation>合计 %1 元</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="613"/>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="614"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="617"/>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="634"/>
        <source>Writing %1...</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="641"/>
        <source>Report written to %1</source>
        <translation>已写入报表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/statistics_tab.py" line="650"/>
        <source>The report could not be written: %1</source>
        <translation>报表未能写入：%1</translation>
    </message>
</context>
<context>
    <name>SyncBundleTableModel</name>
    <message>
        <location filename="../../ui/models/sync_models.py" line="509"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="509"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="509"/>
        <source>Made at</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="509"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="510"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>SyncConflictTableModel</name>
    <message>
        <location filename="../../ui/models/sync_models.py" line="254"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="254"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="254"/>
        <source>Other station</source>
        <translation>对方服务站</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="254"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="255"/>
        <source>State</source>
        <translation>处理情况</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="212"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="214"/>
        <source>A record changed both here and at another station, or registered at both, is never overwritten: this station&apos;s version stands, the other one waits here. Choose for every field that differs which side to keep (double-click a value to take it); the result goes back to the station with the next acknowledgement.</source>
        <translation>本站和其他服务站都修改过的记录，或两站分别登记的同一人（单位），不会被直接覆盖：先保留本站的内容，对方的内容在这里等待处理。请对每个不同的字段选择采用哪一边（双击某一边的值即可选中）；处理结果会随下一个确认包发回该服务站。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="218"/>
        <source>Show &amp;resolved ones</source>
        <translation>显示已处理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="219"/>
        <source>Keep this station&apos;s for &amp;all</source>
        <translation>全部保留本站(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="220"/>
        <source>&amp;Take the other station&apos;s for all</source>
        <translation>全部采用对方(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="221"/>
        <source>Resolve as &amp;chosen</source>
        <translation>按所选处理(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="222"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="253"/>
        <source>Open conflicts: %1</source>
        <translation>未处理的冲突：%1 条</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="254"/>
        <source>No open conflicts</source>
        <translation>没有未处理的冲突</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="290"/>
        <source>Choose a conflict above.</source>
        <translation>请在上方选择一条冲突。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="309"/>
        <source>%1 registered the same one: both are kept as this one record. Choose which details are right.</source>
        <translation>%1 也登记了同一人（单位），两条登记已合并为本库的这一条记录。请选择哪些信息是正确的。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="312"/>
        <source>Changed here and at %1 before either heard of the other.</source>
        <translation>本站和 %1 在同步之前都修改了这条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="318"/>
        <source>%1 fields differ: %2</source>
        <translation>有 %1 个字段不同：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="352"/>
        <source>Resolve the conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="373"/>
        <source>Keep this station&apos;s version of %1 in every field? The other station&apos;s changes are not taken.</source>
        <translation>%1 的全部字段都保留本站的内容？对方的修改将不被采用。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="377"/>
        <source>Take the other station&apos;s version of %1 in every field?</source>
        <translation>%1 的全部字段都采用对方的内容？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="383"/>
        <source>Save %1 with the other station&apos;s %2 and this station&apos;s other fields?</source>
        <translation>保存 %1：%2 采用对方的内容，其余字段保留本站的内容？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="387"/>
        <source>Nothing is chosen from the other station: keep this station&apos;s version of %1 in every field?</source>
        <translation>没有选择采用对方的任何字段：%1 的全部字段都保留本站的内容？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="395"/>
        <source>Saving...</source>
        <translation>正在保存...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_conflicts_dialog.py" line="403"/>
        <source>Resolved: %1 (%2). It goes back to %3 with the next acknowledgement.</source>
        <translation>已处理：%1（%2）。处理结果将随下一个确认包发回 %3。</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="217"/>
        <source>Export a sync bundle</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="219"/>
        <source>A sync bundle is an encrypted file taken to the center or a station on a USB stick or by mail. It holds no more than its kind says, and is checked after writing.</source>
        <translation>同步包是加密的文件，用U盘或邮寄等方式交给中心或服务站。它只包含所选类型的数据，写出后会重新读取核对。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="221"/>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="223"/>
        <source>This station&apos;s &amp;records (the changes since the center last acknowledged a bundle)</source>
        <translation>本站的记录（中心上次确认以来的变化）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="224"/>
        <source>Export &amp;everything again, not only the changes</source>
        <translation>全部重新导出，不只导出变化(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="226"/>
        <source>Re&amp;ference data (from the center to its stations: registries and holidays)</source>
        <translation>参考数据（中心向服务站下发：登记信息与节假日）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="227"/>
        <source>An &amp;acknowledgement for the station</source>
        <translation>给服务站的确认包(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="228"/>
        <source>&amp;Passphrase:</source>
        <translation>同步口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="229"/>
        <source>&amp;Signing key:</source>
        <translation>签名密钥(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="231"/>
        <source>Optional: this station&apos;s Ed25519 private key (.pem)</source>
        <translation>可不填：本站的 Ed25519 私钥文件（.pem）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="232"/>
        <source>C&amp;hoose...</source>
        <translation>选择(&amp;H)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="233"/>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="234"/>
        <source>Ch&amp;oose...</source>
        <translation>选择(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="235"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="236"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="239"/>
        <source>No bundle from another station was imported yet</source>
        <translation>尚未导入过其他服务站的同步包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="343"/>
        <source>Save the sync bundle as</source>
        <translation>同步包另存为</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="344"/>
        <source>UnionCase sync bundles (*.ucsync)</source>
        <translation>UnionCase 同步包 (*.ucsync)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="349"/>
        <source>Choose the signing key</source>
        <translation>选择签名密钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="349"/>
        <source>Private keys (*.pem)</source>
        <translation>私钥文件 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="376"/>
        <source>The signing key could not be read: %1</source>
        <translation>无法读取签名密钥文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="389"/>
        <source>Collecting the records...</source>
        <translation>正在收集记录...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="408"/>
        <source>Encrypting and writing the file, then checking it...</source>
        <translation>正在加密、写出文件并复核...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="410"/>
        <source>Collecting: %1</source>
        <translation>正在收集：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="425"/>
        <source>Exported: bundle No. %1 (%2), %3 records.</source>
        <translation>导出成功：第 %1 号同步包（%2），共 %3 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="430"/>
        <source>Only the changes since the center acknowledged bundle No. %1.</source>
        <translation>只含中心确认第 %1 号之后的变化。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="433"/>
        <source>Nothing changed since then; the bundle still tells the center that this station is up to date.</source>
        <translation>此后没有新的变化；这个同步包仍可交给中心，说明本站数据已是最新。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="435"/>
        <source>Attachments: %1</source>
        <translation>附件：%1 个</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="436"/>
        <source>Signed: yes</source>
        <translation>签名：已签名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="436"/>
        <source>Signed: no</source>
        <translation>签名：未签名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="438"/>
        <source>File: %1 (%2 KB)</source>
        <translation>文件：%1（%2 KB）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_export_dialog.py" line="449"/>
        <source>The bundle could not be written: %1</source>
        <translation>无法写出同步包：%1</translation>
    </message>
</context>
<context>
    <name>SyncFieldTableModel</name>
    <message>
        <location filename="../../ui/models/sync_models.py" line="323"/>
        <location filename="../../ui/models/sync_models.py" line="376"/>
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="323"/>
        <location filename="../../ui/models/sync_models.py" line="376"/>
        <source>Other station</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="339"/>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="376"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="377"/>
        <source>Keep</source>
        <translation>采用</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="144"/>
        <source>Import a sync bundle</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="146"/>
        <source>The whole bundle is checked first (passphrase, signature, every table&apos;s count and checksum); when anything is wrong nothing is imported. A record changed on both sides is never overwritten: it becomes a conflict to settle. The database is backed up before an import.</source>
        <translation>导入前先核对整个同步包（口令、签名、每类数据的条数和校验值），有任何问题都不导入。两边都修改过的记录不会被覆盖，而是作为冲突留待处理。导入前会先备份数据库。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="150"/>
        <source>&amp;Bundle:</source>
        <translation>同步包(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="151"/>
        <source>Choose a .ucsync file</source>
        <translation>请选择 .ucsync 文件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="152"/>
        <source>&amp;Choose...</source>
        <translation>选择(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="153"/>
        <source>&amp;Passphrase:</source>
        <translation>同步口令(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="154"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="155"/>
        <source>Settle the &amp;conflicts...</source>
        <translation>处理冲突(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="156"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="185"/>
        <source>Choose a sync bundle</source>
        <translation>选择同步包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="186"/>
        <source>UnionCase sync bundles (*.ucsync)</source>
        <translation>UnionCase 同步包 (*.ucsync)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="209"/>
        <source>Opening and checking the bundle...</source>
        <translation>正在打开并核对同步包...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="225"/>
        <source>Backing up the database first...</source>
        <translation>正在先备份数据库...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="227"/>
        <source>Importing: %1</source>
        <translation>正在导入：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="247"/>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="249"/>
        <source>Already imported: nothing was changed (%1, bundle %2).</source>
        <translation>已导入过，未做任何更改（%1，%2同步包）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="252"/>
        <source>Imported: bundle %1 from %2, %3 records.</source>
        <translation>导入成功：%2 的%1同步包，共 %3 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="256"/>
        <source>From</source>
        <translation>来自</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="257"/>
        <source>Bundle</source>
        <translation>同步包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="257"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="259"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="264"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="265"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="266"/>
        <source>Unchanged (already here)</source>
        <translation>未变（本库已有）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="267"/>
        <source>Merged (the same person or enterprise at two stations)</source>
        <translation>合并（同一人或单位在两站登记）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="269"/>
        <source>Conflicts to settle</source>
        <translation>冲突（待处理）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="273"/>
        <source>Conflicts seen before, still open</source>
        <translation>此前已记录、仍未处理的冲突</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="279"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="280"/>
        <source>This station&apos;s bundles up to No. %1</source>
        <translation>本站同步包已确认至第 %1 号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="282"/>
        <source>Missing bundles</source>
        <translation>缺少的同步包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="296"/>
        <source>Signed with the station&apos;s pinned key, checked</source>
        <translation>已用该站登记的公钥核对签名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="298"/>
        <source>Signed, but no key is pinned for the station yet</source>
        <translation>有签名，但尚未登记该站的公钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="299"/>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="304"/>
        <source>No. %1 never arrived. Each bundle holds every change since the last acknowledgement, so the later bundles brought those changes: nothing is lost, and the missing file need not be imported.</source>
        <translation>缺少第 %1 号同步包。每个同步包都包含上次确认以来的全部变化，后续包已包含其内容，数据未丢失，缺少的包不必补导。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_import_dialog.py" line="316"/>
        <source>The bundle could not be read: %1</source>
        <translation>无法读取同步包：%1</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <location filename="../../ui/models/sync_models.py" line="60"/>
        <location filename="../../ui/models/sync_models.py" line="423"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="60"/>
        <location filename="../../ui/models/sync_models.py" line="423"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="65"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="80"/>
        <source>Reference data</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="83"/>
        <source>Acknowledgement to %1</source>
        <translation>给 %1 的确认包</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="84"/>
        <source>Acknowledgement</source>
        <translation>确认包</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="86"/>
        <source>This station&apos;s records</source>
        <translation>本站数据</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="87"/>
        <source>Station records</source>
        <translation>服务站数据</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="93"/>
        <source>Same person registered at two stations</source>
        <translation>同一人在两站登记</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="95"/>
        <source>Same enterprise registered at two stations</source>
        <translation>同一单位在两站登记</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="96"/>
        <source>Same record registered at two stations</source>
        <translation>同一记录在两站登记</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="97"/>
        <source>Both sides changed the same record</source>
        <translation>同一记录两边都改了</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="102"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="103"/>
        <source>Kept this station&apos;s</source>
        <translation>保留本站</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="104"/>
        <source>Took the other station&apos;s</source>
        <translation>采用对方</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="105"/>
        <source>Chosen field by field</source>
        <translation>逐项选择</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="106"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="107"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="410"/>
        <location filename="../../ui/models/sync_models.py" line="421"/>
        <source>No. %1</source>
        <translation>第 %1 号</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="411"/>
        <source>None yet</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="448"/>
        <source>Bundles not received; each later bundle holds every change since the last acknowledgement, so nothing is missing once a later one arrived</source>
        <translation>未收到的同步包；每个同步包都包含上次确认以来的全部变化，收到后续包后数据并不缺少</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="489"/>
        <source>Confirms up to No. %1</source>
        <translation>确认至第 %1 号</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="494"/>
        <source>Not yet</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="495"/>
        <source>Yes (%1)</source>
        <translation>已确认（%1）</translation>
    </message>
</context>
<context>
    <name>SyncStationTableModel</name>
    <message>
        <location filename="../../ui/models/sync_models.py" line="455"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="455"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="455"/>
        <source>Last bundle</source>
        <translation>最近同步包</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="455"/>
        <source>Made at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="456"/>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="456"/>
        <source>Missing bundles</source>
        <translation>缺少的包</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="456"/>
        <source>Open conflicts</source>
        <translation>未处理冲突</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="457"/>
        <source>Acknowledged up to</source>
        <translation>已确认至</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="457"/>
        <source>Key pinned</source>
        <translation>公钥已登记</translation>
    </message>
</context>
<context>
    <name>SyncStatusDialog</name>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="135"/>
        <source>Sync status</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="137"/>
        <source>&lt;b&gt;Other stations&lt;/b&gt; — what this database imported from each</source>
        <translation>&lt;b&gt;其他服务站&lt;/b&gt; — 本库从各站导入的同步包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="138"/>
        <source>&lt;b&gt;Bundles this station wrote&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;本站导出的同步包&lt;/b&gt;（最新的在前）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="139"/>
        <source>Write an &amp;acknowledgement...</source>
        <translation>写确认包(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="141"/>
        <source>Tells the selected station which of its bundles arrived (its next bundle holds only what changed since) and carries the conflicts settled here back to it</source>
        <translation>告诉所选服务站它的哪些同步包已经收到（它的下一个同步包只需包含此后的变化），并把这里处理好的冲突带回该站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="143"/>
        <source>&amp;Pin a public key...</source>
        <translation>登记公钥(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="145"/>
        <source>From then on, only bundles signed with this key are accepted from the station</source>
        <translation>登记后，只接受该服务站用这把密钥签名的同步包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="146"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="167"/>
        <source>Sync &amp;conflicts (%1)...</source>
        <translation>同步冲突（%1）(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="168"/>
        <source>Sync &amp;conflicts...</source>
        <translation>同步冲突(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="196"/>
        <source>Pin a public key</source>
        <translation>登记公钥</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="197"/>
        <source>The public key of %1 (64 hexadecimal characters, as `unioncase sync-key` printed it at the station):</source>
        <translation>%1 的公钥（64 位十六进制字符，即服务站运行 unioncase sync-key 时显示的公钥）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sync_status_dialog.py" line="228"/>
        <source>The key of %1 is pinned: from now on only bundles signed with it are imported from that station.</source>
        <translation>已登记服务站 %1 的公钥：此后只导入该站用这把密钥签名的同步包。</translation>
    </message>
</context>
<context>
    <name>SyncTablesTableModel</name>
    <message>
        <location filename="../../ui/models/sync_models.py" line="195"/>
        <source>Records of</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/models/sync_models.py" line="195"/>
        <source>Count</source>
        <translation>记录数</translation>
    </message>
</context>
</TS>
