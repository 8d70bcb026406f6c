<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>EnterpriseDialog</name>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="88" />
        <source>UnionCase - Enterprise</source>
        <translation>UnionCase - 用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="89" />
        <source>UnionCase - New enterprise</source>
        <translation>UnionCase - 新建用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="90" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="91" />
        <source>&amp;Credit code</source>
        <translation>统一社会信用代码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="92" />
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="93" />
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="94" />
        <source>Trade union</source>
        <translation>工会组织</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="95" />
        <source>Has its own trade union</source>
        <translation>已建立工会</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="96" />
        <source>18-character unified social credit code</source>
        <translation>18位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="97" />
        <source>Registered workers</source>
        <translation>登记的职工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="99" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="99" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="99" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enterprise_dialog.py" line="99" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>EnterprisesTab</name>
    <message>
        <location filename="../../ui/tabs/enterprises_tab.py" line="26" />
        <source>Filter by name, pinyin initials or credit code</source>
        <translation>按名称、拼音首字母或统一社会信用代码筛选</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Petitions &amp;&amp; hotline</source>
        <translation>信访接待</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Dispute mediation</source>
        <translation>劳动争议调解</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Jobs &amp;&amp; referrals</source>
        <translation>就业推荐</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>Persons</source>
        <translation>职工</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>Enterprises</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>Search persons, enterprises, case numbers (Ctrl+F)</source>
        <translation>查找职工、用人单位、案件编号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>New &amp;person...</source>
        <translation>新建职工(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>New &amp;enterprise...</source>
        <translation>新建用人单位(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>&amp;Print selected record...</source>
        <translation>打印所选记录(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>&amp;Holiday calendar...</source>
        <translation>节假日安排(&amp;H)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193" />
        <source>&amp;About UnionCase</source>
        <translation>关于 UnionCase(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Station: %1</source>
        <translation>服务站：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200" />
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203" />
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324" />
        <source>Select a record to print first</source>
        <translation>请先选择要打印的记录</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327" />
        <source>Preparing the form...</source>
        <translation>正在生成表单...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <source>About UnionCase</source>
        <translation>关于 UnionCase</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363" />
        <source>UnionCase %1
Case management for trade-union worker service centers.</source>
        <translation>UnionCase %1
职工服务中心案件管理软件</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="92" />
        <source>UnionCase - Sign in</source>
        <translation>UnionCase - 登录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="94" />
        <source>This database has no station yet. Enter the code and name of your service station: every record made here will belong to it.</source>
        <translation>本数据库尚未设置服务站。请输入本服务站的代码和名称：在此登记的每条记录都将归属本站。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="96" />
        <source>Choose who is working today.</source>
        <translation>请选择今天的操作员。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="98" />
        <source>Station code</source>
        <translation>服务站代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="99" />
        <source>Station name</source>
        <translation>服务站名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="100" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="101" />
        <source>e.g. 330402001</source>
        <translation>例如 330402001</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="103" />
        <source>Station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="104" />
        <source>&amp;Operator</source>
        <translation>操作员(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="105" />
        <source>New operator</source>
        <translation>新操作员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="106" />
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/operator_dialog.py" line="109" />
        <location filename="../../ui/dialogs/operator_dialog.py" line="123" />
        <source>New operator...</source>
        <translation>新建操作员...</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="14" />
        <location filename="../../ui/models/person_table_model.py" line="18" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="15" />
        <location filename="../../ui/models/person_table_model.py" line="19" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="16" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="18" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="20" />
        <location filename="../../ui/models/person_table_model.py" line="27" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/enterprise_table_model.py" line="21" />
        <source>Has union</source>
        <translation>建会</translation>
    </message>
    <message>
        <location filename="../../ui/models/paged_table_model.py" line="31" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/models/paged_table_model.py" line="32" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="20" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="22" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="25" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="28" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="30" />
        <source>Household</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../../ui/models/person_table_model.py" line="32" />
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="124" />
        <source>UnionCase - Edit person</source>
        <translation>UnionCase - 编辑职工信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="125" />
        <source>UnionCase - New person</source>
        <translation>UnionCase - 新建职工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="126" />
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="127" />
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="128" />
        <source>Sex / birth date</source>
        <translation>性别 / 出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="129" />
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="130" />
        <source>&amp;Employer</source>
        <translation>工作单位(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="131" />
        <source>Household</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="132" />
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="133" />
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="134" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="135" />
        <source>Member of a trade union</source>
        <translation>是工会会员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="136" />
        <source>Open the registered person</source>
        <translation>打开已登记的职工</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="137" />
        <source>18 characters; sex and birth date follow</source>
        <translation>18位，自动得出性别和出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="138" />
        <source>Type a name, pinyin or credit code</source>
        <translation>输入单位名称、拼音或统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="139" />
        <source>Mobile or landline</source>
        <translation>手机或固定电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="162" />
        <location filename="../../ui/dialogs/person_dialog.py" line="167" />
        <source>(from the ID number)</source>
        <translation>（由身份证号得出）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="179" />
        <source>This ID number is already registered: %1 (%2).</source>
        <translation>该身份证号已登记：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="124" />
        <source>Registration</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="126" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="126" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="127" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="127" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="128" />
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="128" />
        <source>Household</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="129" />
        <source>Union member</source>
        <translation>工会会员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="129" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="130" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="130" />
        <source>Registered at</source>
        <translation>登记服务站</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="131" />
        <location filename="../../ui/dialogs/person_page.py" line="199" />
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="131" />
        <source>Last changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="135" />
        <source>Petitions and hotline</source>
        <translation>信访接待</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="135" />
        <source>Dispute mediation</source>
        <translation>劳动争议调解</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="136" />
        <source>Hardship aid</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="136" />
        <source>Jobs and referrals</source>
        <translation>就业推荐</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="136" />
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="139" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="140" />
        <source>Print form</source>
        <translation>打印登记表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="141" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="142" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="142" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="142" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="142" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="146" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="146" />
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="146" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="146" />
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="166" />
        <source>UnionCase - Person - %1</source>
        <translation>UnionCase - 职工 - %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="177" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="177" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="187" />
        <source>No records yet</source>
        <translation>暂无记录</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="199" />
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="200" />
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_page.py" line="200" />
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <location filename="../../ui/tabs/persons_tab.py" line="26" />
        <source>Filter by name, pinyin (zs), ID number or its last 4+ characters, phone</source>
        <translation>按姓名、拼音（如 zs）、身份证号或其后4位以上、电话筛选</translation>
    </message>
</context>
<context>
    <name>PlaceholderTab</name>
    <message>
        <location filename="../../ui/tabs/placeholder_tab.py" line="23" />
        <source>This line of work is being built. Persons and enterprises are already in the registries; their cases will appear here.</source>
        <translation>本模块正在建设中。职工和用人单位已可在登记簿中管理，相关案件将显示在这里。</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <location filename="../../ui/tabs/registry_tab.py" line="94" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/registry_tab.py" line="95" />
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/tabs/registry_tab.py" line="96" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="39" />
        <source>Person</source>
        <translation>职工</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="39" />
        <source>Enterprise</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="40" />
        <source>Petition</source>
        <translation>信访</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="40" />
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="41" />
        <source>Aid</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="41" />
        <source>Job seeker</source>
        <translation>求职</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_popup.py" line="52" />
        <source>Nothing found</source>
        <translation>未找到匹配的记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search_popup.py" line="53" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>找到 %n 条</numerusform></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="67" />
        <source>The database is empty. Fill it with demo data (a few hundred made-up persons and enterprises) to try UnionCase?</source>
        <translation>数据库为空。是否写入演示数据（几百条虚构的职工和用人单位）来试用 UnionCase？</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="73" />
        <source>UnionCase - Demo data</source>
        <translation>UnionCase - 演示数据</translation>
    </message>
</context>
</TS>