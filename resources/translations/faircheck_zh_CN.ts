<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>This program has not set up its access rules; nothing was changed.</source>
        <translation>本程序尚未设置访问规则，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assess a case under %1</source>
        <translation>按 %1 评估案件</translation>
    </message>
    <message>
        <source>Facts of the case</source>
        <translation>案件情节</translation>
    </message>
    <message>
        <source>No harmful consequences</source>
        <translation>无危害后果</translation>
    </message>
    <message>
        <source>Slight harm</source>
        <translation>危害后果轻微</translation>
    </message>
    <message>
        <source>Serious harm</source>
        <translation>危害后果严重</translation>
    </message>
    <message>
        <source>Harm:</source>
        <translation>危害后果：</translation>
    </message>
    <message>
        <source>First violation (no same-type record in the last 2 years)</source>
        <translation>初次违法（近 2 年内无同类违法记录）</translation>
    </message>
    <message>
        <source>Corrected in time</source>
        <translation>及时改正</translation>
    </message>
    <message>
        <source>Actively removed or reduced the harm (art. 32 (1))</source>
        <translation>主动消除或者减轻违法行为危害后果（第三十二条第一项）</translation>
    </message>
    <message>
        <source>Coerced or deceived by others (art. 32 (2))</source>
        <translation>受他人胁迫或者诱骗（第三十二条第二项）</translation>
    </message>
    <message>
        <source>Confessed what the authority did not know (art. 32 (3))</source>
        <translation>主动供述行政机关尚未掌握的违法行为（第三十二条第三项）</translation>
    </message>
    <message>
        <source>Meritorious cooperation (art. 32 (4))</source>
        <translation>配合查处有立功表现（第三十二条第四项）</translation>
    </message>
    <message>
        <source>Evidence shows no fault (art. 33 (2))</source>
        <translation>有证据足以证明没有主观过错（第三十三条第二款）</translation>
    </message>
    <message>
        <source>yuan, e.g. 1200.50</source>
        <translation>元，如 1200.50</translation>
    </message>
    <message>
        <source>Amount involved:</source>
        <translation>涉案金额：</translation>
    </message>
    <message>
        <source>Write an amount of yuan with at most two decimals.</source>
        <translation>请填写以元为单位、最多两位小数的金额。</translation>
    </message>
    <message>
        <source>Fine: %1 to %2 yuan</source>
        <translation>罚款幅度：%1 至 %2 元</translation>
    </message>
    <message>
        <source>A reduced fine lies below %1 yuan.</source>
        <translation>减轻处罚的罚款低于 %1 元。</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Documents to issue:</source>
        <translation>应出具的文书：</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not yet established</source>
        <translation>尚未查明</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Provisional.</source>
        <translation>暂定结论。</translation>
    </message>
    <message>
        <source>Still to establish: %1.</source>
        <translation>尚需查明：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Red-line item: art. 33 (1) and 首违不罚 do not apply; arts. 32 and 33 (2) still do.</source>
        <translation>红线事项：不适用第三十三条第一款和首违不罚；第三十二条和第三十三条第二款仍然适用。</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>Files are attached to clues and case reviews only.</source>
        <translation>附件只能关联到线索或案卷评查。</translation>
    </message>
    <message>
        <source>There is no record %1 to attach the file to.</source>
        <translation>没有可关联附件的记录 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot copy %1 into %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>the stored copy %1 is missing</source>
        <translation>存档副本 %1 缺失</translation>
    </message>
    <message>
        <source>the stored copy %1 was changed (its SHA-256 no longer matches)</source>
        <translation>存档副本 %1 已被改动（SHA-256 不再一致）</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>entries %1 to %2 are missing</source>
        <translation>第 %1 至 %2 条记录缺失</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written, or an entry before it was</source>
        <translation>第 %1 条记录在写入后被改动（或其前面的记录被改动）</translation>
    </message>
    <message>
        <source>the newest entries after %1 were removed (the chain&apos;s head is %2)</source>
        <translation>第 %1 条之后的最新记录被删除（链头为第 %2 条）</translation>
    </message>
    <message>
        <source>the %1 changes sealed by entry %2 were altered afterwards (%3 found)</source>
        <translation>第 %2 条记录封存的 %1 项数据变更事后被改动（现有 %3 项）</translation>
    </message>
    <message>
        <source>the triggers that capture changes were altered or removed after entry %1</source>
        <translation>第 %1 条记录之后，记录数据变更的触发器被修改或删除</translation>
    </message>
    <message>
        <source>an insert</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>an update</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>a deletion</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the record were made outside FairCheck; the first: %1 of %2 row %3</source>
        <translation>
            <numerusform>有 %n 项数据变更不是通过执法监督工作台作出的；第一项：对 %2 第 %3 行的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, each chained to the one before.</source>
        <translation>审计日志完整：共 %1 条记录，逐条链式校验通过。</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2.</source>
        <translation>审计日志在第 %1 条处断裂：%2。</translation>
    </message>
    <message>
        <source>The record was changed outside FairCheck: %1.</source>
        <translation>数据曾在执法监督工作台之外被改动：%1。</translation>
    </message>
    <message>
        <source>entry %1 is no longer in the audit trail: entries were removed</source>
        <translation>审计记录中已没有第 %1 条：有记录被删除</translation>
    </message>
    <message>
        <source>entry %1 has another hash than the anchor: the trail up to it was rewritten, or entries were removed and others written in their place</source>
        <translation>第 %1 条的哈希与锚点不同：此前的审计记录被改写过，或有记录被删除后又写入了其他记录</translation>
    </message>
    <message>
        <source>the triggers that capture changes were altered after entry %1, before entry %2 sealed changes</source>
        <translation>第 %1 条之后、第 %2 条封存数据变更之前，记录数据变更的触发器被修改过</translation>
    </message>
    <message>
        <source>the newest entries after %1 were removed outside FairCheck before entry %2 was written</source>
        <translation>在写入第 %2 条之前，第 %1 条之后的最新记录已在执法监督工作台之外被删除</translation>
    </message>
    <message>
        <source>the triggers that capture changes were found altered and reinstalled at entry %1; changes made while they were missing are not in the record, and no administrator has acknowledged the repair</source>
        <translation>第 %1 条记录时发现记录数据变更的触发器被改动并已重新安装；触发器缺失期间的数据变更未被记录，且尚无管理员确认此次修复</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Check the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Changes to this record, row by row:</source>
        <translation>该记录的逐行变更：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更号</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Sealed by entry</source>
        <translation>封存于审计记录</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>none: made outside FairCheck</source>
        <translation>无：在本程序之外改动</translation>
    </message>
    <message numerus="yes">
        <source>Inserted (an import of %n rows)</source>
        <translation>
            <numerusform>新增（一次导入共 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>anchor from a report or backup, e.g. 1234:5f2c…</source>
        <translation>报告或备份上的锚点，如 1234:5f2c…</translation>
    </message>
    <message>
        <source>Check the anchor</source>
        <translation>核对锚点</translation>
    </message>
    <message>
        <source>Anchor:</source>
        <translation>锚点：</translation>
    </message>
    <message>
        <source>This file&apos;s anchor now (note it down to check later): %1</source>
        <translation>本文件当前的锚点（请记下以备日后核对）：%1</translation>
    </message>
    <message>
        <source>Write the anchor as printed: the entry number, a colon and the 64-digit hash.</source>
        <translation>请按打印的格式填写锚点：记录序号、冒号和 64 位哈希值。</translation>
    </message>
    <message>
        <source>The trail still holds entry %1 unchanged: nothing up to it was rewritten.</source>
        <translation>审计记录仍完整包含第 %1 条：此前的记录未被改写。</translation>
    </message>
    <message>
        <source>The anchor does not hold: %1.</source>
        <translation>锚点核对不符：%1。</translation>
    </message>
    <message>
        <source>record, e.g. %1:12</source>
        <translation>记录，如 %1:12</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>file format %1 → %2</source>
        <translation>文件格式 %1 → %2</translation>
    </message>
    <message>
        <source>credit recomputed in full as of %1: %2 enterprises evaluated, %3 changed</source>
        <translation>截至 %1 全量重算信用：评估 %2 家企业，%3 家有变化</translation>
    </message>
    <message>
        <source>credit recomputed as of %1: %2 enterprises evaluated, %3 changed</source>
        <translation>截至 %1 重算信用：评估 %2 家企业，%3 家有变化</translation>
    </message>
    <message>
        <source>%1 credit events derived from the records</source>
        <translation>由业务记录生成信用事件 %1 条</translation>
    </message>
    <message>
        <source>grades of %1 officers set from their points</source>
        <translation>按积分确定 %1 名执法人员的等次</translation>
    </message>
    <message>
        <source>demo county built (seed %1, %2 enterprises, %3 months to %4): %5 rows</source>
        <translation>生成演示县（种子 %1，%2 家企业，截至 %4 的 %3 个月）：%5 行</translation>
    </message>
    <message>
        <source>imported %1: %2 new, %3 updated, %4 unchanged</source>
        <translation>导入 %1：新增 %2，更新 %3，未变 %4</translation>
    </message>
    <message>
        <source>changes %1–%2 sealed (%3 captured)</source>
        <translation>变更 %1–%2 已封存（共 %3 条）</translation>
    </message>
    <message>
        <source>exported %1: %2 rows to %3</source>
        <translation>导出 %1：%2 行，至 %3</translation>
    </message>
    <message>
        <source>%1 shown unmasked (%2)</source>
        <translation>明文显示 %1（%2）</translation>
    </message>
    <message>
        <source>%1 rows: %2</source>
        <translation>%1 行：%2</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>captured changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>acknowledged gap</source>
        <translation>已确认的缺口</translation>
    </message>
    <message>
        <source>change capture repaired</source>
        <translation>变更记录已修复</translation>
    </message>
    <message>
        <source>audit trail cut</source>
        <translation>审计链断开</translation>
    </message>
    <message>
        <source>users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>case-file reviews</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <source>clues</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>clue steps</source>
        <translation>线索办理步骤</translation>
    </message>
    <message>
        <source>credit events</source>
        <translation>信用事件</translation>
    </message>
    <message>
        <source>credit repairs</source>
        <translation>信用修复</translation>
    </message>
    <message>
        <source>credit rules</source>
        <translation>信用规则</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>benchmark bands</source>
        <translation>裁量阶次</translation>
    </message>
    <message>
        <source>benchmark items</source>
        <translation>裁量事项</translation>
    </message>
    <message>
        <source>benchmark lists</source>
        <translation>裁量基准清单</translation>
    </message>
    <message>
        <source>duty lists</source>
        <translation>两张清单</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>enterprise requests</source>
        <translation>企业诉求</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>forums</source>
        <translation>政企座谈</translation>
    </message>
    <message>
        <source>forum attendees</source>
        <translation>座谈参会企业</translation>
    </message>
    <message>
        <source>12345 orders</source>
        <translation>12345 工单</translation>
    </message>
    <message>
        <source>industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>inspection items</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <source>inspection plans</source>
        <translation>检查计划</translation>
    </message>
    <message>
        <source>inspection tasks</source>
        <translation>检查任务</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>邀约检查</translation>
    </message>
    <message>
        <source>justice offices</source>
        <translation>司法所</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>officer conflicts</source>
        <translation>执法人员回避</translation>
    </message>
    <message>
        <source>officer points</source>
        <translation>执法人员积分</translation>
    </message>
    <message>
        <source>penalty cases</source>
        <translation>处罚案件</translation>
    </message>
    <message>
        <source>plan departments</source>
        <translation>计划参与部门</translation>
    </message>
    <message>
        <source>plan exceptions</source>
        <translation>计划例外</translation>
    </message>
    <message>
        <source>repair notices</source>
        <translation>信用修复告知</translation>
    </message>
    <message>
        <source>request steps</source>
        <translation>诉求办理步骤</translation>
    </message>
    <message>
        <source>review deductions</source>
        <translation>评查扣分</translation>
    </message>
    <message>
        <source>review officers</source>
        <translation>评查人员</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>优信豁免沙盒</translation>
    </message>
    <message>
        <source>satisfaction ratings</source>
        <translation>满意度评价</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>task items</source>
        <translation>任务事项</translation>
    </message>
    <message>
        <source>townships</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>training attendees</source>
        <translation>培训参训企业</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>value aliases</source>
        <translation>名称对应</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>入企检查</translation>
    </message>
    <message>
        <source>visit officers</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>this file&apos;s office</source>
        <translation>本文件所属机构</translation>
    </message>
    <message>
        <source>trusted offices</source>
        <translation>已信任的机构</translation>
    </message>
    <message>
        <source>exchange package</source>
        <translation>交换数据包</translation>
    </message>
    <message>
        <source>records from other offices</source>
        <translation>来自其他机构的记录</translation>
    </message>
    <message>
        <source>exchange packages</source>
        <translation>交换数据包记录</translation>
    </message>
    <message>
        <source>records agreed with other offices</source>
        <translation>与其他机构一致的记录</translation>
    </message>
    <message>
        <source>package %1 sent to office %2</source>
        <translation>已向机构 %2 发送第 %1 个数据包</translation>
    </message>
    <message>
        <source>package %1 from office %2 imported: %3 records written, %4 removed, %5 of ours kept</source>
        <translation>已导入机构 %2 的第 %1 个数据包：写入 %3 条记录，删除 %4 条，保留本方 %5 条</translation>
    </message>
</context>
<context>
    <name>AuditValues</name>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>algorithm version</source>
        <translation>算法版本</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>band</source>
        <translation>裁量档次</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>documents delivered on</source>
        <translation>文书送达日期</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>category as written</source>
        <translation>原始类别</translation>
    </message>
    <message>
        <source>certificate expiry</source>
        <translation>执法证有效期</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>kind of check</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>checklist version</source>
        <translation>评查表版本</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>clue</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>code used</source>
        <translation>使用的检查码</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>complaint verified</source>
        <translation>投诉属实</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>content score</source>
        <translation>实体得分</translation>
    </message>
    <message>
        <source>created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>credit as of</source>
        <translation>信用计算日期</translation>
    </message>
    <message>
        <source>credit event</source>
        <translation>信用事项</translation>
    </message>
    <message>
        <source>next credit change</source>
        <translation>信用下次变动</translation>
    </message>
    <message>
        <source>credit score</source>
        <translation>信用积分</translation>
    </message>
    <message>
        <source>credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>declared on</source>
        <translation>认定日期</translation>
    </message>
    <message>
        <source>reason declined</source>
        <translation>婉拒理由</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>benchmark item</source>
        <translation>裁量事项</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>done by</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>抽中</translation>
    </message>
    <message>
        <source>effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>entered on</source>
        <translation>录入日期</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>reason for entry</source>
        <translation>纳入理由</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>excluded from the sandbox</source>
        <translation>排除出沙盒</translation>
    </message>
    <message>
        <source>reason for leaving</source>
        <translation>退出理由</translation>
    </message>
    <message>
        <source>left on</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>技术专家</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>feedback note</source>
        <translation>反馈说明</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>follow-up on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>form score</source>
        <translation>形式得分</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>座谈会</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>granted on</source>
        <translation>批准日期</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>举办日期</translation>
    </message>
    <message>
        <source>helped</source>
        <translation>已帮扶</translation>
    </message>
    <message>
        <source>12345 order</source>
        <translation>12345工单</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>inspection code</source>
        <translation>检查码</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>item rule</source>
        <translation>事项规则</translation>
    </message>
    <message>
        <source>items as written</source>
        <translation>原始检查事项</translation>
    </message>
    <message>
        <source>justice office</source>
        <translation>司法所</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>last received</source>
        <translation>最近接收</translation>
    </message>
    <message>
        <source>last sent</source>
        <translation>最近发送</translation>
    </message>
    <message>
        <source>legal ground</source>
        <translation>法定情形</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>representative&apos;s ID</source>
        <translation>法定代表人证件号</translation>
    </message>
    <message>
        <source>lighter kind of penalty</source>
        <translation>较轻处罚种类</translation>
    </message>
    <message>
        <source>benchmark list</source>
        <translation>裁量基准</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>officers per day</source>
        <translation>每日人员数</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>owner&apos;s table</source>
        <translation>所属表</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>penalty case</source>
        <translation>处罚案件</translation>
    </message>
    <message>
        <source>kinds of penalty</source>
        <translation>处罚种类</translation>
    </message>
    <message>
        <source>penalty provision</source>
        <translation>处罚依据</translation>
    </message>
    <message>
        <source>period end</source>
        <translation>期间截止</translation>
    </message>
    <message>
        <source>period start</source>
        <translation>期间起始</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>platform record number</source>
        <translation>平台记录编号</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>population</source>
        <translation>抽查对象</translation>
    </message>
    <message>
        <source>population digest</source>
        <translation>抽查对象摘要</translation>
    </message>
    <message>
        <source>problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>provisions</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>publicity class</source>
        <translation>公示类别</translation>
    </message>
    <message>
        <source>publicity ends</source>
        <translation>公示截止</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>random check</source>
        <translation>随机抽查</translation>
    </message>
    <message>
        <source>rated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>rectified on</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>red line</source>
        <translation>红线</translation>
    </message>
    <message>
        <source>registered on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>requested on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>result as written</source>
        <translation>原始结果</translation>
    </message>
    <message>
        <source>review</source>
        <translation>评查</translation>
    </message>
    <message>
        <source>reviewed on</source>
        <translation>评查日期</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>评查人</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>抽查比例</translation>
    </message>
    <message>
        <source>scheduled for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>source record</source>
        <translation>来源记录</translation>
    </message>
    <message>
        <source>source table</source>
        <translation>来源表</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>step on</source>
        <translation>办理日期</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>triage note</source>
        <translation>分拣说明</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>trusted on</source>
        <translation>信任日期</translation>
    </message>
    <message>
        <source>updated at</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>vetoed</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <source>violated on</source>
        <translation>违法行为发生日期</translation>
    </message>
    <message>
        <source>provision violated</source>
        <translation>违法条款</translation>
    </message>
    <message>
        <source>violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>visited on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>wanted on</source>
        <translation>期望日期</translation>
    </message>
    <message>
        <source>window ends</source>
        <translation>时间窗截止</translation>
    </message>
    <message>
        <source>window starts</source>
        <translation>时间窗起始</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>password digest</source>
        <translation>密码摘要</translation>
    </message>
    <message>
        <source>office</source>
        <translation>对方机构</translation>
    </message>
    <message>
        <source>local record</source>
        <translation>本地记录</translation>
    </message>
    <message>
        <source>global key</source>
        <translation>全局标识</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>package number</source>
        <translation>包序号</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <source>highest fine</source>
        <translation>罚款上限</translation>
    </message>
    <message>
        <source>lowest fine</source>
        <translation>罚款下限</translation>
    </message>
    <message>
        <source>reference amount</source>
        <translation>参考金额</translation>
    </message>
    <message>
        <source>package file</source>
        <translation>数据包文件</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BackupRotation</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>is not a database</source>
        <translation>不是数据库文件</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>is damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>is not a FairCheck database</source>
        <translation>不是 FairCheck 数据库</translation>
    </message>
</context>
<context>
    <name>CaptureGuard</name>
    <message>
        <source>The triggers that record every change had been removed or altered outside FairCheck; they were reinstalled (audit entry %1). Changes made while they were missing are not in the record. An administrator should check the file and acknowledge the repair (Settings, or faircheck-cli audit acknowledge %1).</source>
        <translation>记录每项数据变更的触发器曾在执法监督工作台之外被删除或改动，现已重新安装（审计记录第 %1 条）。触发器缺失期间的数据变更未被记录。请管理员检查该文件并确认此次修复（在“设置”中，或用 faircheck-cli audit acknowledge %1）。</translation>
    </message>
    <message>
        <source>Entry %1 is not a repair of the capture triggers.</source>
        <translation>第 %1 条不是对数据变更触发器的修复记录。</translation>
    </message>
    <message>
        <source>Say what was checked before acknowledging the repair.</source>
        <translation>确认修复前，请说明检查了什么。</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1：第 %2 个字符处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: %2.%3[%4] must be text.</source>
        <translation>%1：%2.%3[%4] 必须是文本。</translation>
    </message>
    <message>
        <source>%1: %2.%3[%4] uses the unknown field {%5}; known fields: %6.</source>
        <translation>%1：%2.%3[%4] 使用了未知字段 {%5}；可用字段：%6。</translation>
    </message>
    <message>
        <source>%1: the template %2 is missing or has no title.</source>
        <translation>%1：缺少模板 %2，或该模板没有标题。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Case %1 was recorded without a benchmark item, so its documents cannot name the provisions it breaks and is punished under; they are not generated.</source>
        <translation>案件 %1 登记时未关联裁量基准事项，文书无法写明所违反和据以处罚的条款，因此不予生成。</translation>
    </message>
</context>
<context>
    <name>CaseDocumentsDialog</name>
    <message>
        <source>Documents of case %1</source>
        <translation>案件 %1 的文书</translation>
    </message>
    <message>
        <source>Save PDF and DOCX…</source>
        <translation>保存 PDF 和 DOCX…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>文书保存位置</translation>
    </message>
    <message numerus="yes">
        <source>Documents of case %1 — %n file(s) saved</source>
        <translation>
            <numerusform>案件 %1 的文书 — 已保存 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>FairCheck command line: runs every engine without a window.</source>
        <translation>FairCheck 命令行：无需窗口即可运行各项功能。</translation>
    </message>
    <message>
        <source>Database file (default: FAIRCHECK_DB, then the per-user data folder).</source>
        <translation>数据库文件（默认取 FAIRCHECK_DB，其次为用户数据目录）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>User name written into the audit log.</source>
        <translation>写入审计日志的用户名。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Language of messages (zh_CN or en).</source>
        <translation>提示信息的语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>demo: number of enterprises.</source>
        <translation>demo：企业数量。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>The date to compute for (YYYY-MM-DD); demo: last day of the history.</source>
        <translation>计算所依据的日期（YYYY-MM-DD）；demo 中为历史数据的截止日期。</translation>
    </message>
    <message>
        <source>credit recompute: every enterprise, not only those that changed.</source>
        <translation>credit recompute：重算全部企业，而不仅是有变动的企业。</translation>
    </message>
    <message>
        <source>sandbox admit, credit repair: number of the decision.</source>
        <translation>sandbox admit、credit repair：决定文号。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>import: check and count, write nothing.</source>
        <translation>import：只检查和计数，不写入。</translation>
    </message>
    <message>
        <source>import: the sheet to read (default: the first).</source>
        <translation>import：要读取的工作表（默认第一个）。</translation>
    </message>
    <message>
        <source>export: the file to write (.csv or .xlsx).</source>
        <translation>export：要写入的文件（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>kpi: only this township.</source>
        <translation>kpi：只统计该乡镇（街道）。</translation>
    </message>
    <message>
        <source>kpi: from January to the end of the month.</source>
        <translation>kpi：从 1 月起累计到该月月底。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>report: pdf, xlsx or docx.</source>
        <translation>report：pdf、xlsx 或 docx。</translation>
    </message>
    <message>
        <source>discretion assess: a fact KEY=VALUE (may repeat).</source>
        <translation>discretion assess：一项情节 KEY=VALUE（可重复）。</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>情节</translation>
    </message>
    <message>
        <source>discretion import: the list&apos;s name.</source>
        <translation>discretion import：清单名称。</translation>
    </message>
    <message>
        <source>discretion import: the list&apos;s version number.</source>
        <translation>discretion import：清单版本号。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>discretion import: the date the version takes effect (YYYY-MM-DD).</source>
        <translation>discretion import：该版本生效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>discretion import: benchmark (default) or lenient.</source>
        <translation>discretion import：benchmark（裁量基准，默认）或 lenient（免罚轻罚清单）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>case record: the enterprise&apos;s USCC.</source>
        <translation>case record：企业的统一社会信用代码。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>case record: the benchmark item (id or code).</source>
        <translation>case record：裁量基准事项（编号或编码）。</translation>
    </message>
    <message>
        <source>item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>case record: the decision date (YYYY-MM-DD).</source>
        <translation>case record：决定日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>case record: no_penalty, reduced, lighter, standard or heavier.</source>
        <translation>case record：no_penalty（不予处罚）、reduced（减轻）、lighter（从轻）、standard（一般）或 heavier（从重）。</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>case record: the fine in yuan.</source>
        <translation>case record：罚款金额（元）。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>case record: the facts found.</source>
        <translation>case record：查明的事实。</translation>
    </message>
    <message>
        <source>case list: only cases outside their benchmark.</source>
        <translation>case list：只列出偏离裁量基准的案件。</translation>
    </message>
    <message>
        <source>case list, case figures: first decision date (YYYY-MM-DD).</source>
        <translation>case list、case figures：决定日期起（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>case list, case figures: last decision date (YYYY-MM-DD).</source>
        <translation>case list、case figures：决定日期止（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>kpi: only this department; services requests raise: the owner department.</source>
        <translation>kpi：只统计该部门；services requests raise：承办部门。</translation>
    </message>
    <message>
        <source>case record: the case is still open; services requests list: only open requests.</source>
        <translation>case record：案件尚未办结；services requests list：只列出未办结的诉求。</translation>
    </message>
    <message>
        <source>services invitations request: what the enterprise wants advice on.</source>
        <translation>services invitations request：企业希望指导的事项。</translation>
    </message>
    <message>
        <source>services invitations request: the date the enterprise would like.</source>
        <translation>services invitations request：企业希望的日期。</translation>
    </message>
    <message>
        <source>services invitations request: whom to contact.</source>
        <translation>services invitations request：联系人。</translation>
    </message>
    <message>
        <source>services invitations schedule: the officer&apos;s number.</source>
        <translation>services invitations schedule：执法人员编号。</translation>
    </message>
    <message>
        <source>services invitations schedule: the technical expert.</source>
        <translation>services invitations schedule：技术专家。</translation>
    </message>
    <message>
        <source>services invitations advise: the advice given.</source>
        <translation>services invitations advise：给出的指导意见。</translation>
    </message>
    <message>
        <source>services invitations advise: the follow-up date.</source>
        <translation>services invitations advise：回访日期。</translation>
    </message>
    <message>
        <source>services invitations list: only this status.</source>
        <translation>services invitations list：只列出该状态。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>services requests forum: the forum&apos;s title.</source>
        <translation>services requests forum：活动名称。</translation>
    </message>
    <message>
        <source>services: where it took place.</source>
        <translation>services：地点。</translation>
    </message>
    <message>
        <source>services requests raise: the forum&apos;s number.</source>
        <translation>services requests raise：活动编号。</translation>
    </message>
    <message>
        <source>services requests raise: what the enterprise asks for.</source>
        <translation>services requests raise：企业诉求内容。</translation>
    </message>
    <message>
        <source>services requests raise: the deadline.</source>
        <translation>services requests raise：办理期限。</translation>
    </message>
    <message>
        <source>services requests answer: the answer given.</source>
        <translation>services requests answer：答复内容。</translation>
    </message>
    <message>
        <source>services requests feedback: the enterprise is satisfied.</source>
        <translation>services requests feedback：企业满意。</translation>
    </message>
    <message>
        <source>services requests feedback: the enterprise is not satisfied (reopens).</source>
        <translation>services requests feedback：企业不满意（重新办理）。</translation>
    </message>
    <message>
        <source>services trainings add: the topic.</source>
        <translation>services trainings add：主题。</translation>
    </message>
    <message>
        <source>clue move: who takes the step.</source>
        <translation>clue move：办理人。</translation>
    </message>
    <message>
        <source>clue move assigned: the deadline in working days.</source>
        <translation>clue move assigned：办理期限（工作日）。</translation>
    </message>
    <message>
        <source>clue move verified: the complaint proved true.</source>
        <translation>clue move verified：投诉经核实属实。</translation>
    </message>
    <message>
        <source>clue list: only clues past their deadline.</source>
        <translation>clue list：只列出已逾期的线索。</translation>
    </message>
    <message>
        <source>clue list: only clues due within three working days.</source>
        <translation>clue list：只列出三个工作日内到期的线索。</translation>
    </message>
    <message>
        <source>review score: the filled review sheet (JSON).</source>
        <translation>review score：填好的评查表（JSON）。</translation>
    </message>
    <message>
        <source>review score: a case-file PDF to attach (may repeat).</source>
        <translation>review score：要附上的案卷 PDF（可重复）。</translation>
    </message>
    <message>
        <source>credit event add, officer points: why it is recorded; services invitations decline: why.</source>
        <translation>credit event add、officer points：记录的理由；services invitations decline：谢绝的理由。</translation>
    </message>
    <message>
        <source>credit event add, officer points: the points.</source>
        <translation>credit event add、officer points：分值。</translation>
    </message>
    <message>
        <source>officer points: political, competence, conduct, service or integrity.</source>
        <translation>officer points：political（政治素养）、competence（业务能力）、conduct（执法规范）、service（服务质量）或 integrity（廉洁自律）。</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>officer points: exam, training, commendation, complaint or manual.</source>
        <translation>officer points：exam（考试）、training（培训）、commendation（表彰）、complaint（投诉）或 manual（人工）。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>user add: admin, supervisor, clerk or viewer.</source>
        <translation>user add：admin（管理员）、supervisor（监督员）、clerk（文书）或 viewer（查看者）。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Set FAIRCHECK_PASSWORD to the password of %1.</source>
        <translation>请把 FAIRCHECK_PASSWORD 设为 %1 的密码。</translation>
    </message>
    <message>
        <source>demo, plan create: random seed.</source>
        <translation>demo、plan create：随机种子。</translation>
    </message>
    <message>
        <source>plan create: the departments drawing (codes or names, comma-separated).</source>
        <translation>plan create：参加抽取的部门（编码或名称，逗号分隔）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>plan create: the departments&apos; scopes (JSON; default: built in).</source>
        <translation>plan create：各部门抽查范围文件（JSON；默认使用内置范围）。</translation>
    </message>
    <message>
        <source>visit result: CODE=compliant, CODE=rectify:DATE or CODE=violation (may repeat).</source>
        <translation>visit result：事项编码=compliant（合格）、编码=rectify:日期（限期整改）或 编码=violation（违法），可重复。</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>visit rate: the enterprise&apos;s satisfaction, 1 to 5.</source>
        <translation>visit rate：企业满意度评价，1 至 5。</translation>
    </message>
    <message>
        <source>backups restore: restore a backup whose users have no passwords over a file whose users have them.</source>
        <translation>backups restore：用没有密码的备份覆盖有密码的数据库文件。</translation>
    </message>
    <message>
        <source>Open the database read-only (required for a file on a network drive).</source>
        <translation>以只读方式打开数据库（网络驱动器上的文件必须如此）。</translation>
    </message>
    <message>
        <source>audit verify: an anchor ENTRY:HASH from a report or backup that the trail must still hold (may repeat).</source>
        <translation>audit verify：报告或备份上的锚点“序号:哈希”，审计记录必须仍包含它（可重复）。</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>锚点</translation>
    </message>
    <message>
        <source>case record: the date of the violation (YYYY-MM-DD); the list version in force then applies unless a later one is lighter.</source>
        <translation>case record：违法行为发生日期（YYYY-MM-DD）；适用当时有效的清单版本，除非后来的版本处罚较轻。</translation>
    </message>
    <message>
        <source>case record: the mandatory ground of a lenient outcome: no_fault, harm_removed, coerced, confessed or meritorious (may repeat).</source>
        <translation>case record：从宽处理的法定依据：no_fault、harm_removed、coerced、confessed 或 meritorious（可重复）。</translation>
    </message>
    <message>
        <source>ground</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>case record: the penalty is of a lighter kind than the item prescribes (a reduced penalty).</source>
        <translation>case record：所处罚种类轻于该事项规定的种类（减轻处罚）。</translation>
    </message>
    <message>
        <source>case deliver, services: the date it happened; discretion assess: the date whose list version applies (YYYY-MM-DD; default today).</source>
        <translation>case deliver、services：发生日期；discretion assess：按哪一天有效的清单版本（YYYY-MM-DD；默认今天）。</translation>
    </message>
    <message>
        <source>plan create: plan a period whose year has no holiday notice yet, on the statutory holidays alone.</source>
        <translation>plan create：为尚无放假安排通知的年份制定计划，只按法定节假日安排。</translation>
    </message>
    <message>
        <source>import: read a value written another way as a known one, for this run: KIND=VALUE=&gt;TARGET (may repeat).</source>
        <translation>import：本次导入把另一种写法读作已知名称：类别=原值=&gt;对应名称（可重复）。</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>对应</translation>
    </message>
    <message>
        <source>services: the kind of forum or training; finding list: only this kind.</source>
        <translation>services：活动或培训的类型；finding list：只列此类发现。</translation>
    </message>
    <message>
        <source>import: leave the credit events and scores the records feed to a later credit recompute.</source>
        <translation>import：暂不生成信用事件、不重新计分，留待之后的 credit recompute。</translation>
    </message>
    <message>
        <source>The command to run, one of those listed below.</source>
        <translation>要运行的命令，见下文所列。</translation>
    </message>
    <message>
        <source>user add: the name shown for the user; office set township: the office&apos;s name.</source>
        <translation>user add：显示的用户姓名；office set township：机构名称。</translation>
    </message>
    <message>
        <source>office set township: the township&apos;s division code, for a new file whose register does not have it yet.</source>
        <translation>office set township：乡镇（街道）的区划代码，用于名录中尚无该乡镇的新文件。</translation>
    </message>
    <message>
        <source>exchange import: a record changed in both files takes the other office&apos;s version.</source>
        <translation>exchange import：双方都改过的记录采用对方的版本。</translation>
    </message>
    <message>
        <source>exchange import: a record changed in both files keeps this file&apos;s version (sent back next time).</source>
        <translation>exchange import：双方都改过的记录保留本方的版本（下次发回对方）。</translation>
    </message>
    <message>
        <source>Options are written with two dashes: -%1.</source>
        <translation>选项要用两个短横线：-%1。</translation>
    </message>
    <message>
        <source>There is no option --%1.</source>
        <translation>没有选项 --%1。</translation>
    </message>
    <message>
        <source>faircheck-cli --help lists the commands and options.</source>
        <translation>faircheck-cli --help 列出全部命令和选项。</translation>
    </message>
    <message>
        <source>exchange export: write package N again, as it was sent (a lost or overwritten file).</source>
        <translation>exchange export：按原样重新写出第 N 个数据包（文件丢失或被覆盖时）。</translation>
    </message>
    <message>
        <source>kpi, report, demo files …: the month (YYYY-MM).</source>
        <translation>kpi、report、demo files 等：月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>import: read each value the register writes otherwise as the closest name it suggests.</source>
        <translation>import：名录写法不同的值，一律按建议的最相近名称读取。</translation>
    </message>
    <message>
        <source>import: keep the accepted and --map mappings as aliases once the import succeeds.</source>
        <translation>import：导入成功后，将接受的建议和 --map 对应保存为别名。</translation>
    </message>
</context>
<context>
    <name>CliCaseCommands</name>
    <message>
        <source>--decided needs the decision date (YYYY-MM-DD).</source>
        <translation>--decided 需要决定日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--fine needs an amount of yuan, such as 18500 or 18500.50.</source>
        <translation>--fine 需要以元为单位的金额，如 18500 或 18500.50。</translation>
    </message>
    <message>
        <source>Case %1 recorded under item %2 (list version %3): %4, fine %5 yuan.</source>
        <translation>案件 %1 已按事项 %2（清单 %3 版）登记：%4，罚款 %5 元。</translation>
    </message>
    <message>
        <source>Outside the benchmark: %1.</source>
        <translation>偏离裁量基准：%1。</translation>
    </message>
    <message>
        <source>--from and --to are dates (YYYY-MM-DD).</source>
        <translation>--from 和 --to 须为日期（YYYY-MM-DD）。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to are needed, as dates (YYYY-MM-DD), --to not before --from.</source>
        <translation>需要 --from 和 --to 两个日期（YYYY-MM-DD），且 --to 不早于 --from。</translation>
    </message>
    <message>
        <source>Month    Department  Cases  Lenient  Fines waived (yuan)  Outside benchmark</source>
        <translation>月份     部门  案件数  免罚轻罚  减免罚款（元）  偏离基准</translation>
    </message>
    <message>
        <source>--out needs the folder to write the documents into.</source>
        <translation>--out 需要文书保存的文件夹。</translation>
    </message>
    <message>
        <source>Case %1: not found.</source>
        <translation>未找到案件 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>--on needs the delivery date (YYYY-MM-DD).</source>
        <translation>--on 需要送达日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Case %1: documents delivered on %2.</source>
        <translation>案件 %1：文书已于 %2 送达。</translation>
    </message>
    <message>
        <source>Case %1: benchmark item %2 (list %3) attached.</source>
        <translation>案件 %1：已关联裁量基准事项 %2（清单 %3）。</translation>
    </message>
    <message>
        <source>Checked against it: %1.</source>
        <translation>据此校验：%1。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli case record CASE_NO --uscc USCC --item ITEM --decided DATE [--violated DATE] --outcome OUTCOME [--fine YUAN] [--note FACTS] [--open] [--ground G]... [--lighter-kind]
       faircheck-cli case list [--flagged] [--from DATE] [--to DATE]
       faircheck-cli case figures --from DATE --to DATE
       faircheck-cli case docs CASE --out DIR
       faircheck-cli case deliver CASE --on DATE
       faircheck-cli case item CASE ITEM</source>
        <translation>用法：faircheck-cli case record 案号 --uscc 信用代码 --item 事项 --decided 日期 [--violated 日期] --outcome 处理结果 [--fine 元] [--note 事实] [--open] [--ground 依据]... [--lighter-kind]
      faircheck-cli case list [--flagged] [--from 日期] [--to 日期]
      faircheck-cli case figures --from 日期 --to 日期
      faircheck-cli case docs 案件 --out 文件夹
      faircheck-cli case deliver 案件 --on 日期
      faircheck-cli case item 案件 事项</translation>
    </message>
    <message>
        <source>--violated needs the date of the violation (YYYY-MM-DD).</source>
        <translation>--violated 需要违法行为发生日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Checked against %1.</source>
        <translation>据以校验：%1。</translation>
    </message>
    <message>
        <source>--outcome is one of %1.</source>
        <translation>--outcome 取值为 %1 之一。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>record a penalty case; says if it is outside its benchmark</source>
        <translation>登记处罚案件；超出基准时予以提示</translation>
    </message>
    <message>
        <source>cases with their flags; lenient cases and fines waived</source>
        <translation>案件及其提示；免罚轻罚案件与减免罚款</translation>
    </message>
    <message>
        <source>the 三书同达 documents; record their delivery</source>
        <translation>三书同达文书；登记送达</translation>
    </message>
    <message>
        <source>attach the benchmark item to a case recorded without one</source>
        <translation>为未关联基准事项的案件关联事项</translation>
    </message>
    <message>
        <source>create the database, or migrate it to the current schema</source>
        <translation>创建数据库，或将其迁移到当前结构版本</translation>
    </message>
    <message>
        <source>fill an empty database with the demo county</source>
        <translation>在空数据库中生成示例县数据</translation>
    </message>
    <message>
        <source>integrity and consistency checks (exit 1 on problems)</source>
        <translation>完整性与一致性检查（有问题时退出码为 1）</translation>
    </message>
    <message>
        <source>users and roles; sign in with --user NAME and FAIRCHECK_PASSWORD</source>
        <translation>用户与角色；以 --user 用户名 和 FAIRCHECK_PASSWORD 登录</translation>
    </message>
    <message>
        <source>the kept backups; an administrator restores a checked one</source>
        <translation>保留的备份；管理员可恢复经检查的备份</translation>
    </message>
    <message>
        <source>check the audit trail and its anchors; acknowledge a repair</source>
        <translation>校验审计链及其锚点；确认一次修复</translation>
    </message>
    <message>
        <source>a consistent, checked copy of the live database (administrators)</source>
        <translation>在线数据库的一致、经检查的副本（仅管理员）</translation>
    </message>
    <message>
        <source>check codes (exit 1 if any is invalid)</source>
        <translation>校验代码（任一无效时退出码为 1）</translation>
    </message>
    <message>
        <source>the county&apos;s indicators for a month</source>
        <translation>某月的全县指标</translation>
    </message>
    <message>
        <source>the monthly supervision report</source>
        <translation>月度监督报告</translation>
    </message>
    <message>
        <source>bring cached scores and tiers up to date</source>
        <translation>更新缓存的信用积分与等级</translation>
    </message>
    <message>
        <source>score, tier and the explanation of every point</source>
        <translation>积分、等级及每一分的来由</translation>
    </message>
    <message>
        <source>validate a rule file; store it as a new version</source>
        <translation>校验规则文件；将其存为新版本</translation>
    </message>
    <message>
        <source>record an honour or a manual adjustment</source>
        <translation>记录一项荣誉或人工调整</translation>
    </message>
    <message>
        <source>credit repair of a negative event</source>
        <translation>负面信用事件的信用修复</translation>
    </message>
    <message>
        <source>eligible enterprises; current members; admission by decision</source>
        <translation>符合条件的企业；现有成员；依决定纳入</translation>
    </message>
    <message>
        <source>benchmark items; the lawful outcome under one</source>
        <translation>查找裁量基准事项；某一事项下的合法处理结果</translation>
    </message>
    <message>
        <source>a new version of a discretion list, all or nothing</source>
        <translation>导入裁量清单的新版本，全部成功或全不导入</translation>
    </message>
    <message>
        <source>what the records show a supervisor; a finding made a clue</source>
        <translation>记录所显示的问题；将发现转为线索</translation>
    </message>
    <message>
        <source>bring in a roster from .xlsx, .xls or .csv, all or nothing</source>
        <translation>从 .xlsx、.xls 或 .csv 导入名册，全部成功或全不导入</translation>
    </message>
    <message>
        <source>penalty cases as the 双公示 systems publish them</source>
        <translation>导入双公示系统发布的行政处罚案件</translation>
    </message>
    <message>
        <source>inspections as the 互联网+监管 platform exports them</source>
        <translation>导入互联网+监管平台导出的检查记录</translation>
    </message>
    <message>
        <source>12345 work orders; enforcement complaints become clues</source>
        <translation>导入 12345 工单；涉及执法的投诉转为线索</translation>
    </message>
    <message>
        <source>other ways files write a department, township, category or industry</source>
        <translation>文件中部门、乡镇、类别或行业的其他写法</translation>
    </message>
    <message>
        <source>write the register (or a table) to .csv or .xlsx, by role</source>
        <translation>按角色将名册（或某张表）导出为 .csv 或 .xlsx</translation>
    </message>
    <message>
        <source>draw and schedule an inspection plan (双随机, joint visits)</source>
        <translation>抽取并排定检查计划（双随机、联合检查）</translation>
    </message>
    <message>
        <source>plans, their visits, a re-run of the draw, what could not be planned</source>
        <translation>计划及其检查、重跑抽取核对、未能安排的事项</translation>
    </message>
    <message>
        <source>a visit&apos;s sheet, QR code, notice, results and rating; check a scanned code</source>
        <translation>检查单、检查码、告知书、结果与评价；核验扫得的检查码</translation>
    </message>
    <message>
        <source>the commands, one command&apos;s forms, or this reference as Markdown or a man page section</source>
        <translation>命令一览、某一命令的用法，或以 Markdown/man 格式输出本参考</translation>
    </message>
    <message>
        <source>invitation inspections (邀约式检查)</source>
        <translation>邀约式检查</translation>
    </message>
    <message>
        <source>forums and enterprises&apos; requests to closure</source>
        <translation>政企恳谈与企业诉求办理</translation>
    </message>
    <message>
        <source>training sessions; credit-repair help</source>
        <translation>培训；信用修复帮扶</translation>
    </message>
    <message>
        <source>one enterprise&apos;s service history; the month&apos;s service figures</source>
        <translation>某企业的服务记录；当月服务指标</translation>
    </message>
    <message>
        <source>supervision clues from receipt to closure</source>
        <translation>监督线索从受理到办结</translation>
    </message>
    <message>
        <source>case-file review by the checklist; a campaign&apos;s results</source>
        <translation>按评查表评查案卷；一次评查活动的结果</translation>
    </message>
    <message>
        <source>an officer&apos;s points by dimension; officers due for retraining</source>
        <translation>执法人员各维度积分；需再培训的人员</translation>
    </message>
    <message>
        <source>check a stored file against its SHA-256</source>
        <translation>按 SHA-256 核对已存附件</translation>
    </message>
    <message>
        <source>the office this file belongs to and the offices it trusts; name it</source>
        <translation>本文件所属机构及其信任的机构；设定所属机构</translation>
    </message>
    <message>
        <source>write this office&apos;s card; trust another office&apos;s card</source>
        <translation>导出本机构名片；信任其他机构的名片</translation>
    </message>
    <message>
        <source>packages between the county and a township office: write the next one, import one</source>
        <translation>县局与乡镇司法所之间的数据包：生成下一个，导入一个</translation>
    </message>
    <message>
        <source>a month of the demo county&apos;s records as its source systems export them</source>
        <translation>演示县一个月的记录，按各来源系统的导出格式写出</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed 需要一个大于等于 0 的整数。</translation>
    </message>
    <message>
        <source>--enterprises needs a whole number from 1 to %1.</source>
        <translation>--enterprises 需要 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--as-of needs a date like 2026-11-30.</source>
        <translation>--as-of 需要形如 2026-11-30 的日期。</translation>
    </message>
    <message>
        <source>Demo county written to %1: %2 enterprises, %3 rows in %4 s.</source>
        <translation>演示县数据已写入 %1：%2 家企业，共 %3 行，用时 %4 秒。</translation>
    </message>
    <message>
        <source>%1: all %2 checks passed.</source>
        <translation>%1：全部 %2 项检查通过。</translation>
    </message>
    <message>
        <source>%1: %2 problems found.</source>
        <translation>%1：发现 %2 个问题。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli backup OUT</source>
        <translation>用法：faircheck-cli backup 输出文件</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2.</source>
        <translation>%1 的备份已写入 %2。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli validate uscc|id|phone CODE...</source>
        <translation>用法：faircheck-cli validate uscc|id|phone 代码...</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1：有效</translation>
    </message>
    <message>
        <source>%1: invalid — %2</source>
        <translation>%1：无效 — %2</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli kpi --month YYYY-MM [--township NAME] [--department NAME] [--ytd]</source>
        <translation>用法：faircheck-cli kpi --month 年-月 [--township 乡镇] [--department 部门] [--ytd]</translation>
    </message>
    <message>
        <source>No township is named %1.</source>
        <translation>没有名为 %1 的乡镇（街道）。</translation>
    </message>
    <message>
        <source>No department is named %1.</source>
        <translation>没有名为 %1 的部门。</translation>
    </message>
    <message>
        <source>Indicators from %1 to %2</source>
        <translation>%1 至 %2 的指标</translation>
    </message>
    <message>
        <source>The county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Monthly report for %1 written to %2.</source>
        <translation>%1 月度报告已写入 %2。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli report monthly --month YYYY-MM [--township NAME] --format pdf|xlsx|docx --out FILE</source>
        <translation>用法：faircheck-cli report monthly --month 年-月 [--township 乡镇] --format pdf|xlsx|docx --out 文件</translation>
    </message>
    <message>
        <source>good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>备份已写入 %1。</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source>Set FAIRCHECK_NEW_PASSWORD to the new user&apos;s password.</source>
        <translation>请把 FAIRCHECK_NEW_PASSWORD 设为新用户的密码。</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli user add NAME --role admin|supervisor|clerk|viewer [--name TEXT] | user list</source>
        <translation>用法：faircheck-cli user add 用户名 --role admin|supervisor|clerk|viewer [--name 姓名] | user list</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli backups list | now | restore FILE [--accept-no-passwords]</source>
        <translation>用法：faircheck-cli backups list | now | restore 文件 [--accept-no-passwords]</translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>%1 restored from %2; the replaced file is kept as %3.</source>
        <translation>已从 %2 恢复 %1；被替换的文件保留为 %3。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli audit verify [--anchor ENTRY:HASH]... | audit acknowledge ENTRY --reason TEXT</source>
        <translation>用法：faircheck-cli audit verify [--anchor 序号:哈希]... | audit acknowledge 序号 --reason 说明</translation>
    </message>
    <message>
        <source>The repair at entry %1 is acknowledged.</source>
        <translation>已确认第 %1 条记录的修复。</translation>
    </message>
    <message>
        <source>%1 is not an anchor: write the entry number, a colon and the 64-digit hash printed on the report or shown for the backup.</source>
        <translation>%1 不是锚点：请填写报告上打印或备份所示的记录序号、冒号和 64 位哈希值。</translation>
    </message>
    <message>
        <source>Anchor %1: the trail still holds this entry unchanged.</source>
        <translation>锚点 %1：审计记录仍完整包含该条记录。</translation>
    </message>
    <message>
        <source>Anchor %1 does not hold: %2.</source>
        <translation>锚点 %1 核对不符：%2。</translation>
    </message>
    <message>
        <source>The command %1 takes no arguments.</source>
        <translation>命令 %1 不接受参数。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n row(s))</source>
        <translation>
            <numerusform>%1：%2（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import them with “import hotline|cases|inspections FILE”; map the names the register writes otherwise.</source>
        <translation>用“import hotline|cases|inspections 文件”导入；名录写法不同的名称需先对应。</translation>
    </message>
    <message>
        <source>Usage: demo [--seed N] [--enterprises N] [--as-of DATE] / demo files FOLDER [--month YYYY-MM]</source>
        <translation>用法：demo [--seed N] [--enterprises N] [--as-of 日期] / demo files 文件夹 [--month YYYY-MM]</translation>
    </message>
    <message>
        <source>--month needs a month like 2026-11.</source>
        <translation>--month 需要形如 2026-11 的月份。</translation>
    </message>
    <message>
        <source>Usage: demo files FOLDER [--month YYYY-MM]</source>
        <translation>用法：demo files 文件夹 [--month YYYY-MM]</translation>
    </message>
</context>
<context>
    <name>CliCreditCommands</name>
    <message>
        <source>Usage: faircheck-cli sandbox propose | list | admit USCC --decision NO [--as-of DATE]</source>
        <translation>用法：faircheck-cli sandbox propose | list | admit 统一社会信用代码 --decision 文号 [--as-of 日期]</translation>
    </message>
    <message>
        <source>--as-of needs a date like 2026-11-30.</source>
        <translation>--as-of 需要形如 2026-11-30 的日期。</translation>
    </message>
    <message>
        <source>Credit recomputed as of %1: %2 enterprises evaluated, %3 changed, %4 left the sandbox (%5 s).</source>
        <translation>已按 %1 重算信用：评估 %2 家企业，%3 家有变化，%4 家移出沙盒（用时 %5 秒）。</translation>
    </message>
    <message>
        <source>No enterprise has the USCC %1.</source>
        <translation>没有统一社会信用代码为 %1 的企业。</translation>
    </message>
    <message>
        <source>%1 as of %2: score %3, tier %4 (rules version %5)</source>
        <translation>%1 截至 %2：积分 %3，等级 %4（规则第 %5 版）</translation>
    </message>
    <message>
        <source>  base %1</source>
        <translation>  基础分 %1</translation>
    </message>
    <message>
        <source>  red line in force until %1: tier forced to %2</source>
        <translation>  红线处理期至 %1：等级强制为 %2</translation>
    </message>
    <message>
        <source>  eligible for the sandbox</source>
        <translation>  符合入盒条件</translation>
    </message>
    <message>
        <source>  not eligible for the sandbox: %1</source>
        <translation>  不符合入盒条件：%1</translation>
    </message>
    <message>
        <source>%1: valid credit rules, version %2, effective from %3, %4 kinds of event.</source>
        <translation>%1：信用规则有效，第 %2 版，自 %3 起施行，共 %4 类事件。</translation>
    </message>
    <message>
        <source>Credit rules version %1 stored; it takes effect on %2.</source>
        <translation>信用规则第 %1 版已保存，自 %2 起施行。</translation>
    </message>
    <message>
        <source>%1 enterprises are eligible for the sandbox as of %2.</source>
        <translation>截至 %2，共 %1 家企业符合入盒条件。</translation>
    </message>
    <message>
        <source>%1 sandbox members as of %2.</source>
        <translation>截至 %2，沙盒内共 %1 家企业。</translation>
    </message>
    <message>
        <source>%1 admitted to the sandbox on %2.</source>
        <translation>%1 已于 %2 纳入沙盒。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli credit recompute [--full] [--as-of DATE] | show USCC [--as-of DATE] | rules check FILE | rules add FILE | event add USCC KIND --reason TEXT [--points N] [--as-of DATE] | repair apply EVENT [--as-of DATE] | repair grant|refuse REPAIR --decision NO [--as-of DATE]</source>
        <translation>用法：faircheck-cli credit recompute [--full] [--as-of 日期] | show 统一社会信用代码 [--as-of 日期] | rules check 文件 | rules add 文件 | event add 统一社会信用代码 类型 --reason 事由 [--points 分值] [--as-of 日期] | repair apply 事件编号 [--as-of 日期] | repair grant|refuse 申请编号 --decision 文号 [--as-of 日期]</translation>
    </message>
    <message>
        <source>%1 new credit events recorded from inspections, cases and complaints.</source>
        <translation>已根据检查、案件和投诉新记录 %1 条信用事件。</translation>
    </message>
    <message>
        <source>--points needs a whole number.</source>
        <translation>--points 需要一个整数。</translation>
    </message>
    <message>
        <source>Credit event %1 recorded for %2.</source>
        <translation>已为 %2 记录信用事件 %1。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli credit repair apply EVENT | grant REPAIR | refuse REPAIR [--decision NO] [--as-of DATE]</source>
        <translation>用法：faircheck-cli credit repair apply 事件编号 | grant 申请编号 | refuse 申请编号 [--decision 文号] [--as-of 日期]</translation>
    </message>
    <message>
        <source>Credit repair %1 applied for on %2.</source>
        <translation>信用修复申请 %1 已于 %2 提出。</translation>
    </message>
    <message>
        <source>Credit repair %1 granted.</source>
        <translation>信用修复申请 %1 已准予。</translation>
    </message>
    <message>
        <source>Credit repair %1 refused.</source>
        <translation>信用修复申请 %1 不予准许。</translation>
    </message>
</context>
<context>
    <name>CliDiscretionCommands</name>
    <message>
        <source>amount needs a number of yuan, such as 1200 or 1200.50.</source>
        <translation>amount 需要以元为单位的数字，如 1200 或 1200.50。</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <source>Fine: %1 to %2 yuan</source>
        <translation>罚款幅度：%1 至 %2 元</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>文书：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli discretion search TEXT | assess ITEM [--facts KEY=VALUE]... (keys: first_violation, harm none|slight|serious, corrected, harm_removed, coerced, confessed, meritorious, no_fault = yes|no, amount) [--on DATE] | import FILE --list NAME --list-version V --effective DATE [--list-kind lenient] [--dry-run]</source>
        <translation>用法：faircheck-cli discretion search 文本 | assess 事项 [--facts 键=值]...（键：first_violation、harm none|slight|serious、corrected、harm_removed、coerced、confessed、meritorious、no_fault = yes|no，amount）[--on 日期] | import 文件 --list 名称 --list-version 版本 --effective 日期 [--list-kind lenient] [--dry-run]</translation>
    </message>
    <message>
        <source>--on needs a date (YYYY-MM-DD).</source>
        <translation>--on 需要日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>No benchmark item has the id or code %1 in a list in force on %2.</source>
        <translation>%2 有效的清单中没有编号或编码为 %1 的裁量基准事项。</translation>
    </message>
    <message>
        <source>Provisional: still needed to decide — %1.</source>
        <translation>暂定结论：尚需查明——%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Also searched: %1</source>
        <translation>同时搜索了：%1</translation>
    </message>
</context>
<context>
    <name>CliExchangeCommands</name>
    <message>
        <source>exchange export writes a package: give --out FILE.fcx.</source>
        <translation>exchange export 会生成数据包：请用 --out 文件.fcx 指定文件。</translation>
    </message>
    <message>
        <source>Package %1 for %2 is in %3: %4 records changed, %5 removed.</source>
        <translation>发给 %2 的第 %1 个数据包已写入 %3：变更 %4 条记录，删除 %5 条。</translation>
    </message>
    <message>
        <source>Choose one: --theirs or --mine.</source>
        <translation>--theirs 和 --mine 只能选一个。</translation>
    </message>
    <message>
        <source>Package %1 from %2 imported: %3 records written, %4 removed, %5 of ours kept.</source>
        <translation>已导入 %2 的第 %1 个数据包：写入 %3 条记录，删除 %4 条，保留本方 %5 条。</translation>
    </message>
    <message>
        <source>This file trusts no other office yet (office trust).</source>
        <translation>本文件尚未信任任何其他机构（office trust）。</translation>
    </message>
    <message>
        <source>%1 (%2): last package sent %3, last received %4; the next package would carry %5 changed and %6 removed records</source>
        <translation>%1（%2）：最近发出第 %3 个数据包，最近收到第 %4 个；下一个数据包将包含 %5 条变更、%6 条删除的记录</translation>
    </message>
    <message>
        <source>%1 records wait: they name records the other office does not have yet (a township&apos;s own enterprise goes to the county through its register).</source>
        <translation>%1 条记录暂缓发送：它们引用了对方尚没有的记录（乡镇自录的企业要通过县局名录报送）。</translation>
    </message>
    <message>
        <source>%1 changes made here to the county&apos;s data are not sent; the county&apos;s version will replace them.</source>
        <translation>本方对县局数据的 %1 处修改不会发送，将被县局的版本替换。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli exchange export OFFICE --out FILE.fcx [--again N] | import FILE.fcx [--theirs|--mine] | status</source>
        <translation>用法：faircheck-cli exchange export 机构 --out 文件.fcx [--again 序号] | import 文件.fcx [--theirs|--mine] | status</translation>
    </message>
    <message>
        <source>Package %1 for %2 is in %3 again, as it was sent.</source>
        <translation>发给 %2 的第 %1 个数据包已按原样重新写入 %3。</translation>
    </message>
</context>
<context>
    <name>CliFindingCommands</name>
    <message>
        <source>Usage: faircheck-cli finding list [--month YYYY-MM] [--kind KIND] | clue KEY
       kinds: %1</source>
        <translation>用法：faircheck-cli finding list [--month 年-月] [--kind 类别] | clue 编号
      类别：%1</translation>
    </message>
    <message>
        <source>--month needs a month (YYYY-MM).</source>
        <translation>--month 需要月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source> (clue %1)</source>
        <translation>（线索 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) from %1 to %2.</source>
        <translation>
            <numerusform>%1 至 %2 共 %n 项发现。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clue %1 made from the finding; its notice: faircheck-cli clue notice %1 --out DIR</source>
        <translation>已据此发现生成线索 %1；督办通知书：faircheck-cli clue notice %1 --out 文件夹</translation>
    </message>
    <message>
        <source>No finding has the key %1.</source>
        <translation>没有编号为 %1 的发现。</translation>
    </message>
</context>
<context>
    <name>CliIoCommands</name>
    <message>
        <source>Usage: faircheck-cli import KIND FILE [--dry-run] [--sheet NAME]</source>
        <translation>用法：faircheck-cli import 类型 文件 [--dry-run] [--sheet 工作表]</translation>
    </message>
    <message>
        <source>Read as %1%2, header on row %3; SHA-256 %4</source>
        <translation>按 %1 读取%2，表头在第 %3 行；SHA-256 %4</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>，工作表 %1</translation>
    </message>
    <message>
        <source>  new: %1</source>
        <translation>  新增：%1</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli export TABLE --out FILE.csv|FILE.xlsx</source>
        <translation>用法：faircheck-cli export 数据表 --out 文件.csv|文件.xlsx</translation>
    </message>
    <message>
        <source>%1 rows of %2 written to %3.</source>
        <translation>%2 的 %1 行已写入 %3。</translation>
    </message>
    <message>
        <source>A discretion list is imported with: faircheck-cli discretion import FILE --list NAME --list-version V --effective DATE</source>
        <translation>裁量基准清单请用以下命令导入：faircheck-cli discretion import 文件 --list 名称 --list-version 版本 --effective 日期</translation>
    </message>
    <message numerus="yes">
        <source>  unknown %1 “%2” in %n row(s); no close match</source>
        <translation>
            <numerusform>  未知的%1“%2”，共 %n 行；没有相近的名称</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  unknown %1 “%2” in %n row(s); closest: %3</source>
        <translation>
            <numerusform>  未知的%1“%2”，共 %n 行；最相近的是：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>      remember it: faircheck-cli alias add %1 %2 %3   (or for this run: --map %1=%2=&gt;%3)</source>
        <translation>      记住这一对应：faircheck-cli alias add %1 %2 %3   （仅本次：--map %1=%2=&gt;%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli alias list | add KIND VALUE TARGET | remove KIND VALUE (KIND: %1)</source>
        <translation>用法：faircheck-cli alias list | add 类别 原值 对应名称 | remove 类别 原值（类别：%1）</translation>
    </message>
    <message>
        <source>No aliases yet.</source>
        <translation>尚无其他写法的对应。</translation>
    </message>
    <message>
        <source>From now on %1 “%2” is read as %3.</source>
        <translation>今后%1“%2”将读作 %3。</translation>
    </message>
    <message>
        <source>Alias removed: %1 “%2”.</source>
        <translation>已删除对应：%1“%2”。</translation>
    </message>
    <message>
        <source>--map %1: write it as KIND=VALUE=&gt;TARGET, KIND one of %2.</source>
        <translation>--map %1：请写成 类别=原值=&gt;对应名称，类别为 %2 之一（如 --map department=市场监管局=&gt;清溪县市场监督管理局）。</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  提示：%1</translation>
    </message>
    <message>
        <source>Credit: %1 new events, %2 enterprises scored again.</source>
        <translation>信用：新增事件 %1 条，重新计分企业 %2 家。</translation>
    </message>
    <message numerus="yes">
        <source>  read %1 “%2” as %3 (%n row(s))</source>
        <translation>
            <numerusform>  %1“%2”按“%3”读取（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>  remembered as aliases for later imports (alias list).</source>
        <translation>  已保存为别名，供以后导入使用（alias list）。</translation>
    </message>
    <message>
        <source>--map %1=%2=&gt;%3: %4</source>
        <translation>--map %1=%2=&gt;%3：%4</translation>
    </message>
    <message>
        <source>  It was read as %1 until now.</source>
        <translation>  此前读作“%1”。</translation>
    </message>
</context>
<context>
    <name>CliOfficeCommands</name>
    <message>
        <source>%1 (county bureau, code %2)</source>
        <translation>%1（县局，代码 %2）</translation>
    </message>
    <message>
        <source>%1 (justice office of %2, code %3)</source>
        <translation>%1（%2，代码 %3）</translation>
    </message>
    <message>
        <source>This file belongs to %1.</source>
        <translation>本文件属于%1。</translation>
    </message>
    <message>
        <source>This file belongs to no office yet (an administrator names it: office set).</source>
        <translation>本文件尚未设定所属机构（由管理员设定：office set）。</translation>
    </message>
    <message>
        <source>  trusts %1; packages sent %2, received %3</source>
        <translation>  信任%1；已发送数据包 %2 个，已接收 %3 个</translation>
    </message>
    <message>
        <source>This file now belongs to %1.</source>
        <translation>本文件现属于%1。</translation>
    </message>
    <message>
        <source>office key writes the office&apos;s card: give --out FILE.json.</source>
        <translation>office key 导出本机构名片：请给出 --out 文件.json。</translation>
    </message>
    <message>
        <source>The office&apos;s card (its public key) is in %1; give it to the offices that are to trust this one.</source>
        <translation>本机构名片（含公钥）已写入 %1；请交给需要信任本机构的各机构。</translation>
    </message>
    <message>
        <source>Trusted: %1.</source>
        <translation>已信任：%1。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli office show | set county NAME | set township TOWNSHIP [--name NAME] [--code CODE] | key --out FILE | trust FILE</source>
        <translation>用法：faircheck-cli office show | set county 名称 | set township 乡镇 [--name 名称] [--code 代码] | key --out 文件 | trust 文件</translation>
    </message>
</context>
<context>
    <name>CliOptionCatalog</name>
    <message>
        <source>%1 takes no option --%2.</source>
        <translation>命令 %1 没有选项 --%2。</translation>
    </message>
    <message>
        <source>%1 takes no option --%2 (its options: %3).</source>
        <translation>命令 %1 没有选项 --%2（它的选项：%3）。</translation>
    </message>
    <message>
        <source>--%1 is given %2 times; give it once.</source>
        <translation>--%1 给了 %2 次，只能给一次。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.</source>
        <translation>--%1：“%2”不是日期，请写成 YYYY-MM-DD，如 2026-11-30。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a month; write it as YYYY-MM, e.g. 2026-11.</source>
        <translation>--%1：“%2”不是月份，请写成 YYYY-MM，如 2026-11。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number above zero.</source>
        <translation>--%1：“%2”不是大于零的整数。</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a whole number.</source>
        <translation>--%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>--%1: there is no day %2 in the calendar.</source>
        <translation>--%1：日历上没有 %2 这一天。</translation>
    </message>
</context>
<context>
    <name>CliPlanCommands</name>
    <message>
        <source>Usage: faircheck-cli plan create --from DATE --to DATE [--seed TEXT] [--departments A,B,...] [--name TEXT] [--scopes FILE]
       faircheck-cli plan list | show ID | verify ID | exceptions ID | export ID --out FILE (.csv, .xlsx or .json)</source>
        <translation>用法：faircheck-cli plan create --from 日期 --to 日期 [--seed 种子] [--departments 部门A,部门B,...] [--name 名称] [--scopes 文件]
      faircheck-cli plan list | show 编号 | verify 编号 | exceptions 编号 | export 编号 --out 文件（.csv、.xlsx 或 .json）</translation>
    </message>
    <message>
        <source>%1  %2 to %3  %4  %5 visits, %6 tasks, %7 checks avoided</source>
        <translation>%1  %2 至 %3  %4  入企 %5 次，检查任务 %6 项，减少入企 %7 次</translation>
    </message>
    <message>
        <source>Name the file to write with --out (.csv, .xlsx or .json).</source>
        <translation>请用 --out 指定要写入的文件（.csv、.xlsx 或 .json）。</translation>
    </message>
    <message>
        <source>Wrote %1 visits to %2.</source>
        <translation>已将 %1 次入企检查写入 %2。</translation>
    </message>
    <message>
        <source>plan create needs --from and --to as YYYY-MM-DD.</source>
        <translation>plan create 需要 --from 和 --to，日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Plan %1 created.</source>
        <translation>已创建检查计划 %1。</translation>
    </message>
    <message>
        <source>Plan %1: %2</source>
        <translation>检查计划 %1：%2</translation>
    </message>
    <message>
        <source>Period %1 to %2; seed “%3”; algorithm version %4; population SHA-256 %5</source>
        <translation>期间 %1 至 %2；随机种子“%3”；算法版本 %4；抽取名录 SHA-256 %5</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>参加部门：%1</translation>
    </message>
    <message>
        <source>Planned: %1 tasks in %2 visits (%3 joint), %4 checks avoided; %5 blocked by caps, %6 not scheduled, %7 warnings</source>
        <translation>计划：检查任务 %1 项，入企 %2 次（联合检查 %3 次），减少入企 %4 次；因频次上限未排 %5 项，未能排期 %6 项，提示 %7 条</translation>
    </message>
    <message>
        <source>Done: %1 visits, %2 tasks; satisfaction %3 of %4 ratings at 4 or 5</source>
        <translation>已完成：入企 %1 次，检查任务 %2 项；满意度评价 %4 条中 %3 条为 4 分或 5 分</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli visit show ID | code ID --out PNG | notice ID --out PDF | scan TEXT
       faircheck-cli visit result ID --on DATE --finding CODE=compliant|rectify:DATE|violation ...
       faircheck-cli visit rate ID --rating 1-5 [--on DATE] | cancel ID --reason TEXT</source>
        <translation>用法：faircheck-cli visit show 编号 | code 编号 --out PNG | notice 编号 --out PDF | scan 文本
      faircheck-cli visit result 编号 --on 日期 --finding 事项编码=compliant|rectify:日期|violation ...
      faircheck-cli visit rate 编号 --rating 1-5 [--on 日期] | cancel 编号 --reason 原因</translation>
    </message>
    <message>
        <source>Visit %1 (%2) on %3 to %4 %5, %6: %7</source>
        <translation>入企检查 %1（%2）%3 检查 %4 %5，%6：%7</translation>
    </message>
    <message>
        <source>Officers: %1</source>
        <translation>执法人员：%1</translation>
    </message>
    <message>
        <source>Name the file to write with --out.</source>
        <translation>请用 --out 指定要写入的文件。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>visit rate needs --rating 1 to 5 and dates as YYYY-MM-DD.</source>
        <translation>visit rate 需要 --rating 1 至 5，日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Rating recorded for visit %1.</source>
        <translation>已登记入企检查 %1 的满意度评价。</translation>
    </message>
    <message>
        <source>Visit %1 cancelled.</source>
        <translation>已取消入企检查 %1。</translation>
    </message>
    <message>
        <source>visit result needs --on DATE (YYYY-MM-DD).</source>
        <translation>visit result 需要 --on 日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>A finding is written CODE=compliant, CODE=rectify:DATE or CODE=violation, not “%1”.</source>
        <translation>检查结果应写作 编码=compliant、编码=rectify:日期 或 编码=violation，而不是“%1”。</translation>
    </message>
    <message>
        <source>Item %1: rectify needs its deadline, as rectify:YYYY-MM-DD.</source>
        <translation>事项 %1：限期整改需写明期限，如 rectify:YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Results recorded for visit %1: %2 items.</source>
        <translation>已登记入企检查 %1 的检查结果：%2 个事项。</translation>
    </message>
</context>
<context>
    <name>CliRegistry</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>faircheck-cli COMMAND --help shows one command.</source>
        <translation>faircheck-cli 命令 --help 显示某一命令的用法。</translation>
    </message>
</context>
<context>
    <name>CliServiceCommands</name>
    <message>
        <source>Usage: faircheck-cli services invitations [list|request USCC --scope TEXT [--wanted DATE] [--contact TEXT] [--on DATE]|
                                           schedule N --officer ID --expert NAME --on DATE|
                                           advise N --advice TEXT --on DATE [--follow-up DATE]|decline N --reason TEXT]
       faircheck-cli services requests [list [--open]|forum --title T --kind K --on DATE [--place P] USCC...|
                                        raise --department NAME --content TEXT --on DATE --deadline DATE [--forum N] [--uscc USCC]|
                                        answer N --answer TEXT --on DATE|feedback N --satisfied|--unsatisfied [--note TEXT] --on DATE]
       faircheck-cli services trainings [list|add --topic T --kind credit_repair|law_lecture|consultation --on DATE USCC...]
       faircheck-cli services repairs [list|notice EVENT --out DIR|apply EVENT] [--as-of DATE]
       faircheck-cli services history USCC | figures --month YYYY-MM
Lists take --from DATE --to DATE (default: the last 12 months).</source>
        <translation>用法：faircheck-cli services invitations [list|request 信用代码 --scope 事项 [--wanted 日期] [--contact 联系人] [--on 日期]|
                                          schedule 编号 --officer 人员编号 --expert 专家 --on 日期|
                                          advise 编号 --advice 意见 --on 日期 [--follow-up 日期]|decline 编号 --reason 理由]
      faircheck-cli services requests [list [--open]|forum --title 名称 --kind 类型 --on 日期 [--place 地点] 信用代码...|
                                       raise --department 部门 --content 内容 --on 日期 --deadline 日期 [--forum 编号] [--uscc 信用代码]|
                                       answer 编号 --answer 答复 --on 日期|feedback 编号 --satisfied|--unsatisfied [--note 说明] --on 日期]
      faircheck-cli services trainings [list|add --topic 主题 --kind credit_repair|law_lecture|consultation --on 日期 信用代码...]
      faircheck-cli services repairs [list|notice 事件 --out 文件夹|apply 事件] [--as-of 日期]
      faircheck-cli services history 信用代码 | figures --month YYYY-MM
列表可用 --from 日期 --to 日期（默认最近 12 个月）。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>日期应写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Invitation %1 recorded.</source>
        <translation>邀约 %1 已登记。</translation>
    </message>
    <message>
        <source>Name the invitation by its number.</source>
        <translation>请用编号指明邀约。</translation>
    </message>
    <message>
        <source>--officer needs the officer&apos;s number.</source>
        <translation>--officer 需要执法人员编号。</translation>
    </message>
    <message>
        <source>Invitation %1 scheduled as visit %2 on %3.</source>
        <translation>邀约 %1 已安排为检查 %2，日期 %3。</translation>
    </message>
    <message>
        <source>Invitation %1 done; advice recorded.</source>
        <translation>邀约 %1 已完成，指导意见已记录。</translation>
    </message>
    <message>
        <source>Invitation %1 declined.</source>
        <translation>邀约 %1 已谢绝。</translation>
    </message>
    <message>
        <source>Unknown invitations command %1.</source>
        <translation>未知的 invitations 子命令 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Forum %1 recorded with %n enterprise(s).</source>
        <translation>
            <numerusform>活动 %1 已登记，参加企业 %n 家。</numerusform>
        </translation>
    </message>
    <message>
        <source>--department needs the name of a department.</source>
        <translation>--department 需要部门名称。</translation>
    </message>
    <message>
        <source>--deadline is a date and --forum a number.</source>
        <translation>--deadline 应为日期，--forum 应为编号。</translation>
    </message>
    <message>
        <source>Request %1 recorded.</source>
        <translation>诉求 %1 已登记。</translation>
    </message>
    <message>
        <source>Name the request by its number.</source>
        <translation>请用编号指明诉求。</translation>
    </message>
    <message>
        <source>Request %1 answered.</source>
        <translation>诉求 %1 已答复。</translation>
    </message>
    <message>
        <source>Give either --satisfied or --unsatisfied.</source>
        <translation>请给出 --satisfied 或 --unsatisfied 之一。</translation>
    </message>
    <message>
        <source>Request %1 closed; the enterprise is satisfied.</source>
        <translation>诉求 %1 已办结，企业满意。</translation>
    </message>
    <message>
        <source>Request %1 reopened.</source>
        <translation>诉求 %1 已重新办理。</translation>
    </message>
    <message>
        <source>Unknown requests command %1.</source>
        <translation>未知的 requests 子命令 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Session %1 recorded with %n enterprise(s).</source>
        <translation>
            <numerusform>培训 %1 已登记，参加企业 %n 家。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown trainings command %1.</source>
        <translation>未知的 trainings 子命令 %1。</translation>
    </message>
    <message>
        <source>may apply since %1</source>
        <translation>自 %1 起可申请</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise event(s) may be repaired now.</source>
        <translation>
            <numerusform>目前有 %n 条企业信用记录可申请修复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the credit event by its number (see services repairs list).</source>
        <translation>请用编号指明信用记录（见 services repairs list）。</translation>
    </message>
    <message>
        <source>Credit event %1 cannot be repaired on %2.</source>
        <translation>信用记录 %1 在 %2 不能申请修复。</translation>
    </message>
    <message>
        <source>--out needs the folder to write the notice into.</source>
        <translation>--out 需要提示函保存的文件夹。</translation>
    </message>
    <message>
        <source>Notice for %1 written: %2</source>
        <translation>%1 的提示函已生成：%2</translation>
    </message>
    <message>
        <source>Repair %1 applied for %2 with the service&apos;s help.</source>
        <translation>已协助 %2 申请信用修复（编号 %1）。</translation>
    </message>
    <message>
        <source>Unknown repairs command %1.</source>
        <translation>未知的 repairs 子命令 %1。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli services history USCC</source>
        <translation>用法：faircheck-cli services history 信用代码</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli services figures --month YYYY-MM</source>
        <translation>用法：faircheck-cli services figures --month YYYY-MM</translation>
    </message>
</context>
<context>
    <name>CliSupervisionCommands</name>
    <message>
        <source>Usage: faircheck-cli clue list [--overdue|--due-soon] [--as-of DATE]
       faircheck-cli clue show ID | move ID STATE --by NAME [--on DATE] [--note TEXT] [--department NAME] [--days N] [--verified]
       faircheck-cli clue attach ID FILE | notice ID --out DIR</source>
        <translation>用法：faircheck-cli clue list [--overdue|--due-soon] [--as-of 日期]
      faircheck-cli clue show 编号 | move 编号 状态 --by 办理人 [--on 日期] [--note 说明] [--department 部门] [--days 天数] [--verified]
      faircheck-cli clue attach 编号 文件 | notice 编号 --out 文件夹</translation>
    </message>
    <message>
        <source>--as-of is a date (YYYY-MM-DD).</source>
        <translation>--as-of 应为日期（YYYY-MM-DD）。</translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s).</source>
        <translation>
            <numerusform>共 %n 条线索。</numerusform>
        </translation>
    </message>
    <message>
        <source>  attached: %1 (%2)</source>
        <translation>  附件：%1（%2）</translation>
    </message>
    <message>
        <source>--department needs the name of a department.</source>
        <translation>--department 需要部门名称。</translation>
    </message>
    <message>
        <source>Clue %1: %2.</source>
        <translation>线索 %1：%2。</translation>
    </message>
    <message>
        <source>Attached as %1.</source>
        <translation>已作为附件 %1 保存。</translation>
    </message>
    <message>
        <source>--out needs the folder to write the notice into.</source>
        <translation>--out 需要文书保存的文件夹。</translation>
    </message>
    <message>
        <source>No clue has the number %1.</source>
        <translation>没有编号为 %1 的线索。</translation>
    </message>
    <message>
        <source>Clue %1 has no department and deadline yet: assign it first.</source>
        <translation>线索 %1 尚未指定承办部门和期限：请先交办。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: faircheck-cli review score CASE --checklist SHEET.json [--attach FILE]...
       faircheck-cli review campaign NAME</source>
        <translation>用法：faircheck-cli review score 案号 --checklist 评查表.json [--attach 文件]...
      faircheck-cli review campaign 名称</translation>
    </message>
    <message>
        <source>Review %1 of %2: form %3/20, content %4/80, total %5 — %6</source>
        <translation>评查 %1（%2）：卷面 %3/20，内容 %4/80，总分 %5 — %6</translation>
    </message>
    <message>
        <source>%1: %2 reviewed, average %3, %4 passed</source>
        <translation>%1：评查 %2 卷，平均 %3 分，合格 %4 卷</translation>
    </message>
    <message>
        <source>%1 (%2), certificate %3: %4 points, %5</source>
        <translation>%1（%2），执法证 %3：%4 分，%5</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli attachment verify ID</source>
        <translation>用法：faircheck-cli attachment verify 编号</translation>
    </message>
    <message>
        <source>No attachment has the number %1.</source>
        <translation>没有编号为 %1 的附件。</translation>
    </message>
    <message>
        <source>%1: intact (SHA-256 %2).</source>
        <translation>%1：完好（SHA-256 %2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Points recorded (%1).</source>
        <translation>积分已记录（%1）。</translation>
    </message>
    <message>
        <source>Usage: faircheck-cli officer show ID [--as-of DATE] | officer retraining
       faircheck-cli officer points ID --dimension D --points N --source S --reason TEXT [--on DATE]</source>
        <translation>用法：faircheck-cli officer show 编号 [--as-of 日期] | officer retraining
      faircheck-cli officer points 编号 --dimension 维度 --points 分值 --source 来源 --reason 理由 [--on 日期]</translation>
    </message>
</context>
<context>
    <name>ClueState</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>ClueStore</name>
    <message>
        <source>No clue has the number %1.</source>
        <translation>没有编号为 %1 的线索。</translation>
    </message>
    <message>
        <source>Clue %1 is %2; nothing follows.</source>
        <translation>线索 %1 为“%2”，不能再办理。</translation>
    </message>
    <message>
        <source>Clue %1 is %2 and can go only to: %3.</source>
        <translation>线索 %1 当前为“%2”，只能转为：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The date of the step is required and cannot be before the previous step (%1).</source>
        <translation>请填写办理日期，且不得早于上一步（%1）。</translation>
    </message>
    <message>
        <source>Say who takes the step.</source>
        <translation>请填写办理人。</translation>
    </message>
    <message>
        <source>Give the reason in the note.</source>
        <translation>请在说明中写明理由。</translation>
    </message>
    <message>
        <source>Choose the department responsible.</source>
        <translation>请选择承办部门。</translation>
    </message>
    <message>
        <source>%1 (entered by %2)</source>
        <translation>%1（由 %2 代录）</translation>
    </message>
    <message>
        <source>counted without the holiday notice for %1, so it may move</source>
        <translation>按法定节假日计算，%1 年放假安排通知尚未发布，期限可能变动</translation>
    </message>
    <message>
        <source>The date of the step</source>
        <translation>步骤日期</translation>
    </message>
</context>
<context>
    <name>CluesTab</name>
    <message>
        <source>Open clues</source>
        <translation>未办结线索</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within three working days</source>
        <translation>三个工作日内到期</translation>
    </message>
    <message>
        <source>All clues</source>
        <translation>全部线索</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>上传整改材料…</translation>
    </message>
    <message>
        <source>Clues by state</source>
        <translation>线索办理状态</translation>
    </message>
    <message>
        <source>Clue %1</source>
        <translation>线索 %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>整改材料</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Clue %1: next step</source>
        <translation>线索 %1：下一步</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>转为：</translation>
    </message>
    <message>
        <source>Department (when assigning):</source>
        <translation>承办部门（交办时）：</translation>
    </message>
    <message>
        <source>Verification found the complaint:</source>
        <translation>核实结果：</translation>
    </message>
    <message>
        <source>not proven</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>true</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Done by:</source>
        <translation>办理人：</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Rectification evidence</source>
        <translation>整改材料</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.png *.docx);;All files (*)</source>
        <translation>文档 (*.pdf *.jpg *.png *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Pick a clue to see what was reported, its steps and its evidence.</source>
        <translation>选择一条线索，查看反映内容、办理步骤和证据材料。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Enterprise: %1</source>
        <translation>涉及企业：%1</translation>
    </message>
    <message>
        <source>The deadline is %1.</source>
        <translation>办理期限%1。</translation>
    </message>
    <message>
        <source>— choose when verifying —</source>
        <translation>— 核实时请选择 —</translation>
    </message>
    <message>
        <source>Say whether verification found the complaint true or not proven.</source>
        <translation>请说明核实结果：投诉属实还是未能证实。</translation>
    </message>
    <message>
        <source>Received %1; %2; deadline %3.</source>
        <translation>%1 受理；%2；办理期限 %3。</translation>
    </message>
    <message>
        <source>Order %1 (%2), received %3; %4; deadline %5.</source>
        <translation>工单 %1（%2），%3 受理；%4；办理期限 %5。</translation>
    </message>
</context>
<context>
    <name>CreditEngine</name>
    <message>
        <source>Manual adjustment</source>
        <translation>人工调整</translation>
    </message>
    <message>
        <source>not in the rules of version %1; not counted</source>
        <translation>第 %1 版规则中没有此类事件，不计分</translation>
    </message>
    <message>
        <source>credit repaired on %1</source>
        <translation>已于 %1 完成信用修复</translation>
    </message>
    <message>
        <source>publicity period ended on %1</source>
        <translation>公示期已于 %1 届满</translation>
    </message>
    <message>
        <source>yearly cap of %1 points reached</source>
        <translation>已达每年 %1 分上限</translation>
    </message>
    <message>
        <source>score %1 is below %2</source>
        <translation>积分 %1 低于 %2</translation>
    </message>
    <message>
        <source>penalised on %1, within %2 months</source>
        <translation>%1 受过处罚，未满 %2 个月</translation>
    </message>
    <message>
        <source>industry %1 is excluded from the sandbox</source>
        <translation>行业 %1 不纳入沙盒</translation>
    </message>
    <message>
        <source>the business is not active</source>
        <translation>企业非存续状态</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>counts through %1, its last day</source>
        <translation>计至 %1（期间最后一日）</translation>
    </message>
    <message>
        <source>a red-line violation on %1, within %2 months</source>
        <translation>%1 有红线违法行为，在 %2 个月内</translation>
    </message>
</context>
<context>
    <name>CreditLedger</name>
    <message>
        <source>A credit event needs a reason.</source>
        <translation>信用事件必须填写事由。</translation>
    </message>
    <message>
        <source>A credit event needs a valid date.</source>
        <translation>信用事件需要有效日期。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of credit event in the rules in force on %2.</source>
        <translation>“%1”不是 %2 施行的规则中的信用事件类型。</translation>
    </message>
    <message>
        <source>A manual adjustment needs a number of points other than 0.</source>
        <translation>人工调整的分值不能为 0。</translation>
    </message>
    <message>
        <source>No enterprise has the id %1.</source>
        <translation>没有编号为 %1 的企业。</translation>
    </message>
</context>
<context>
    <name>CreditOverviewPage</name>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>入盒日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定文号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>移出日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Recompute scores</source>
        <translation>重算积分</translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation>查找候选企业</translation>
    </message>
    <message>
        <source>Admit selected…</source>
        <translation>纳入所选企业…</translation>
    </message>
    <message>
        <source>Enterprises by credit tier</source>
        <translation>各信用等级企业数</translation>
    </message>
    <message>
        <source>Sandbox members</source>
        <translation>沙盒企业</translation>
    </message>
    <message>
        <source>Left the sandbox in the last 12 months</source>
        <translation>近 12 个月移出沙盒的企业</translation>
    </message>
    <message>
        <source>Eligible, not yet admitted</source>
        <translation>符合条件、尚未入盒</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>%1 enterprises, %2 in the sandbox</source>
        <translation>共 %1 家企业，%2 家在沙盒内</translation>
    </message>
    <message>
        <source>Recomputing credit scores…</source>
        <translation>正在重算信用积分…</translation>
    </message>
    <message>
        <source>%1 enterprises evaluated, %2 changed, %3 left the sandbox.</source>
        <translation>评估 %1 家企业，%2 家有变化，%3 家移出沙盒。</translation>
    </message>
    <message>
        <source>Admit to the sandbox</source>
        <translation>纳入沙盒</translation>
    </message>
    <message>
        <source>Number of the admission decision for %1:</source>
        <translation>%1 的入盒决定文号：</translation>
    </message>
    <message>
        <source>sandbox-members.xlsx</source>
        <translation>沙盒企业.xlsx</translation>
    </message>
    <message>
        <source>sandbox-exits.xlsx</source>
        <translation>移出沙盒企业.xlsx</translation>
    </message>
    <message>
        <source>sandbox-candidates.xlsx</source>
        <translation>入盒候选企业.xlsx</translation>
    </message>
    <message>
        <source>Finding sandbox candidates…</source>
        <translation>正在查找入盒候选企业…</translation>
    </message>
</context>
<context>
    <name>CreditRecomputer</name>
    <message>
        <source>The credit recompute needs a SQLite database.</source>
        <translation>信用重算需要 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The credit recompute was cancelled; nothing was changed.</source>
        <translation>已取消信用重算，未作任何改动。</translation>
    </message>
</context>
<context>
    <name>CreditRepairStore</name>
    <message>
        <source>No credit event has the id %1.</source>
        <translation>没有编号为 %1 的信用事件。</translation>
    </message>
    <message>
        <source>This kind of credit event cannot be repaired.</source>
        <translation>此类信用事件不适用信用修复。</translation>
    </message>
    <message>
        <source>Credit repair can be applied for from %1, after the minimum publicity period.</source>
        <translation>最短公示期满后，自 %1 起可申请信用修复。</translation>
    </message>
    <message>
        <source>The publicity period ended on %1; nothing is left to repair.</source>
        <translation>公示期已于 %1 届满，无需修复。</translation>
    </message>
    <message>
        <source>A repair of this event is already pending or granted.</source>
        <translation>该事件的修复申请正在办理或已获准。</translation>
    </message>
    <message>
        <source>No credit repair has the id %1.</source>
        <translation>没有编号为 %1 的信用修复申请。</translation>
    </message>
    <message>
        <source>This credit repair has already been decided.</source>
        <translation>该信用修复申请已作出决定。</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the application.</source>
        <translation>决定日期不能早于申请日期。</translation>
    </message>
</context>
<context>
    <name>CreditRuleForm</name>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Yearly cap</source>
        <translation>年度上限</translation>
    </message>
    <message>
        <source>Publicity class</source>
        <translation>公示类别</translation>
    </message>
    <message>
        <source>Counts as a penalty</source>
        <translation>计为处罚</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>红线</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Repair after (months)</source>
        <translation>可申请修复（月）</translation>
    </message>
    <message>
        <source>Counts for (months)</source>
        <translation>最长计入月数</translation>
    </message>
    <message>
        <source>One red-line violation per line</source>
        <translation>每行一项红线违法行为</translation>
    </message>
    <message>
        <source>Industry codes, separated by commas, e.g. C13, C14</source>
        <translation>行业代码，用逗号分隔，如 C13, C14</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>施行日期：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Base points:</source>
        <translation>基础分：</translation>
    </message>
    <message>
        <source>Points for each event</source>
        <translation>各事项加减分</translation>
    </message>
    <message>
        <source>How long a negative event counts</source>
        <translation>减分事项的计入期限</translation>
    </message>
    <message>
        <source>Tiers and sampling</source>
        <translation>信用等级与抽查比例</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>points;</source>
        <translation>分起；</translation>
    </message>
    <message>
        <source>below C;</source>
        <translation>低于C级；</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>抽查</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Tier %1:</source>
        <translation>%1级：</translation>
    </message>
    <message>
        <source>Forced tier:</source>
        <translation>直接评定为：</translation>
    </message>
    <message>
        <source>For (months):</source>
        <translation>持续月数：</translation>
    </message>
    <message>
        <source>Red-line list:</source>
        <translation>红线清单：</translation>
    </message>
    <message>
        <source>Sandbox (优信豁免)</source>
        <translation>优信豁免沙盒</translation>
    </message>
    <message>
        <source>Lowest score:</source>
        <translation>最低积分：</translation>
    </message>
    <message>
        <source>Months without a penalty:</source>
        <translation>无处罚月数：</translation>
    </message>
    <message>
        <source>Months after a red line:</source>
        <translation>红线后再入月数：</translation>
    </message>
    <message>
        <source>Excluded industries:</source>
        <translation>排除行业：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CreditRuleSet</name>
    <message>
        <source>No credit rules are defined.</source>
        <translation>尚未定义信用规则。</translation>
    </message>
    <message>
        <source>is not a known setting.</source>
        <translation>不是可识别的设置项。</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>必须是文本。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必须是 true 或 false。</translation>
    </message>
    <message>
        <source>must be a list of texts.</source>
        <translation>必须是文本列表。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>Credit rules %1: not valid JSON at line %2 (%3).</source>
        <translation>信用规则 %1：第 %2 行不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>must be a date like 2025-01-01.</source>
        <translation>必须是形如 2025-01-01 的日期。</translation>
    </message>
    <message>
        <source>must list at least one kind of event.</source>
        <translation>至少要列出一类事件。</translation>
    </message>
    <message>
        <source>applies only to events that add points.</source>
        <translation>只适用于加分事件。</translation>
    </message>
    <message>
        <source>is required for events that subtract points.</source>
        <translation>扣分事件必须填写。</translation>
    </message>
    <message>
        <source>names “%1”, which is not defined under “publicity”.</source>
        <translation>引用了“%1”，但“publicity”中没有定义。</translation>
    </message>
    <message>
        <source>must lie below A and above C.</source>
        <translation>必须低于 A 且高于 C。</translation>
    </message>
    <message>
        <source>must be one of A, B, C, D.</source>
        <translation>必须是 A、B、C、D 之一。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Base points</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>加减分事项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Yearly cap</source>
        <translation>年度上限</translation>
    </message>
    <message>
        <source>Publicity class</source>
        <translation>公示类别</translation>
    </message>
    <message>
        <source>Counts as a penalty</source>
        <translation>计为处罚</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>红线</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Repair after (months)</source>
        <translation>可申请修复（月）</translation>
    </message>
    <message>
        <source>Counts for (months)</source>
        <translation>最长计入月数</translation>
    </message>
    <message>
        <source>Tier thresholds</source>
        <translation>等级分界</translation>
    </message>
    <message>
        <source>Sampling (%)</source>
        <translation>抽查比例（%）</translation>
    </message>
    <message>
        <source>Forced tier</source>
        <translation>直接评定等级</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Red-line list</source>
        <translation>红线清单</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>优信豁免沙盒</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>最低积分</translation>
    </message>
    <message>
        <source>Months without a penalty</source>
        <translation>无处罚月数</translation>
    </message>
    <message>
        <source>Months after a red line</source>
        <translation>红线后再入月数</translation>
    </message>
    <message>
        <source>Excluded industries</source>
        <translation>排除行业</translation>
    </message>
    <message>
        <source>Credit rules %1: “%2” (%3) %4</source>
        <translation>信用规则 %1：“%2”（%3）%4</translation>
    </message>
    <message>
        <source>must not be less than “%1”.</source>
        <translation>不能小于“%1”。</translation>
    </message>
</context>
<context>
    <name>CreditRuleStore</name>
    <message>
        <source>version %1 in the database</source>
        <translation>数据库中的第 %1 版</translation>
    </message>
    <message>
        <source>Credit rules %1: version %2 must be higher than the latest version %3.</source>
        <translation>信用规则 %1：版本号 %2 必须高于最新版本 %3。</translation>
    </message>
    <message>
        <source>Credit rules %1: a new version cannot take effect before the latest one (%2).</source>
        <translation>信用规则 %1：新版本的施行日期不能早于最新版本（%2）。</translation>
    </message>
</context>
<context>
    <name>CreditRulesPage</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>施行日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>新建版本…</translation>
    </message>
    <message>
        <source>credit-rule-versions.xlsx</source>
        <translation>信用规则版本.xlsx</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>JSON 文本</translation>
    </message>
</context>
<context>
    <name>CreditTier</name>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>A (low risk)</source>
        <translation>A（低风险）</translation>
    </message>
    <message>
        <source>B (moderate risk)</source>
        <translation>B（一般风险）</translation>
    </message>
    <message>
        <source>C (elevated risk)</source>
        <translation>C（较高风险）</translation>
    </message>
    <message>
        <source>D (high risk)</source>
        <translation>D（高风险）</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1: the encoding %2 cannot be read.</source>
        <translation>%1：无法按 %2 编码读取。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1 第 %2 行：引号内的字段没有结束引号。</translation>
    </message>
    <message>
        <source>%1: the text is not valid %2 in the bytes %3 to %4; save the file again as UTF-8 and import that.</source>
        <translation>%1：第 %3 至 %4 字节之间的文字不是有效的 %2 编码；请另存为 UTF-8 后再导入。</translation>
    </message>
    <message>
        <source>%1: invalid UTF-8 at byte %2 (counting from 0), after line %3. Part of the file was saved in another encoding; save it again as UTF-8 (or all of it as GBK) and import that.</source>
        <translation>%1：第 %2 字节（从 0 起算，位于第 %3 行之后）不是有效的 UTF-8 编码。文件的一部分是以其他编码保存的；请整体另存为 UTF-8（或整体另存为 GBK）后再导入。</translation>
    </message>
    <message>
        <source>%1, line %2: more than %3 columns, Excel&apos;s limit; the file was not read.</source>
        <translation>%1 第 %2 行：超过 %3 列（Excel 的上限）；未读取该文件。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, far more than any register; it was not read.</source>
        <translation>%1 含有超过 %2 个单元格，远超任何名录的规模；未读取。</translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message>
        <source>Clue %1 is past its deadline %2 (%3)</source>
        <translation>线索 %1 已超过办理期限 %2（%3）</translation>
    </message>
    <message>
        <source>%1 left the sandbox on %2: %3</source>
        <translation>%1 于 %2 移出沙盒：%3</translation>
    </message>
    <message>
        <source>Visit to %1 on %2 has no results yet</source>
        <translation>%2 对 %1 的检查尚未录入结果</translation>
    </message>
    <message>
        <source>Case %1 (%2): fine %3 yuan is outside its benchmark band</source>
        <translation>案件 %1（%2）：罚款 %3 元超出裁量基准档次范围</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>无法计算指标。</translation>
    </message>
    <message>
        <source>same as last month</source>
        <translation>与上月持平</translation>
    </message>
    <message>
        <source>▲ %1 on last month</source>
        <translation>比上月增加 %1</translation>
    </message>
    <message>
        <source>▼ %1 on last month</source>
        <translation>比上月减少 %1</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入企检查</translation>
    </message>
    <message>
        <source>Checks avoided</source>
        <translation>减少入企次数</translation>
    </message>
    <message>
        <source>Visits and checks avoided, last 12 months</source>
        <translation>近 12 个月入企检查与减少入企次数</translation>
    </message>
    <message>
        <source>Inspection tasks by department</source>
        <translation>各部门检查任务数</translation>
    </message>
    <message>
        <source>Enterprises by credit tier</source>
        <translation>各信用等级企业数</translation>
    </message>
    <message>
        <source>Clues by state (%1 overdue)</source>
        <translation>线索办理状态（逾期 %1 件）</translation>
    </message>
    <message>
        <source>Figures for %1</source>
        <translation>%1 的指标</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>There is no table named “%1”.</source>
        <translation>没有名为“%1”的数据表。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>您没有读取 %1 的权限。</translation>
    </message>
    <message>
        <source>%1 is not a FairCheck database; it was left unchanged.</source>
        <translation>%1 不是 FairCheck 数据库文件，文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>无法打开数据库文件 %1。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of FairCheck; it was left unchanged.</source>
        <translation>%1 是其他程序的数据库，不是 FairCheck 数据库，文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer FairCheck (schema %2; this program knows up to %3). Please install the newer version.</source>
        <translation>%1 由更新版本的 FairCheck 写入（结构版本 %2，本程序最高支持 %3），请安装新版本。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened; it was left unchanged. Restore it from a backup.</source>
        <translation>%1 已损坏，无法打开，文件未作任何改动。请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 comes from an older FairCheck and must be upgraded, but the backup taken before the upgrade could not be written; it was left unchanged.</source>
        <translation>%1 由旧版 FairCheck 创建，需要升级，但升级前的备份无法写入；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). FairCheck does not write to a database there: the file&apos;s locks do not hold across the network, and two computers writing it at once damage it. Open it read-only, or copy it to this computer and work on the copy; offices share their data by exchange packages instead.</source>
        <translation>%1 位于网络驱动器上（%2）。FairCheck 不在网络驱动器上写数据库：文件锁在网络上不可靠，两台电脑同时写入会损坏文件。请以只读方式打开，或复制到本机后使用副本；各单位之间请用数据交换包共享数据。</translation>
    </message>
    <message>
        <source>%1 comes from an older FairCheck and must be upgraded before use, which cannot be done while it is opened read-only.</source>
        <translation>%1 来自旧版 FairCheck，使用前必须升级，而以只读方式打开时无法升级。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the database cannot be opened or set up there. Nothing was changed; free some space (or choose another disk) and try again.</source>
        <translation>%1 所在的磁盘已满：无法在那里打开或建立数据库。未做任何修改；请腾出空间（或换一个磁盘）后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1.</source>
        <translation>无法写入备份文件 %1。</translation>
    </message>
    <message>
        <source>The backup could not start.</source>
        <translation>备份无法开始。</translation>
    </message>
    <message>
        <source>The backup failed; nothing was written.</source>
        <translation>备份失败，未写入任何文件。</translation>
    </message>
    <message>
        <source>The backup copy failed its check; nothing was written.</source>
        <translation>备份副本未通过校验，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <source>Creating the demo county…</source>
        <translation>正在创建演示县数据…</translation>
    </message>
    <message>
        <source>The demo county could not be saved to %1.</source>
        <translation>演示县数据无法保存到 %1。</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1

Restore the latest good backup (%2)? The damaged file is kept beside it.</source>
        <translation>%1

是否恢复最近一份完好的备份（%2）？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>数据库正在使用</translation>
    </message>
    <message>
        <source>%1 is already open in %2.

Two windows changing one file would get in each other&apos;s way. Open it read-only here? You can look at everything but change nothing.</source>
        <translation>%1 已在 %2 中打开。

两个窗口同时修改同一文件会互相干扰。是否在这里以只读方式打开？可以查看全部内容，但不能修改。</translation>
    </message>
    <message>
        <source>open in %1</source>
        <translation>已在 %1 中打开</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>数据库位于网络驱动器</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

是否以只读方式打开？</translation>
    </message>
    <message>
        <source>on a network drive</source>
        <translation>位于网络驱动器</translation>
    </message>
    <message>
        <source>restore without passwords</source>
        <translation>恢复无密码备份</translation>
    </message>
    <message>
        <source>Backup without passwords</source>
        <translation>备份没有密码</translation>
    </message>
    <message>
        <source>The backup %1 has no passwords, while the current file has them. After restoring it anyone could change the record.

To restore it all the same, type: %2</source>
        <translation>备份 %1 没有设置密码，而当前文件有密码。恢复后任何人都可以修改记录。

如仍要恢复，请输入：%2</translation>
    </message>
    <message>
        <source>The record&apos;s safeguards were repaired</source>
        <translation>记录保护措施已修复</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>%1 (process %2) on %3</source>
        <translation>%3 上的 %1（进程 %2）</translation>
    </message>
    <message>
        <source>FairCheck</source>
        <translation>FairCheck</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <source>Cannot copy the backup next to the database; nothing was restored.</source>
        <translation>无法把备份复制到数据库旁边；未做任何恢复。</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it; nothing was restored.</source>
        <translation>%1 是数据库本身，不是它的备份；未做任何恢复。</translation>
    </message>
    <message>
        <source>%1 is open in this program; close it before restoring it.</source>
        <translation>%1 已在本程序中打开；请先关闭再恢复。</translation>
    </message>
    <message>
        <source>The backup %1 %2; nothing was restored.</source>
        <translation>备份 %1 %2；未做任何恢复。</translation>
    </message>
    <message>
        <source>%1 is open in %2; close it there before restoring it.</source>
        <translation>%1 已在 %2 中打开；请先在那里关闭再恢复。</translation>
    </message>
    <message>
        <source>The backup %1 has no passwords while %2 has: restoring it would let anyone change the record. Nothing was restored; an administrator who wants exactly that must confirm it.</source>
        <translation>备份 %1 没有密码，而 %2 有：恢复后任何人都可以修改记录。未做任何恢复；管理员若确要如此，必须明确确认。</translation>
    </message>
    <message>
        <source>%1 is in use by another program; close it there before restoring it.</source>
        <translation>%1 正被另一个程序使用；请先在那里关闭再恢复。</translation>
    </message>
    <message>
        <source>Cannot set %1 aside; nothing was restored.</source>
        <translation>无法把 %1 移到一旁；未做任何恢复。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the file was left as it was.</source>
        <translation>无法用备份替换 %1；文件保持原样。</translation>
    </message>
</context>
<context>
    <name>DemoCatalog</name>
    <message>
        <source>The demo county data is missing or broken.</source>
        <translation>演示县基础数据缺失或已损坏。</translation>
    </message>
    <message>
        <source>The demo county data is incomplete.</source>
        <translation>演示县基础数据不完整。</translation>
    </message>
</context>
<context>
    <name>DemoCountyGenerator</name>
    <message>
        <source>Creating the demo county was cancelled; nothing was written.</source>
        <translation>已取消创建演示县数据，未写入任何内容。</translation>
    </message>
    <message>
        <source>The number of enterprises must be between 1 and %1.</source>
        <translation>企业数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The history must cover between 1 and 120 months.</source>
        <translation>历史数据须覆盖 1 到 120 个月。</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>正在检查数据库</translation>
    </message>
    <message>
        <source>The database already holds county data; the demo county is only written into an empty database.</source>
        <translation>该数据库已有县域数据；演示县数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>Townships, departments and officers</source>
        <translation>乡镇、执法部门和执法人员</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史数据</translation>
    </message>
    <message>
        <source>Penalty cases and reviews</source>
        <translation>处罚案件和案卷评查</translation>
    </message>
    <message>
        <source>Credit scores and the sandbox</source>
        <translation>信用积分和优信豁免沙盒</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Indexing the register</source>
        <translation>正在建立企业名录索引</translation>
    </message>
</context>
<context>
    <name>DemoFileFormats</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>DemoSourceFiles</name>
    <message>
        <source>Only the demo county&apos;s file writes demo files; this file holds no demo county.</source>
        <translation>只有演示县的数据库才能写出演示文件；本文件不含演示县数据。</translation>
    </message>
    <message>
        <source>This demo county has no enterprises or departments left to write files from.</source>
        <translation>该演示县已没有可用于写出文件的企业或部门。</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The demo county&apos;s records run from %1 to %2; choose a whole month between them.</source>
        <translation>演示县的记录从 %1 到 %2；请选择这期间内完整的一个月。</translation>
    </message>
    <message>
        <source>Name the folder the files go into.</source>
        <translation>请指定保存文件的文件夹。</translation>
    </message>
    <message>
        <source>%1 is the open database&apos;s file or inside its backups or attachments folder; choose another folder.</source>
        <translation>%1 是已打开数据库的文件，或位于其备份、附件文件夹内；请另选文件夹。</translation>
    </message>
</context>
<context>
    <name>DepartmentSink</name>
    <message>
        <source>the code is already %1&apos;s</source>
        <translation>该编码已属于%1</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Close without saving what you entered?</source>
        <translation>未保存所填内容，确定关闭吗？</translation>
    </message>
</context>
<context>
    <name>DiscretionAssessment</name>
    <message>
        <source>No penalty (mandatory)</source>
        <translation>不予处罚（应当）</translation>
    </message>
    <message>
        <source>No penalty at the officer&apos;s discretion (first violation)</source>
        <translation>可以不予处罚（首违不罚，由执法人员裁量）</translation>
    </message>
    <message>
        <source>Lighter or reduced penalty (mandatory)</source>
        <translation>应当从轻或者减轻处罚</translation>
    </message>
    <message>
        <source>Standard penalty</source>
        <translation>一般处罚</translation>
    </message>
    <message>
        <source>Heavier penalty</source>
        <translation>从重处罚</translation>
    </message>
    <message>
        <source>Administrative penalty decision</source>
        <translation>行政处罚决定书</translation>
    </message>
    <message>
        <source>Administrative guidance recommendation</source>
        <translation>行政指导建议书</translation>
    </message>
    <message>
        <source>Credit repair notice</source>
        <translation>信用修复告知书</translation>
    </message>
    <message>
        <source>Decision not to impose a penalty</source>
        <translation>不予行政处罚决定书</translation>
    </message>
    <message>
        <source>Art. 33 (1): a minor violation corrected in time without harmful consequences — no penalty.</source>
        <translation>《行政处罚法》第三十三条第一款：违法行为轻微并及时改正，没有造成危害后果，不予行政处罚。</translation>
    </message>
    <message>
        <source>Art. 33 (1): first violation with slight harm, corrected in time — the officer may decide not to penalise (首违不罚).</source>
        <translation>《行政处罚法》第三十三条第一款：初次违法且危害后果轻微并及时改正，可以不予行政处罚（首违不罚）。</translation>
    </message>
    <message>
        <source>Art. 32 (1): actively removed or reduced the harmful consequences.</source>
        <translation>《行政处罚法》第三十二条第（一）项：主动消除或者减轻违法行为危害后果。</translation>
    </message>
    <message>
        <source>Art. 32 (2): coerced or deceived by others.</source>
        <translation>《行政处罚法》第三十二条第（二）项：受他人胁迫或者诱骗实施违法行为。</translation>
    </message>
    <message>
        <source>Art. 32 (3): confessed violations the authority did not know of.</source>
        <translation>《行政处罚法》第三十二条第（三）项：主动供述行政机关尚未掌握的违法行为。</translation>
    </message>
    <message>
        <source>Art. 32 (4): meritorious cooperation in the investigation.</source>
        <translation>《行政处罚法》第三十二条第（四）项：配合行政机关查处违法行为有立功表现。</translation>
    </message>
    <message>
        <source>harm is none, slight or serious, not %1.</source>
        <translation>harm 应为 none、slight 或 serious，而不是 %1。</translation>
    </message>
    <message>
        <source>harm is given twice with different values; say it once.</source>
        <translation>harm 给出了两个不同的值；请只给一个。</translation>
    </message>
    <message>
        <source>%1=%2: write yes or no.</source>
        <translation>%1=%2：请填写 yes 或 no。</translation>
    </message>
    <message>
        <source>%1 is given twice with different values; say it once.</source>
        <translation>%1 给出了两个不同的值；请只给一个。</translation>
    </message>
    <message>
        <source>Unknown fact %1.</source>
        <translation>未知的情节 %1。</translation>
    </message>
    <message>
        <source>harm_removed=yes says there was harm to remove, but harm=none says there was none.</source>
        <translation>harm_removed=yes 表示有危害后果需要消除，而 harm=none 表示没有危害后果。</translation>
    </message>
    <message>
        <source>harmful consequences (none, slight, serious)</source>
        <translation>危害后果（无、轻微、严重）</translation>
    </message>
    <message>
        <source>first violation (no same-type record in the last 2 years)</source>
        <translation>初次违法（近 2 年内无同类违法记录）</translation>
    </message>
    <message>
        <source>corrected in time</source>
        <translation>及时改正</translation>
    </message>
    <message>
        <source>actively removed or reduced the harm (art. 32 (1))</source>
        <translation>主动消除或者减轻违法行为危害后果（第三十二条第一项）</translation>
    </message>
    <message>
        <source>coerced or deceived by others (art. 32 (2))</source>
        <translation>受他人胁迫或者诱骗（第三十二条第二项）</translation>
    </message>
    <message>
        <source>confessed what the authority did not know (art. 32 (3))</source>
        <translation>主动供述行政机关尚未掌握的违法行为（第三十二条第三项）</translation>
    </message>
    <message>
        <source>meritorious cooperation (art. 32 (4))</source>
        <translation>配合查处有立功表现（第三十二条第四项）</translation>
    </message>
    <message>
        <source>evidence shows no subjective fault (art. 33 (2))</source>
        <translation>有证据足以证明没有主观过错（第三十三条第二款）</translation>
    </message>
    <message>
        <source>Art. 33 (2): evidence shows no subjective fault — no penalty (unless a law or administrative regulation provides otherwise).</source>
        <translation>第三十三条第二款：有证据足以证明没有主观过错——不予行政处罚（法律、行政法规另有规定的除外）。</translation>
    </message>
    <message>
        <source>Red-line item: never a minor violation and never 首违不罚, so art. 33 (1) does not apply.</source>
        <translation>红线事项：不属于违法行为轻微，也不适用首违不罚，因此不适用第三十三条第一款。</translation>
    </message>
    <message>
        <source>A lighter penalty lies in the lighter band of the benchmark; a reduced one below the statutory minimum or of a lighter kind.</source>
        <translation>从轻处罚在裁量基准的从轻幅度内；减轻处罚低于法定最低限或适用较轻的处罚种类。</translation>
    </message>
    <message>
        <source>Serious harm: heavier band of the benchmark.</source>
        <translation>危害后果严重：适用裁量基准的从重幅度。</translation>
    </message>
    <message>
        <source>No circumstance established for a lighter, reduced or heavier penalty: standard band of the benchmark.</source>
        <translation>未查明从轻、减轻或从重的情节：适用裁量基准的一般幅度。</translation>
    </message>
</context>
<context>
    <name>DiscretionListSink</name>
    <message>
        <source>A discretion list needs its name and version number.</source>
        <translation>裁量基准清单需要名称和版本号。</translation>
    </message>
    <message>
        <source>The list&apos;s effective date %1 is not a date (YYYY-MM-DD).</source>
        <translation>清单生效日期 %1 不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The list&apos;s kind is benchmark or lenient, not %1.</source>
        <translation>清单类型应为 benchmark 或 lenient，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 version %2 is already in the database; versions are never overwritten, so give the new list its own version number.</source>
        <translation>%1 的 %2 版已在数据库中；已有版本不会被覆盖，请为新清单设定新的版本号。</translation>
    </message>
    <message>
        <source>differs from an earlier row of item %1 (%2)</source>
        <translation>与事项 %1 前面一行的内容不一致（%2）</translation>
    </message>
    <message>
        <source>give both ends of the statutory fine range, or neither</source>
        <translation>法定罚款幅度的上下限应同时填写或同时留空</translation>
    </message>
    <message>
        <source>below the minimum fine</source>
        <translation>低于罚款下限</translation>
    </message>
    <message>
        <source>a red-line item takes no lenient band (no penalty, reduced, lighter)</source>
        <translation>红线事项不得设置从宽阶次（不予处罚、减轻、从轻）</translation>
    </message>
    <message>
        <source>below the band&apos;s minimum</source>
        <translation>低于该阶次的罚款下限</translation>
    </message>
    <message>
        <source>a no-penalty band has no fine</source>
        <translation>不予处罚阶次不应有罚款</translation>
    </message>
    <message>
        <source>outside the statutory range allowed for this band</source>
        <translation>超出该阶次允许的法定幅度</translation>
    </message>
</context>
<context>
    <name>DiscretionLookupPage</name>
    <message>
        <source>Search violations, provisions or departments, e.g. 进货查验 or 消防法</source>
        <translation>搜索违法行为、法律条款或部门，如“进货查验”或“消防法”</translation>
    </message>
    <message>
        <source>Any band</source>
        <translation>任意阶次</translation>
    </message>
    <message>
        <source>Offers: %1</source>
        <translation>含：%1</translation>
    </message>
    <message>
        <source>Red line or not</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Red-line items only</source>
        <translation>仅红线事项</translation>
    </message>
    <message>
        <source>No red-line items</source>
        <translation>不含红线事项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>红线</translation>
    </message>
    <message>
        <source>Assess a case under this item…</source>
        <translation>按此事项评估案件…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the lists.</source>
        <translation>
            <numerusform>清单中共 %n 个事项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match.</source>
        <translation>
            <numerusform>匹配 %n 个事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Violated provision</source>
        <translation>违法依据</translation>
    </message>
    <message>
        <source>Penalty provision</source>
        <translation>处罚依据</translation>
    </message>
    <message>
        <source>Penalty kinds</source>
        <translation>处罚种类</translation>
    </message>
    <message>
        <source>Statutory fine</source>
        <translation>法定罚款</translation>
    </message>
    <message>
        <source>%1 to %2 yuan</source>
        <translation>%1 至 %2 元</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>%1, version %2, in force from %3</source>
        <translation>%1，%2 版，自 %3 起施行</translation>
    </message>
    <message>
        <source>Circumstance bands</source>
        <translation>裁量阶次</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>阶次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>适用情形</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <source>All list versions</source>
        <translation>所有清单版本</translation>
    </message>
    <message>
        <source>Also search versions not in force today (older or not yet effective).</source>
        <translation>同时搜索今天未施行的版本（旧版本或尚未生效的版本）。</translation>
    </message>
    <message>
        <source>Red-line item: never a minor violation, never 首违不罚. The lighter band or a reduced penalty applies only where the law makes it mandatory (art. 32: actively removed the harm, coerced or deceived, confessed, meritorious cooperation), and proven absence of fault still means no penalty (art. 33 (2)).</source>
        <translation>红线事项：不属于违法行为轻微，不适用首违不罚。只有在法律规定应当从轻或减轻时（第三十二条：主动消除或减轻危害后果、受胁迫或诱骗、主动供述、立功）才适用从轻幅度或减轻处罚；有证据证明没有主观过错的仍不予处罚（第三十三条第二款）。</translation>
    </message>
    <message>
        <source>Only where art. 32 makes it mandatory. %1</source>
        <translation>仅限第三十二条规定应当从轻或减轻的情形。%1</translation>
    </message>
    <message>
        <source>Also searched: %1</source>
        <translation>同时搜索了：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> The first %1 are shown; type more words or choose a department to narrow them.</source>
        <translation>仅显示前 %1 项；请输入更多字词或选择部门以缩小范围。</translation>
    </message>
    <message>
        <source>no fixed amount in the list: as the penalty provision sets it (a multiple of illegal income or value)</source>
        <translation>清单未定额：按处罚依据规定的违法所得或货值倍数计算</translation>
    </message>
</context>
<context>
    <name>DiscretionPage</name>
    <message>
        <source>Benchmark lookup</source>
        <translation>裁量基准查询</translation>
    </message>
    <message>
        <source>Penalty cases</source>
        <translation>处罚案件</translation>
    </message>
</context>
<context>
    <name>DocxBuilder</name>
    <message>
        <source>An image of the document could not be encoded.</source>
        <translation>文档中的图片无法编码。</translation>
    </message>
</context>
<context>
    <name>EnterpriseArea</name>
    <message>
        <source>Register</source>
        <translation>企业名录</translation>
    </message>
    <message>
        <source>Credit and sandbox</source>
        <translation>信用与沙盒</translation>
    </message>
    <message>
        <source>Credit rules</source>
        <translation>信用规则</translation>
    </message>
</context>
<context>
    <name>EnterpriseCreditPane</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Select an enterprise to see its credit.</source>
        <translation>选择一家企业以查看其信用情况。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score %1&lt;/b&gt; · tier %2 · rules version %3</source>
        <translation>&lt;b&gt;积分 %1&lt;/b&gt; · 等级 %2 · 规则第 %3 版</translation>
    </message>
    <message>
        <source>Red-line violation on %1: tier D until %2.</source>
        <translation>%1 发生红线违法：%2 前等级为 D。</translation>
    </message>
    <message>
        <source>Eligible for the sandbox.</source>
        <translation>符合入盒条件。</translation>
    </message>
    <message>
        <source>Not eligible for the sandbox: %1.</source>
        <translation>不符合入盒条件：%1。</translation>
    </message>
    <message>
        <source>Credit score</source>
        <translation>信用积分</translation>
    </message>
    <message>
        <source>Score at each month end</source>
        <translation>各月末积分</translation>
    </message>
    <message>
        <source>credit-explanation.xlsx</source>
        <translation>信用积分明细.xlsx</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetailPane</name>
    <message>
        <source>Select an enterprise to see its record.</source>
        <translation>选择一家企业以查看其档案。</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>Credit score</source>
        <translation>信用积分</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Credit tier</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>优信豁免沙盒</translation>
    </message>
    <message>
        <source>Member (exempt from routine checks)</source>
        <translation>已入盒（免于日常检查）</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>未入盒</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Penalty cases</source>
        <translation>处罚案件</translation>
    </message>
    <message>
        <source>Open clues</source>
        <translation>未办结线索</translation>
    </message>
    <message>
        <source>Recent credit events</source>
        <translation>近期信用事件</translation>
    </message>
    <message>
        <source>Show ID number and phone</source>
        <translation>显示身份证号和电话</translation>
    </message>
    <message>
        <source>Your role does not see personal data.</source>
        <translation>您的角色无权查看个人信息。</translation>
    </message>
</context>
<context>
    <name>EnterpriseLabels</name>
    <message>
        <source>Active</source>
        <translation>存续</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停业</translation>
    </message>
    <message>
        <source>Licence revoked</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Clean inspection</source>
        <translation>检查未发现问题</translation>
    </message>
    <message>
        <source>Invited inspection</source>
        <translation>邀约式检查</translation>
    </message>
    <message>
        <source>Finding to rectify</source>
        <translation>责令整改问题</translation>
    </message>
    <message>
        <source>Minor violation, not punished</source>
        <translation>轻微违法不予处罚</translation>
    </message>
    <message>
        <source>Lighter or reduced penalty</source>
        <translation>从轻或减轻处罚</translation>
    </message>
    <message>
        <source>Standard penalty</source>
        <translation>一般处罚</translation>
    </message>
    <message>
        <source>Heavier penalty</source>
        <translation>从重处罚</translation>
    </message>
    <message>
        <source>Verified 12345 complaint</source>
        <translation>12345投诉经核实</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉表彰</translation>
    </message>
    <message>
        <source>Red-line violation</source>
        <translation>红线违法</translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <source>Search by USCC or name</source>
        <translation>按统一社会信用代码或企业名称搜索</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>%1 enterprises</source>
        <translation>共 %1 家企业</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <source>Export these enterprises…</source>
        <translation>导出这些企业…</translation>
    </message>
    <message>
        <source>Export enterprises</source>
        <translation>导出企业</translation>
    </message>
    <message>
        <source>enterprises.xlsx</source>
        <translation>企业名录.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1+ enterprises, counting…</source>
        <translation>已找到 %1 家以上，正在计数…</translation>
    </message>
</context>
<context>
    <name>EnterpriseSink</name>
    <message>
        <source>township %1</source>
        <translation>乡镇（街道）%1</translation>
    </message>
    <message>
        <source>unknown industry code; give the industry&apos;s name too so it can be added</source>
        <translation>未知的行业代码；请同时提供行业名称以便新增</translation>
    </message>
    <message>
        <source>industry %1 %2</source>
        <translation>行业 %1 %2</translation>
    </message>
    <message>
        <source>unknown industry; add a column with its code (e.g. C33)</source>
        <translation>未知的行业；请增加行业代码列（如 C33）</translation>
    </message>
    <message>
        <source>no township of this name; perhaps %1 (map the value to import)</source>
        <translation>没有这个乡镇（街道）；可能是 %1（对应后即可导入）</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>登记状态</translation>
    </message>
    <message>
        <source>Credit score</source>
        <translation>信用积分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>FairCheck</source>
        <translation>执法监督工作台</translation>
    </message>
</context>
<context>
    <name>ExchangeCollector</name>
    <message>
        <source>This file belongs to no office yet: name it first (office set).</source>
        <translation>本文件尚未设定所属机构，请先设定（office set）。</translation>
    </message>
    <message>
        <source>This file trusts no office named or coded “%1”; office show lists those it trusts.</source>
        <translation>本文件未信任名称或代码为“%1”的机构；office show 列出已信任的机构。</translation>
    </message>
    <message>
        <source>Packages go between the county bureau and a township office, not between %1 and %2.</source>
        <translation>数据包只在县司法局与乡镇司法所之间交换，不能在 %1 与 %2 之间交换。</translation>
    </message>
</context>
<context>
    <name>ExchangeCoverage</name>
    <message>
        <source>No township has sent its records yet: the figures are the county&apos;s own records.</source>
        <translation>尚无乡镇报送数据：以上数字仅依据县局自有记录。</translation>
    </message>
    <message>
        <source>Includes the records of %1 of %2 townships, as of %3.</source>
        <translation>含 %1/%2 个乡镇的数据，截至 %3。</translation>
    </message>
    <message>
        <source>The county&apos;s data as of %1.</source>
        <translation>县局数据截至 %1。</translation>
    </message>
    <message>
        <source>No package from the county has been imported yet.</source>
        <translation>尚未导入县局的数据包。</translation>
    </message>
</context>
<context>
    <name>ExchangePackage</name>
    <message>
        <source>This is not an exchange package, or it is damaged.</source>
        <translation>这不是数据交换包，或者文件已损坏。</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match %1&apos;s key: it was altered or not made by that office. Nothing was imported.</source>
        <translation>数据包的签名与 %1 的密钥不符：它被改动过，或者不是该机构生成的。未导入任何内容。</translation>
    </message>
    <message>
        <source>The package is not signed by an office this file trusts: it was altered, or it comes from an office whose card is not trusted yet (it names itself %1). Nothing was imported.</source>
        <translation>数据包不是由本文件信任的机构签名的：它被改动过，或者来自尚未信任其名片的机构（它自称 %1）。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>ExchangeRecords</name>
    <message>
        <source>The package refers to a record of %1 (%2) that this file does not have; import the packages in order.</source>
        <translation>数据包引用了本文件没有的 %1 记录（%2），请按顺序导入数据包。</translation>
    </message>
</context>
<context>
    <name>ExchangeStore</name>
    <message>
        <source>The package is addressed to %1, not to this office (%2); nothing was imported.</source>
        <translation>该数据包是发给 %1 的，不是发给本机构（%2）的，未导入任何内容。</translation>
    </message>
    <message>
        <source>Package %1 from %2 was imported already; nothing changed.</source>
        <translation>%2 的第 %1 个数据包已经导入过，没有任何变化。</translation>
    </message>
    <message>
        <source>Package %1 from %2 cannot be imported yet: package %3 is missing. Import the packages in order.</source>
        <translation>暂不能导入 %2 的第 %1 个数据包：缺少第 %3 个数据包，请按顺序导入。</translation>
    </message>
    <message>
        <source>The package carries records of “%1”, which this version of FairCheck does not exchange; update FairCheck first.</source>
        <translation>数据包含有“%1”的记录，本版本的执法监督工作台不交换这类记录，请先升级。</translation>
    </message>
    <message>
        <source>%1 %2: changed in both files</source>
        <translation>%1 %2：双方都已修改</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and at %1 since the last exchange; nothing was imported. Decide whose version stands (--theirs or --mine) and import again.</source>
        <translation>
            <numerusform>自上次交换以来，有 %n 条记录在本方和 %1 都被修改，未导入任何内容。请决定采用哪一方的版本（--theirs 或 --mine）后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>No package %1 was written for %2 (the last was %3).</source>
        <translation>没有发给 %2 的第 %1 个数据包（最近一个是第 %3 个）。</translation>
    </message>
    <message>
        <source>This package was written by this office; import it in the office it is addressed to.</source>
        <translation>这个数据包是本机构生成的，请在收件机构导入。</translation>
    </message>
    <message>
        <source>A different package %1 from %2 was imported before: that office&apos;s file has gone back to an earlier state (restored from a copy?). Nothing was imported; ask %2 to check its file before exchanging again.</source>
        <translation>此前导入过 %2 的另一个第 %1 个数据包：对方的数据文件回到了较早的状态（是否用副本恢复过？）。未导入任何内容；请先让 %2 核查其数据文件，再继续交换。</translation>
    </message>
</context>
<context>
    <name>ExchangeTab</name>
    <message>
        <source>county bureau</source>
        <translation>县司法局</translation>
    </message>
    <message>
        <source>township justice office</source>
        <translation>乡镇司法所</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation>已发数据包</translation>
    </message>
    <message>
        <source>Packages received</source>
        <translation>已收数据包</translation>
    </message>
    <message>
        <source>Name this office…</source>
        <translation>设定本机构…</translation>
    </message>
    <message>
        <source>Save this office&apos;s card…</source>
        <translation>保存本机构名片…</translation>
    </message>
    <message>
        <source>Trust an office&apos;s card…</source>
        <translation>信任机构名片…</translation>
    </message>
    <message>
        <source>Write the next package…</source>
        <translation>生成数据包…</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <source>For the office selected in the list: what changed since the two files last agreed.</source>
        <translation>发给列表中选中的机构：上次交换以来变化的记录。</translation>
    </message>
    <message>
        <source>Offices this file trusts, and the packages exchanged with each:</source>
        <translation>本文件信任的机构，以及与各机构交换的数据包：</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>This file belongs to no office yet. An administrator names it: the county bureau, or a township&apos;s justice office.</source>
        <translation>本文件尚未设定所属机构。请管理员设定：县司法局，或乡镇（街道）司法所。</translation>
    </message>
    <message>
        <source>This file belongs to %1 (county bureau, code %2).</source>
        <translation>本文件属于 %1（县司法局，代码 %2）。</translation>
    </message>
    <message>
        <source>This file belongs to %1 (justice office of %2, code %3).</source>
        <translation>本文件属于 %1（%2司法所，代码 %3）。</translation>
    </message>
    <message>
        <source>Name this office</source>
        <translation>设定本机构</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>County bureau</source>
        <translation>县司法局</translation>
    </message>
    <message>
        <source>Township justice office</source>
        <translation>乡镇司法所</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>e.g. 清溪县司法局 or 城关镇司法所</source>
        <translation>如 清溪县司法局 或 城关镇司法所</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇（街道）：</translation>
    </message>
    <message>
        <source>a township office: its township, as the register writes it</source>
        <translation>乡镇司法所填写：名录中的乡镇名称</translation>
    </message>
    <message>
        <source>Township code:</source>
        <translation>乡镇代码：</translation>
    </message>
    <message>
        <source>only in a new file whose register lacks the township</source>
        <translation>仅在名录中尚无该乡镇的新文件中填写</translation>
    </message>
    <message>
        <source>Save this office&apos;s card</source>
        <translation>保存本机构名片</translation>
    </message>
    <message>
        <source>office-card.json</source>
        <translation>机构名片.json</translation>
    </message>
    <message>
        <source>Office cards (*.json)</source>
        <translation>机构名片 (*.json)</translation>
    </message>
    <message>
        <source>Trust an office&apos;s card</source>
        <translation>信任机构名片</translation>
    </message>
    <message>
        <source>Write the next package</source>
        <translation>生成数据包</translation>
    </message>
    <message>
        <source>Choose the office in the list first.</source>
        <translation>请先在列表中选中机构。</translation>
    </message>
    <message>
        <source>Exchange packages (*.fcx)</source>
        <translation>数据交换包 (*.fcx)</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>正在生成数据包…</translation>
    </message>
    <message>
        <source>Package %1 for %2 is written: %3 records changed, %4 removed. Send the file to that office.</source>
        <translation>发给 %2 的第 %1 个数据包已生成：变更 %3 条记录，删除 %4 条。请把文件交给该机构。</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <source>Package %1 from %2 is imported: %3 records written, %4 removed, %5 of ours kept.</source>
        <translation>已导入 %2 的第 %1 个数据包：写入 %3 条记录，删除 %4 条，保留本方 %5 条。</translation>
    </message>
    <message>
        <source>Changed in both files</source>
        <translation>双方都已修改</translation>
    </message>
    <message>
        <source>Take the other office&apos;s version</source>
        <translation>采用对方的版本</translation>
    </message>
    <message>
        <source>Keep this file&apos;s version</source>
        <translation>保留本方的版本</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Count what is pending</source>
        <translation>统计待发送</translation>
    </message>
    <message>
        <source>For each office: the records changed here since the last package, which the next one would carry.</source>
        <translation>按机构统计：上一个数据包以来本方变化的记录，即下一个数据包将包含的内容。</translation>
    </message>
    <message>
        <source>Counting what is pending…</source>
        <translation>正在统计待发送的记录…</translation>
    </message>
    <message>
        <source>%1 changed, %2 removed</source>
        <translation>变更 %1 条，删除 %2 条</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>变更 %1 条</translation>
    </message>
    <message>
        <source>Write a package again…</source>
        <translation>重新写出数据包…</translation>
    </message>
    <message>
        <source>A package already sent to the selected office, written again as it was (a lost or overwritten file).</source>
        <translation>把已发给选中机构的数据包按原样重新写出（文件丢失或被覆盖时）。</translation>
    </message>
    <message>
        <source>Write a package again</source>
        <translation>重新写出数据包</translation>
    </message>
    <message>
        <source>Choose an office that has been sent a package first.</source>
        <translation>请先选中已发过数据包的机构。</translation>
    </message>
    <message>
        <source>Package number:</source>
        <translation>数据包序号：</translation>
    </message>
    <message>
        <source>Package %1 for %2 is written again, as it was sent.</source>
        <translation>发给 %2 的第 %1 个数据包已按原样重新写出。</translation>
    </message>
    <message>
        <source>; %1 waiting for records the other office lacks</source>
        <translation>；%1 条因对方缺少所引用的记录而暂缓</translation>
    </message>
    <message>
        <source>; %1 changes to the county&apos;s data stay here</source>
        <translation>；对县局数据的 %1 处修改留在本方</translation>
    </message>
</context>
<context>
    <name>ExportPolicy</name>
    <message>
        <source>The table %1 is not exported: it holds passwords, keys or the raw record of changes.</source>
        <translation>不导出数据表 %1：其中含有密码、密钥或数据变更的原始记录。</translation>
    </message>
    <message>
        <source>This database has users: sign in to export (in the CLI: --user NAME, password in FAIRCHECK_PASSWORD).</source>
        <translation>此数据库设有用户：请登录后再导出（命令行：--user 用户名，密码放在 FAIRCHECK_PASSWORD 中）。</translation>
    </message>
    <message>
        <source>%1 (%2) may not export %3.</source>
        <translation>%1（%2）无权导出 %3。</translation>
    </message>
    <message>
        <source>Every export is recorded in the audit trail, which a database opened read-only cannot take; export from the window that has the file open.</source>
        <translation>每次导出都要记入审计日志，而以只读方式打开的数据库无法记录；请在已打开该文件的窗口中导出。</translation>
    </message>
</context>
<context>
    <name>FieldParser</name>
    <message>
        <source>not a date (write it like 2024-05-31)</source>
        <translation>不是日期（应写作 2024-05-31 这样的格式）</translation>
    </message>
    <message>
        <source>unknown status (存续, 注销, 吊销 or 停业)</source>
        <translation>无法识别的状态（应为存续、注销、吊销或停业）</translation>
    </message>
    <message>
        <source>write 是 or 否</source>
        <translation>请填写“是”或“否”</translation>
    </message>
    <message>
        <source>write 不予处罚, 减轻, 从轻, 一般 or 从重</source>
        <translation>请填写不予处罚、减轻、从轻、一般或从重</translation>
    </message>
    <message>
        <source>not an amount of yuan (digits, at most two decimals, not negative)</source>
        <translation>不是以元为单位的金额（数字，最多两位小数，不能为负）</translation>
    </message>
    <message>
        <source>not a date and time (write it like 2026-10-12 09:30)</source>
        <translation>不是日期时间（应写作 2026-10-12 09:30 这样的格式）</translation>
    </message>
    <message>
        <source>write 咨询, 求助, 投诉, 建议 or 举报</source>
        <translation>请填写咨询、求助、投诉、建议或举报</translation>
    </message>
    <message>
        <source>not an amount in units of 10,000 yuan in whole fen (digits, at most six decimals, not negative)</source>
        <translation>不是以“万元”为单位、精确到分的金额（数字，最多六位小数，不得为负）</translation>
    </message>
</context>
<context>
    <name>FindingsTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>What the records show</source>
        <translation>记录显示</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Make a supervision clue</source>
        <translation>转为监督线索</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部发现</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Clue %1 made; it is in the Clues tab.</source>
        <translation>已生成线索 %1，见“线索”页。</translation>
    </message>
    <message>
        <source>A clue for the finding&apos;s department, with a deadline; its supervision notice is printed from the clue.</source>
        <translation>为该发现所涉部门生成有办理期限的线索；督办通知书从线索打印。</translation>
    </message>
</context>
<context>
    <name>GettingStartedPanel</name>
    <message>
        <source>Open the demo county to look around</source>
        <translation>打开演示县先看看</translation>
    </message>
    <message>
        <source>Import more…</source>
        <translation>继续导入…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Almost set up.&lt;/b&gt; Bring in what is still missing so that every page has its records:</source>
        <translation>&lt;b&gt;即将完成设置。&lt;/b&gt;请导入尚缺的名单，各页面才有完整记录：</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file is new.&lt;/b&gt; Bring in the county&apos;s lists in this order; the figures on this page start once the departments and the register are in.</source>
        <translation>&lt;b&gt;这是一个新文件。&lt;/b&gt;请按以下顺序导入全县名单；导入执法部门和市场主体名录后，本页指标即开始统计。</translation>
    </message>
    <message>
        <source>1. The enforcement departments</source>
        <translation>1. 执法部门</translation>
    </message>
    <message>
        <source>2. The register of market entities</source>
        <translation>2. 市场主体名录</translation>
    </message>
    <message>
        <source>The register as the market regulator exports it (.xlsx, .xls or .csv); townships are created from it.</source>
        <translation>市场监管部门导出的名录（.xlsx、.xls 或 .csv）；乡镇（街道）据此建立。</translation>
    </message>
    <message>
        <source>3. The officers and their certificates</source>
        <translation>3. 执法人员及执法证</translation>
    </message>
    <message>
        <source>Names, departments and certificate numbers, for plans and case-file reviews.</source>
        <translation>姓名、所属部门和执法证号，用于检查计划和案卷评查。</translation>
    </message>
    <message>
        <source>4. The inspection items</source>
        <translation>4. 检查事项</translation>
    </message>
    <message>
        <source>5. The benchmark lists</source>
        <translation>5. 裁量基准清单</translation>
    </message>
    <message>
        <source>The county&apos;s list of enforcement bodies (name, short name, code): every other list names its department from it.</source>
        <translation>全县行政执法主体名单（名称、简称、编码）：其他各类名单都据此对应部门。</translation>
    </message>
    <message>
        <source>Each department&apos;s list of items for random checks, for drawing plans.</source>
        <translation>各部门的随机抽查事项清单，用于抽取检查计划。</translation>
    </message>
    <message>
        <source>Each department&apos;s discretion benchmark list, as a named version in force from a date.</source>
        <translation>各部门的行政裁量基准清单，按清单名称和版本导入，自生效日期起适用。</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>FairCheck enforcement supervision workstation.</source>
        <translation>FairCheck 执法监督工作台。</translation>
    </message>
    <message>
        <source>Open this database file (created if missing).</source>
        <translation>打开此数据库文件（不存在时新建）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Open the demo county (built on first use).</source>
        <translation>打开演示县（首次使用时生成）。</translation>
    </message>
    <message>
        <source>Language of the interface (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Page to show: %1.</source>
        <translation>要显示的页面：%1。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Render the window offscreen to this PNG file and exit.</source>
        <translation>在后台把窗口渲染为该 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unknown page %1; choose one of: %2</source>
        <translation>未知页面 %1，可选：%2</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
    <message>
        <source>Screenshot of the %1 page written to %2.</source>
        <translation>%1 页面的截图已写入 %2。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, such as 1366x768 (the default) or 1024x768.</source>
        <translation>--screenshot 的窗口尺寸，如 1366x768（默认）或 1024x768。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Write the size as WIDTHxHEIGHT, such as 1024x768.</source>
        <translation>尺寸请写成 宽x高，如 1024x768。</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>FairCheck manual</source>
        <translation>执法监督工作台 使用手册</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>HotlineCategory</name>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Request for help</source>
        <translation>求助</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬/感谢</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>HotlineSink</name>
    <message>
        <source>order without a registered enterprise: %1</source>
        <translation>工单涉及的企业不在名录中：%1</translation>
    </message>
    <message>
        <source>no township of this name</source>
        <translation>没有这个乡镇（街道）</translation>
    </message>
    <message>
        <source>no township of this name; perhaps %1 (map the value to import)</source>
        <translation>没有这个乡镇（街道）；可能是 %1（对应后即可导入）</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message>
        <source>Cannot open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 is a web page of %2 MB, more than the %3 MB such an export can be; save it as .xlsx in Excel or WPS and import that file.</source>
        <translation>%1 是一个 %2 MB 的网页文件，超过此类导出文件 %3 MB 的上限；请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>%1 is a web page without a table to read.</source>
        <translation>%1 是网页文件，其中没有可读取的表格。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n table(s); there is no table “%2” (write its number, 1 for the first).</source>
        <translation>
            <numerusform>%1 共有 %n 个表格，没有表格“%2”（请填写表格序号，第一个为 1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>表格 %1</translation>
    </message>
    <message>
        <source>The web page&apos;s table has more cells than its size can hold (colspan); it was not read.</source>
        <translation>网页表格的单元格数超出其文件大小所能容纳的范围（colspan 跨列过大），未读取。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>保存被拒收的行…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>选择名录文件</translation>
    </message>
    <message>
        <source> (not used)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Read as %1%2.</source>
        <translation>按 %1 读取%2。</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>，工作表 %1</translation>
    </message>
    <message>
        <source>Header found on row %1; %2 columns recognised.</source>
        <translation>表头在第 %1 行，识别出 %2 列。</translation>
    </message>
    <message>
        <source>No header with the required columns (missing: %1).</source>
        <translation>没有找到包含必需列的表头（缺少：%1）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒收的行</translation>
    </message>
    <message>
        <source>rejected.xlsx</source>
        <translation>拒收明细.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>Click a column&apos;s header to choose the field it feeds.</source>
        <translation>点击列标题，选择该列导入到哪个字段。</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Type or paste the file&apos;s path, or choose it</source>
        <translation>输入或粘贴文件路径，或点“选择文件”</translation>
    </message>
    <message>
        <source>e.g. 2026.1</source>
        <translation>如 2026.1</translation>
    </message>
    <message>
        <source>Benchmark list</source>
        <translation>裁量基准清单</translation>
    </message>
    <message>
        <source>No-penalty / lighter-penalty list</source>
        <translation>不予处罚、从轻减轻处罚事项清单</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>the list&apos;s name, e.g. the county&apos;s market-regulation benchmarks</source>
        <translation>清单名称，如 清溪县市场监管行政处罚裁量基准</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Unknown kind of import “%1”; known kinds: %2.</source>
        <translation>未知的导入类型“%1”；可用类型：%2。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>, sheet %1</source>
        <translation>，工作表 %1</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>，%1 列</translation>
    </message>
    <message>
        <source>%1 (%2 “%3”): %4</source>
        <translation>%1（%2“%3”）：%4</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected</source>
        <translation>共 %1 行：新增 %2，变更 %3，无变化 %4，拒收 %5</translation>
    </message>
    <message>
        <source>Dry run of %1 — %2. Nothing was written.</source>
        <translation>%1 试导入 — %2。未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 — %2.</source>
        <translation>已导入 %1 — %2。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1 because rows were rejected — %2.</source>
        <translation>%1 中有被拒收的行，未导入任何数据 — %2。</translation>
    </message>
    <message>
        <source> (%1 problems)</source>
        <translation>（共 %1 处问题）</translation>
    </message>
</context>
<context>
    <name>ImportSinks</name>
    <message>
        <source>This program cannot import %1 (“%2”): no part of it takes that kind of file.</source>
        <translation>本程序不能导入%1（“%2”）：没有哪一部分接收这类文件。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: no header row with the required columns was found in the first %2 rows (missing: %3).</source>
        <translation>%1：前 %2 行中没有找到包含必需列的表头（缺少：%3）。</translation>
    </message>
    <message>
        <source>required, but empty</source>
        <translation>必填项为空</translation>
    </message>
    <message>
        <source>appears twice in the file (also row %1)</source>
        <translation>在文件中重复出现（另见第 %1 行）</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>已取消导入，未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>Visits carried out (results recorded) with the visit date in the period.</source>
        <translation>统计期内已完成（已录入结果）的入企检查，以检查日期为准。</translation>
    </message>
    <message>
        <source>Of those visits, the ones with two or more departments.</source>
        <translation>上述检查中有两个及以上部门参加的次数。</translation>
    </message>
    <message>
        <source>Inspection tasks carried out in those visits (one per department per visit).</source>
        <translation>上述检查中完成的检查任务数（每次检查每个部门计一项）。</translation>
    </message>
    <message>
        <source>Tasks minus visits: entries into enterprises saved by joining.</source>
        <translation>检查任务数减去入企次数：联合检查减少的入企次数。</translation>
    </message>
    <message>
        <source>Joint visits divided by visits.</source>
        <translation>联合检查次数除以入企检查次数。</translation>
    </message>
    <message>
        <source>Visits in the period that came from an enterprise&apos;s invitation.</source>
        <translation>统计期内应企业邀约开展的检查次数。</translation>
    </message>
    <message>
        <source>Ratings of 4 or 5 divided by all ratings, by rating date in the period.</source>
        <translation>评价为 4 分或 5 分的数量除以全部评价数，以评价日期为准。</translation>
    </message>
    <message>
        <source>Enterprises with a credit score, registered by the end of the period.</source>
        <translation>统计期末已登记且有信用积分的企业数。</translation>
    </message>
    <message>
        <source>Enterprises in the sandbox on the last day of the period.</source>
        <translation>统计期最后一天仍在沙盒内的企业数。</translation>
    </message>
    <message>
        <source>Admissions to the sandbox dated in the period.</source>
        <translation>统计期内纳入沙盒的企业数。</translation>
    </message>
    <message>
        <source>Exits from the sandbox dated in the period.</source>
        <translation>统计期内移出沙盒的企业数。</translation>
    </message>
    <message>
        <source>Enforcement-supervision clues received in the period.</source>
        <translation>统计期内受理的执法监督线索数。</translation>
    </message>
    <message>
        <source>Clues closed in the period.</source>
        <translation>统计期内办结的线索数。</translation>
    </message>
    <message>
        <source>Clues open on the last day of the period and past their deadline.</source>
        <translation>统计期末未办结且已超过办理期限的线索数。</translation>
    </message>
    <message>
        <source>Penalty cases decided in the period with no penalty, a reduced or a lighter penalty.</source>
        <translation>统计期内作出不予处罚、减轻或从轻处罚决定的案件数。</translation>
    </message>
    <message>
        <source>Sum over those cases of the reference fine minus the fine imposed, never below zero.</source>
        <translation>上述案件中参考罚款额减去实际罚款额之和，每案不低于零。</translation>
    </message>
    <message>
        <source>Credit repairs granted in the period.</source>
        <translation>统计期内准予信用修复的数量。</translation>
    </message>
    <message>
        <source>Training sessions held in the period.</source>
        <translation>统计期内举办的培训场次。</translation>
    </message>
    <message>
        <source>Distinct enterprises that attended those sessions.</source>
        <translation>参加上述培训的企业数（同一企业只计一次）。</translation>
    </message>
    <message>
        <source>Forums with enterprises held in the period.</source>
        <translation>统计期内举办的政企恳谈场次。</translation>
    </message>
    <message>
        <source>Enterprise requests raised in the period.</source>
        <translation>统计期内收集的企业诉求数。</translation>
    </message>
    <message>
        <source>Enterprise requests closed in the period.</source>
        <translation>统计期内办结的企业诉求数。</translation>
    </message>
    <message>
        <source>Case-file reviews finished in the period.</source>
        <translation>统计期内完成的案卷评查数。</translation>
    </message>
    <message>
        <source>The mean score of those reviews.</source>
        <translation>上述评查的平均得分。</translation>
    </message>
    <message>
        <source>Share of those reviews graded pass or excellent (veto failures count as fails).</source>
        <translation>上述评查中合格及以上的比例（否决项不合格计为不合格）。</translation>
    </message>
    <message>
        <source>Active officers in the grade &apos;excellent&apos;.</source>
        <translation>等次为“优秀”的在岗执法人员数。</translation>
    </message>
    <message>
        <source>Active officers in the grade &apos;good&apos;.</source>
        <translation>等次为“良好”的在岗执法人员数。</translation>
    </message>
    <message>
        <source>Active officers in the grade &apos;fair&apos;.</source>
        <translation>等次为“一般”的在岗执法人员数。</translation>
    </message>
    <message>
        <source>Active officers in the grade &apos;poor&apos;.</source>
        <translation>等次为“较差”的在岗执法人员数。</translation>
    </message>
    <message>
        <source>Enterprises&apos; invitations for an advisory visit received in the period.</source>
        <translation>本期收到的企业邀约式检查申请数。</translation>
    </message>
    <message>
        <source>Credit-repair applications made in the period with the service&apos;s help.</source>
        <translation>本期在服务协助下提出的信用修复申请数。</translation>
    </message>
    <message>
        <source>Distinct enterprises served in the period: an invited visit carried out, a forum or training attended, a request raised, a credit-repair notice or a helped application.</source>
        <translation>本期获得服务的企业数（同一企业只计一次）：完成的邀约式检查、参加的恳谈活动或培训、提出的诉求、收到的信用修复提示或协助的修复申请。</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <source>Click to see the records.</source>
        <translation>点击查看所统计的记录。</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is the open database or one of its working files; it cannot be read as an input.</source>
        <translation>%1 是正在使用的数据库或其工作文件，不能作为输入文件读取。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a pipe); choose a document file.</source>
        <translation>%1 不是普通文件（而是文件夹、设备或管道）；请选择一个文档文件。</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>您没有读取 %1 的权限。</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 a file of this kind may have; it was not read.</source>
        <translation>%1 大小为 %2，超过此类文件允许的 %3；未读取。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is more than the %2 a file of this kind may have; it was not read.</source>
        <translation>%1 超过此类文件允许的 %2；未读取。</translation>
    </message>
</context>
<context>
    <name>InspectionCode</name>
    <message>
        <source>There is no visit %1.</source>
        <translation>没有编号为 %1 的入企检查。</translation>
    </message>
    <message>
        <source>Inspection code %1 belongs to visit %2.</source>
        <translation>检查码 %1 属于入企检查 %2。</translation>
    </message>
    <message>
        <source>No visit has the inspection code %1.</source>
        <translation>没有入企检查使用检查码 %1。</translation>
    </message>
    <message>
        <source>This is not a FairCheck inspection code.</source>
        <translation>这不是执法监督工作台生成的检查码。</translation>
    </message>
    <message>
        <source>The check value does not fit: the code was altered, or was not issued from this database.</source>
        <translation>校验码不符：检查码已被改动，或不是由本数据库签发。</translation>
    </message>
    <message>
        <source>The code is genuine but its visit %1 no longer exists.</source>
        <translation>检查码真实，但其入企检查 %1 已不存在。</translation>
    </message>
    <message>
        <source>The code is genuine but out of date: visit %1 has changed since it was printed (date, items or officers).</source>
        <translation>检查码真实但已过期：入企检查 %1 在打印后已变更（日期、事项或执法人员）。</translation>
    </message>
    <message>
        <source>Genuine inspection code %1 for visit %2.</source>
        <translation>检查码 %1 真实有效，对应入企检查 %2。</translation>
    </message>
    <message>
        <source>The inspection code cannot be encoded.</source>
        <translation>无法生成检查码。</translation>
    </message>
    <message>
        <source>The visit&apos;s details are too long for one QR code (%1 bytes).</source>
        <translation>入企检查信息过长，无法放入一个二维码（%1 字节）。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Inspection code %1</source>
        <translation>执法检查码 %1</translation>
    </message>
</context>
<context>
    <name>InspectionPlanner</name>
    <message>
        <source>%1 has no random-check items, so it draws nothing.</source>
        <translation>%1 没有随机抽查事项，本次不抽取。</translation>
    </message>
    <message>
        <source>%1 has already made %2 routine checks of this enterprise this year (at most %3).</source>
        <translation>%1 今年已对该企业开展 %2 次日常抽查（上限 %3 次）。</translation>
    </message>
    <message>
        <source>This is the last routine check by %1 of this enterprise allowed this year.</source>
        <translation>这是 %1 今年对该企业可开展的最后一次日常抽查。</translation>
    </message>
    <message>
        <source>The enterprise of %1 is not an active enterprise of the register.</source>
        <translation>%1 涉及的企业不是名录中的存续企业。</translation>
    </message>
    <message>
        <source>The enterprise has already had %1 routine visits this year (at most %2 by all departments together).</source>
        <translation>该企业今年已接受 %1 次日常入企检查（各部门合计上限 %2 次）。</translation>
    </message>
    <message>
        <source>This is the last routine visit to the enterprise allowed this year.</source>
        <translation>这是今年对该企业可开展的最后一次日常入企检查。</translation>
    </message>
    <message>
        <source>red-line case %1</source>
        <translation>红线案件 %1</translation>
    </message>
    <message>
        <source>clue %1</source>
        <translation>线索 %1</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>检查问题 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>Plan:</source>
        <translation>检查计划：</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <source>Verify draw</source>
        <translation>核验抽取</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>导出计划…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇（街道）：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>检查码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>检查部门</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>入企检查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>not-planned</source>
        <translation>未排入事项</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>入企检查</translation>
    </message>
    <message>
        <source>Not planned and warnings</source>
        <translation>未排入与提示</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>All townships</source>
        <translation>全部乡镇（街道）</translation>
    </message>
    <message>
        <source>Seed “%1” (algorithm %2). Planned: %3 tasks in %4 visits, %5 joint (%6), %7 checks avoided. Done: %8 visits, %9 checks avoided. Satisfaction %10 of %11 ratings. Not planned: %12 blocked by caps, %13 not scheduled.</source>
        <translation>随机种子“%1”（算法 %2）。计划：检查任务 %3 项，入企 %4 次，联合检查 %5 次（%6），减少入企 %7 次。已完成：入企 %8 次，减少入企 %9 次。满意率 %10（%11 条评价）。未排入：因频次上限 %12 项，未能排期 %13 项。</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>频次受限</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>未能排期</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Draw verified</source>
        <translation>抽取核验通过</translation>
    </message>
    <message>
        <source>Draw does not match</source>
        <translation>抽取结果不一致</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>导出检查计划</translation>
    </message>
    <message>
        <source>plan-%1.xlsx</source>
        <translation>检查计划-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>IntegrityChecker</name>
    <message>
        <source>Storage damage: %1</source>
        <translation>存储损坏：%1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <translation>表 %1 第 %2 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>Enterprise row %1 has an invalid USCC %2: %3</source>
        <translation>企业记录 %1 的统一社会信用代码 %2 无效：%3</translation>
    </message>
    <message>
        <source>Visit %1 is marked done but has no visit date.</source>
        <translation>检查 %1 标记为已完成，但没有检查日期。</translation>
    </message>
    <message>
        <source>Inspection task %1 belongs to a visit at another enterprise.</source>
        <translation>检查任务 %1 所属的入企检查对应的是另一家企业。</translation>
    </message>
    <message>
        <source>Penalty case %1 is &apos;no penalty&apos; but records a fine.</source>
        <translation>处罚案件 %1 为“不予处罚”，却记录了罚款。</translation>
    </message>
    <message>
        <source>Enterprise %1 has more than one open sandbox membership.</source>
        <translation>企业 %1 有多条未结束的沙盒记录。</translation>
    </message>
    <message>
        <source>Clue %1 is closed but has no closing date.</source>
        <translation>线索 %1 已办结，但没有办结日期。</translation>
    </message>
    <message>
        <source>Case review %1 has a grade that does not match its scores.</source>
        <translation>案卷评查 %1 的等次与得分不符。</translation>
    </message>
    <message>
        <source>Satisfaction rating %1 is dated before its visit took place.</source>
        <translation>满意度评价 %1 的日期早于检查日期。</translation>
    </message>
</context>
<context>
    <name>InvitationStore</name>
    <message>
        <source>No invitation has the number %1.</source>
        <translation>没有编号为 %1 的邀约。</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已谢绝</translation>
    </message>
    <message>
        <source>The date of the request is required.</source>
        <translation>请填写申请日期。</translation>
    </message>
    <message>
        <source>The date wanted cannot be before the request.</source>
        <translation>希望日期不能早于申请日期。</translation>
    </message>
    <message>
        <source>Say what the enterprise wants advice on (the scope).</source>
        <translation>请填写企业希望指导的事项。</translation>
    </message>
    <message>
        <source>Invitation %1 is not waiting to be scheduled.</source>
        <translation>邀约 %1 不在待安排状态。</translation>
    </message>
    <message>
        <source>An invited visit is made by an officer and a technical expert: name the expert.</source>
        <translation>邀约式检查由一名执法人员和一名技术专家组成（“1+1”）：请填写专家。</translation>
    </message>
    <message>
        <source>The visit date is required and cannot be before the request.</source>
        <translation>请填写检查日期，且不得早于申请日期。</translation>
    </message>
    <message>
        <source>No officer has the number %1.</source>
        <translation>没有编号为 %1 的执法人员。</translation>
    </message>
    <message>
        <source>Officer %1 is not an active certified officer.</source>
        <translation>执法人员 %1 不是在岗持证人员。</translation>
    </message>
    <message>
        <source>Officer %1 has declared a conflict of interest with this enterprise.</source>
        <translation>执法人员 %1 已申报与该企业存在利害关系（回避）。</translation>
    </message>
    <message>
        <source>Invitation %1 has no scheduled visit to complete.</source>
        <translation>邀约 %1 没有已安排的检查可办结。</translation>
    </message>
    <message>
        <source>Record the advice given.</source>
        <translation>请记录给出的指导意见。</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the visit.</source>
        <translation>回访日期不能早于检查日期。</translation>
    </message>
    <message>
        <source>Only an invitation not yet scheduled can be declined.</source>
        <translation>只有尚未安排的邀约才能谢绝。</translation>
    </message>
    <message>
        <source>Give the enterprise the reason for declining.</source>
        <translation>请向企业说明谢绝理由。</translation>
    </message>
    <message>
        <source>The date of the visit</source>
        <translation>检查日期</translation>
    </message>
</context>
<context>
    <name>InvitationsTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>指导事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>指导意见</translation>
    </message>
    <message>
        <source>New invitation…</source>
        <translation>新建邀约…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>安排检查…</translation>
    </message>
    <message>
        <source>Record advice…</source>
        <translation>记录指导意见…</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>谢绝…</translation>
    </message>
    <message>
        <source>New invitation</source>
        <translation>新建邀约</translation>
    </message>
    <message>
        <source>Enterprise (USCC):</source>
        <translation>企业（统一社会信用代码）：</translation>
    </message>
    <message>
        <source>Advice wanted on:</source>
        <translation>希望指导的事项：</translation>
    </message>
    <message>
        <source>e.g. 消防设施维护保养指导</source>
        <translation>如 消防设施维护保养指导</translation>
    </message>
    <message>
        <source>Requested on:</source>
        <translation>申请日期：</translation>
    </message>
    <message>
        <source>Date wanted:</source>
        <translation>希望日期：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Schedule invitation %1</source>
        <translation>安排邀约 %1</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>执法人员：</translation>
    </message>
    <message>
        <source>Technical expert:</source>
        <translation>技术专家：</translation>
    </message>
    <message>
        <source>e.g. 注册消防工程师 周工</source>
        <translation>如 注册消防工程师 周工</translation>
    </message>
    <message>
        <source>Visit on:</source>
        <translation>检查日期：</translation>
    </message>
    <message>
        <source>Advice given on invitation %1</source>
        <translation>邀约 %1 的指导意见</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>指导意见：</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>检查日期：</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>回访日期：</translation>
    </message>
    <message>
        <source>Decline invitation %1</source>
        <translation>谢绝邀约 %1</translation>
    </message>
    <message>
        <source>Reason given to the enterprise:</source>
        <translation>向企业说明的理由：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FairCheck Enforcement Supervision</source>
        <translation>执法监督工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo county</source>
        <translation>打开演示县(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近使用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FairCheck</source>
        <translation>关于执法监督工作台(&amp;A)</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>About FairCheck</source>
        <translation>关于执法监督工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FairCheck %1&lt;/h3&gt;&lt;p&gt;Enforcement supervision workstation for township justice offices and the county justice bureau.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;Data file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;执法监督工作台 FairCheck %1&lt;/h3&gt;&lt;p&gt;面向乡镇（街道）司法所和县司法局的涉企行政执法监督工作平台。&lt;/p&gt;&lt;p&gt;许可协议：GPL-3.0-or-later。&lt;/p&gt;&lt;p&gt;数据文件：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>%1 — %2 MB — %3</source>
        <translation>%1 — %2 MB — %3</translation>
    </message>
    <message>
        <source>checked, good</source>
        <translation>已检查，完好</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>该数据库还没有备份。</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>未恢复备份。</translation>
    </message>
    <message>
        <source>Restored from the backup; the replaced file is kept as %1.</source>
        <translation>已从备份恢复；被替换的文件保留为 %1。</translation>
    </message>
    <message>
        <source>view only (not signed in)</source>
        <translation>只读（未登录）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1 — %2</source>
        <translation>数据库：%1 — %2</translation>
    </message>
    <message>
        <source> — read-only (%1)</source>
        <translation> — 只读（%1）</translation>
    </message>
    <message>
        <source>The database to restore</source>
        <translation>要恢复的数据库</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>导入名单(&amp;I)…</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>Save the demo county&apos;s source &amp;files…</source>
        <translation>保存演示县的来源系统文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Folder for the demo county&apos;s source files</source>
        <translation>选择保存演示县来源系统文件的文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo files saved</source>
        <translation>演示文件已保存</translation>
    </message>
    <message>
        <source>A month of the demo county&apos;s records as its systems export them:

%1

Import them with File → Import a list… as 12345 orders, penalty cases and inspection records; the import asks how to read the names the register writes otherwise. Supervision → Findings then shows what they reveal.</source>
        <translation>演示县一个月的记录，按各系统的导出格式写出：

%1

请通过“文件 → 导入名单…”分别作为 12345 工单、行政处罚案件和检查记录导入；名录写法不同的名称，导入时会询问如何对应。之后在“执法监督 → 监督发现”中查看其中反映的问题。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: to follow up</source>
        <translation>已导入：待跟进事项</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The program&apos;s schema files are missing.</source>
        <translation>程序的数据库结构文件缺失。</translation>
    </message>
</context>
<context>
    <name>MonthChoice</name>
    <message>
        <source>%1 (not over yet)</source>
        <translation>%1（本月尚未结束）</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>%1 enterprise-related enforcement supervision report, %2</source>
        <translation>%1涉企行政执法监督月度报告（%2）</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查执法</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用监管</translation>
    </message>
    <message>
        <source>Discretion</source>
        <translation>裁量基准</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>执法监督</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>涉企服务</translation>
    </message>
    <message>
        <source>In %1 the departments carried out %2 visits to enterprises, %3 of them joint visits, which saved %4 separate entries; enterprises rated %5 of the visits satisfactory. %6 enterprises hold a credit score and %7 are in the sandbox. %8 cases were handled leniently, waiving %9 in fines. %10 clues were received and %11 closed; %12 are overdue. %13 training sessions reached %14 enterprises.</source>
        <translation>%1，各执法部门共开展入企检查 %2 次，其中联合检查 %3 次，减少入企 %4 次；企业对检查的满意率为 %5。共 %6 家企业已有信用积分，%7 家企业在优信豁免沙盒内。办理免罚轻罚案件 %8 件，减免罚款 %9。受理执法监督线索 %10 件，办结 %11 件，逾期未办结 %12 件。举办培训 %13 场，参训企业 %14 家。</translation>
    </message>
    <message>
        <source>Audit anchor: the audit trail was empty when this report was made.</source>
        <translation>审计锚点：生成本报告时审计记录为空。</translation>
    </message>
    <message>
        <source>Audit anchor: entry %1, hash %2. Check that the record still holds it with faircheck-cli audit verify --anchor %1:%2 or under Settings.</source>
        <translation>审计锚点：第 %1 条，哈希 %2。可用 faircheck-cli audit verify --anchor %1:%2 或在“设置”中核对记录是否仍包含它。</translation>
    </message>
</context>
<context>
    <name>MonthlyReportWriter</name>
    <message>
        <source>Summary</source>
        <translation>综述</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Annex: definitions</source>
        <translation>附件：指标定义</translation>
    </message>
    <message>
        <source>Annex: needs attention</source>
        <translation>附件：待办事项</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1: the report is written as .pdf, .xlsx or .docx.</source>
        <translation>%1：报告只能生成 .pdf、.xlsx 或 .docx 文件。</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Each figure&apos;s twelve months on its own scale; this month darker.</source>
        <translation>每项指标按各自刻度显示近 12 个月，深色为本月。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>工作意见</translation>
    </message>
    <message>
        <source>Annex 1: definitions</source>
        <translation>附件1：指标口径</translation>
    </message>
    <message>
        <source>No findings this month.</source>
        <translation>本月无监督发现。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>(several)</source>
        <translation>（多个部门）</translation>
    </message>
    <message>
        <source>Annex: supervision findings</source>
        <translation>附件：监督发现</translation>
    </message>
    <message>
        <source>Annex 2: supervision findings</source>
        <translation>附件2：监督发现</translation>
    </message>
    <message>
        <source>Annex 3: needs attention</source>
        <translation>附件3：需关注事项</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New penalty case</source>
        <translation>新建处罚案件</translation>
    </message>
    <message>
        <source>e.g. 清市监罚〔2026〕0042号</source>
        <translation>如 清市监罚〔2026〕0042号</translation>
    </message>
    <message>
        <source>benchmark item code, e.g. SC-01</source>
        <translation>裁量基准事项编码，如 SC-01</translation>
    </message>
    <message>
        <source>yuan, e.g. 18500</source>
        <translation>元，如 18500</translation>
    </message>
    <message>
        <source>The facts found, as the decision will state them.</source>
        <translation>查明的违法事实，将写入决定书。</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案号：</translation>
    </message>
    <message>
        <source>Enterprise (USCC):</source>
        <translation>企业（统一社会信用代码）：</translation>
    </message>
    <message>
        <source>Benchmark item:</source>
        <translation>裁量基准事项：</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Fine:</source>
        <translation>罚款：</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>违法事实：</translation>
    </message>
    <message>
        <source>Not in the register.</source>
        <translation>企业名录中没有该企业。</translation>
    </message>
    <message>
        <source>Fine: write an amount of yuan with at most two decimals.</source>
        <translation>罚款：请填写以元为单位、最多两位小数的金额。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>Known:</source>
        <translation>已查明：</translation>
    </message>
    <message>
        <source>A lighter kind of penalty than the item prescribes (e.g. a warning instead of a fine)</source>
        <translation>处罚种类轻于该事项的规定（如以警告代替罚款）</translation>
    </message>
    <message>
        <source>Violation date:</source>
        <translation>违法行为日期：</translation>
    </message>
    <message>
        <source>Mandatory grounds:</source>
        <translation>法定从宽依据：</translation>
    </message>
</context>
<context>
    <name>OfficeStore</name>
    <message>
        <source>The cryptography library could not start; nothing was changed.</source>
        <translation>密码库无法启动，未作任何更改。</translation>
    </message>
    <message>
        <source>There is no township “%1” in the register; a township office names its township as the register writes it.</source>
        <translation>名录中没有乡镇“%1”；乡镇司法所须按名录中的写法填写所在乡镇。</translation>
    </message>
    <message>
        <source>An office is the county bureau (county) or a township justice office (township), not “%1”.</source>
        <translation>机构只能是县局（county）或乡镇司法所（township），不能是“%1”。</translation>
    </message>
    <message>
        <source>An office needs its name.</source>
        <translation>请填写机构名称。</translation>
    </message>
    <message>
        <source>The county bureau&apos;s scope is the whole county; it names no township.</source>
        <translation>县局的范围是全县，不指定乡镇。</translation>
    </message>
    <message>
        <source>This file belongs to no office yet: an administrator names it first (office set).</source>
        <translation>本文件尚未设定所属机构：请管理员先行设定（office set）。</translation>
    </message>
    <message>
        <source>This is not a FairCheck office card.</source>
        <translation>这不是 FairCheck 机构名片。</translation>
    </message>
    <message>
        <source>The card names no office (its kind or name is missing).</source>
        <translation>名片未载明机构（缺少类型或名称）。</translation>
    </message>
    <message>
        <source>The card&apos;s key is damaged: it is not a key of this kind, or does not match the card&apos;s code.</source>
        <translation>名片中的密钥已损坏：不是此类密钥，或与名片代码不符。</translation>
    </message>
    <message>
        <source>This is this office&apos;s own card.</source>
        <translation>这是本机构自己的名片。</translation>
    </message>
    <message>
        <source>The office %1 (%2) is trusted already.</source>
        <translation>机构%1（%2）已在信任之列。</translation>
    </message>
    <message>
        <source>The township code %1 belongs to another township in the register.</source>
        <translation>乡镇代码 %1 在名录中属于另一个乡镇。</translation>
    </message>
    <message>
        <source>This office has exchanged packages as %1: its kind and township stay (its name may change).</source>
        <translation>本机构已以 %1 的身份交换过数据包：类型和乡镇不能再改（名称可以改）。</translation>
    </message>
    <message>
        <source>The county bureau exchanges with its townships&apos; justice offices; %1 is not one.</source>
        <translation>县司法局只与各乡镇司法所交换数据；%1 不是乡镇司法所。</translation>
    </message>
    <message>
        <source>A township office exchanges with the county bureau only; %1 is not it.</source>
        <translation>乡镇司法所只与县司法局交换数据；%1 不是县司法局。</translation>
    </message>
    <message>
        <source>This office trusts the county bureau %1 already.</source>
        <translation>本机构已经信任县司法局 %1。</translation>
    </message>
    <message>
        <source>%1 is trusted already as the office of %2; a township has one office.</source>
        <translation>%1 已作为 %2 的司法所被信任；一个乡镇只有一个司法所。</translation>
    </message>
</context>
<context>
    <name>OfficerPoints</name>
    <message>
        <source>Political integrity</source>
        <translation>政治素养</translation>
    </message>
    <message>
        <source>Professional competence</source>
        <translation>业务能力</translation>
    </message>
    <message>
        <source>Lawful conduct</source>
        <translation>执法规范</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>服务质量</translation>
    </message>
    <message>
        <source>Honesty and self-discipline</source>
        <translation>廉洁自律</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>No officer has the number %1.</source>
        <translation>没有编号为 %1 的执法人员。</translation>
    </message>
    <message>
        <source>Dimension %1: choose one of %2.</source>
        <translation>维度 %1：应为 %2 之一。</translation>
    </message>
    <message>
        <source>Source %1: choose one of %2.</source>
        <translation>来源 %1：应为 %2 之一。</translation>
    </message>
    <message>
        <source>Points: a non-zero number between -50 and 50.</source>
        <translation>分值：-50 到 50 之间的非零整数。</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Give the reason for the points.</source>
        <translation>请写明加减分的理由。</translation>
    </message>
</context>
<context>
    <name>OfficersTab</name>
    <message>
        <source>Only officers due for retraining</source>
        <translation>只看需要再培训的执法人员</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等次</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 points · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 分 · %4</translation>
    </message>
    <message>
        <source>Five dimensions (net points)</source>
        <translation>五个维度（净加减分）</translation>
    </message>
    <message>
        <source>Points over time</source>
        <translation>积分变化</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>No file name was given for the output.</source>
        <translation>未指定输出文件名。</translation>
    </message>
    <message>
        <source>%1 is the open database, one of its working files or inside its backups or attachments folder; choose another place for the output.</source>
        <translation>%1 是正在使用的数据库、其工作文件，或位于其备份、附件文件夹内；请为输出另选位置。</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是文件夹；请给出文件名。</translation>
    </message>
    <message>
        <source>%1: the file name must end in .%2.</source>
        <translation>%1：文件名必须以 .%2 结尾。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written.</source>
        <translation>磁盘已满：未写入 %1。</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Discretion</source>
        <translation>裁量基准</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>执法监督</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>涉企服务</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <source>Documents and images with text can be made only by a drawing command.</source>
        <translation>带文字的文档和图片只能由绘图类命令生成。</translation>
    </message>
</context>
<context>
    <name>PenaltyCasePage</name>
    <message>
        <source>Only cases outside their benchmark</source>
        <translation>只看偏离裁量基准的案件</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <source>Benchmark check</source>
        <translation>基准核对</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Documents…</source>
        <translation>文书…</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>登记送达…</translation>
    </message>
    <message>
        <source>Decided from</source>
        <translation>决定日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%1 cases; %2 lenient (no penalty, reduced or lighter); fines waived %3 yuan; %4 outside their benchmark.</source>
        <translation>案件 %1 件；免罚轻罚 %2 件（不予处罚、减轻或从轻）；减免罚款 %3 元；偏离裁量基准 %4 件。</translation>
    </message>
    <message>
        <source>The latest %1 are listed.</source>
        <translation>列出最近的 %1 件。</translation>
    </message>
    <message>
        <source>within</source>
        <translation>符合基准</translation>
    </message>
    <message>
        <source>Record delivery</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <source>Date the documents of %1 were delivered (YYYY-MM-DD):</source>
        <translation>%1 的文书送达日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Outside the benchmark</source>
        <translation>偏离裁量基准</translation>
    </message>
    <message>
        <source>Case %1 was recorded, and is flagged: %2.</source>
        <translation>案件 %1 已登记，并被标记：%2。</translation>
    </message>
    <message>
        <source>This case was recorded without a benchmark item: its documents would cite no provisions.</source>
        <translation>该案件登记时未关联裁量基准事项，文书无法写明所依据的条款。</translation>
    </message>
    <message>
        <source>Attach benchmark item…</source>
        <translation>关联裁量基准事项…</translation>
    </message>
    <message>
        <source>For a case recorded without a benchmark item: give it the item of its department in force on its decision date.</source>
        <translation>适用于登记时未关联裁量基准事项的案件：关联其部门在决定日施行的事项。</translation>
    </message>
    <message>
        <source>Attach benchmark item</source>
        <translation>关联裁量基准事项</translation>
    </message>
    <message>
        <source>No benchmark item of %1 is in force on %2, the decision date of %3. Import the department&apos;s discretion list first.</source>
        <translation>%3 的决定日 %2 没有 %1 施行中的裁量基准事项。请先导入该部门的裁量基准清单。</translation>
    </message>
    <message>
        <source>%1 — %2 (list %3)</source>
        <translation>%1 — %2（清单 %3）</translation>
    </message>
    <message>
        <source>The benchmark item case %1 was decided under (it cannot be changed afterwards):</source>
        <translation>案件 %1 作出决定所依据的裁量基准事项（关联后不能更改）：</translation>
    </message>
    <message>
        <source>Case %1 now has its benchmark item, and is flagged: %2.</source>
        <translation>案件 %1 已关联裁量基准事项，并被标记：%2。</translation>
    </message>
</context>
<context>
    <name>PenaltyCaseStore</name>
    <message>
        <source>no benchmark item recorded</source>
        <translation>未登记裁量基准事项</translation>
    </message>
    <message>
        <source>a fine with a no-penalty outcome</source>
        <translation>不予处罚却有罚款</translation>
    </message>
    <message>
        <source>fine below the band of the outcome</source>
        <translation>罚款低于该阶次幅度</translation>
    </message>
    <message>
        <source>fine above the band of the outcome</source>
        <translation>罚款高于该阶次幅度</translation>
    </message>
    <message>
        <source>Case number: required.</source>
        <translation>案号：必填。</translation>
    </message>
    <message>
        <source>Case number %1 already exists.</source>
        <translation>案号 %1 已存在。</translation>
    </message>
    <message>
        <source>USCC %1: %2</source>
        <translation>统一社会信用代码 %1：%2</translation>
    </message>
    <message>
        <source>USCC %1: no such enterprise in the register.</source>
        <translation>统一社会信用代码 %1：企业名录中没有该企业。</translation>
    </message>
    <message>
        <source>Fine: cannot be negative.</source>
        <translation>罚款：不能为负数。</translation>
    </message>
    <message>
        <source>Benchmark item %1: not found in a list in force on %2.</source>
        <translation>裁量基准事项 %1：在 %2 施行的清单中找不到。</translation>
    </message>
    <message>
        <source>Case %1: not found.</source>
        <translation>未找到案件 %1。</translation>
    </message>
    <message>
        <source>Delivery date: required, and not before the decision (%1).</source>
        <translation>送达日期：必填，且不得早于决定日期（%1）。</translation>
    </message>
    <message>
        <source>Case %1 already has benchmark item %2 (list %3); it is not changed.</source>
        <translation>案件 %1 已关联裁量基准事项 %2（清单 %3），不予更改。</translation>
    </message>
    <message>
        <source>Benchmark item: required (its code or id).</source>
        <translation>裁量基准事项：必填（事项编码或编号）。</translation>
    </message>
    <message>
        <source>Case %1: benchmark item %2 is not in a list in force on its decision date, %3.</source>
        <translation>案件 %1：裁量基准事项 %2 不在其决定日 %3 施行的清单中。</translation>
    </message>
    <message>
        <source>Case %3: benchmark item %1 belongs to %2, but the case was decided by %4.</source>
        <translation>案件 %3：裁量基准事项 %1 属于%2，但该案由%4作出决定。</translation>
    </message>
    <message>
        <source>lenient outcome on a red-line item without a mandatory ground (art. 32 or 33 (2))</source>
        <translation>红线事项从宽处理但无法定依据（第三十二条或第三十三条第二款）</translation>
    </message>
    <message>
        <source>a reduced penalty neither below the statutory minimum nor of a lighter kind</source>
        <translation>减轻处罚既未低于法定最低限，也未适用较轻的处罚种类</translation>
    </message>
    <message>
        <source>list version %1, in force when the violation happened (%2)</source>
        <translation>清单 %1 版，违法行为发生时（%2）有效</translation>
    </message>
    <message>
        <source>list version %1, in force at the decision: lighter for the party than the version in force when the violation happened (art. 37)</source>
        <translation>清单 %1 版，作出决定时有效：比违法行为发生时有效的版本对当事人更轻（第三十七条，从旧兼从轻）</translation>
    </message>
    <message>
        <source>list version %1, in force at the decision (no version was in force when the violation happened)</source>
        <translation>清单 %1 版，作出决定时有效（违法行为发生时尚无有效版本）</translation>
    </message>
    <message>
        <source>list version %1, in force at the decision (the violation date is not recorded)</source>
        <translation>清单 %1 版，作出决定时有效（未记录违法行为发生日期）</translation>
    </message>
    <message>
        <source>list version %1, the item chosen by its number</source>
        <translation>清单 %1 版，按编号选定的事项</translation>
    </message>
    <message>
        <source>list version %1</source>
        <translation>清单 %1 版</translation>
    </message>
    <message>
        <source>Violation date %1: after the decision (%2).</source>
        <translation>违法行为日期 %1 晚于决定日期（%2）。</translation>
    </message>
    <message>
        <source>Ground %1: choose from %2.</source>
        <translation>依据 %1：请从 %2 中选择。</translation>
    </message>
    <message>
        <source>The decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>The delivery date</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>fine above the statutory maximum</source>
        <translation>罚款高于法定上限</translation>
    </message>
    <message>
        <source>fine below the statutory minimum, the record not stating a reduced penalty</source>
        <translation>罚款低于法定下限，记录未载明减轻处罚</translation>
    </message>
    <message>
        <source>Outcome: a decision records one of %1.</source>
        <translation>处理结果：处罚决定应记为 %1 之一。</translation>
    </message>
    <message>
        <source>a fine, though the item&apos;s penalty kinds include none</source>
        <translation>事项的处罚种类不含罚款，却处以罚款</translation>
    </message>
</context>
<context>
    <name>PenaltyOutcome</name>
    <message>
        <source>No penalty</source>
        <translation>不予处罚</translation>
    </message>
    <message>
        <source>Reduced penalty</source>
        <translation>减轻处罚</translation>
    </message>
    <message>
        <source>Lighter penalty</source>
        <translation>从轻处罚</translation>
    </message>
    <message>
        <source>Standard penalty</source>
        <translation>一般处罚</translation>
    </message>
    <message>
        <source>Heavier penalty</source>
        <translation>从重处罚</translation>
    </message>
    <message>
        <source>Not stated (published record)</source>
        <translation>未载明（公示记录）</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>电话号码为空。</translation>
    </message>
    <message>
        <source>A phone number may hold only digits, spaces, brackets and dashes.</source>
        <translation>电话号码只能包含数字、空格、括号和连字符。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 13 to 19; %1 does not fit.</source>
        <translation>手机号码为 11 位且以 13 至 19 开头，%1 不符合。</translation>
    </message>
    <message>
        <source>A landline needs an area code starting with 0 and a 7- or 8-digit number; %1 does not fit.</source>
        <translation>固定电话需要以 0 开头的区号和 7 或 8 位号码，%1 不符合。</translation>
    </message>
    <message>
        <source>A phone number starts with 1 (mobile) or 0 (area code); %1 does not.</source>
        <translation>电话号码应以 1（手机）或 0（区号）开头，%1 不是。</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New inspection plan</source>
        <translation>新建检查计划</translation>
    </message>
    <message>
        <source>e.g. 2027年第一季度“双随机、一公开”联合抽查计划</source>
        <translation>例如：2027年第一季度“双随机、一公开”联合抽查计划</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>重新生成种子</translation>
    </message>
    <message>
        <source>The seed is published with the plan: anyone can re-run the draw from it and get the same plan.</source>
        <translation>随机种子随计划一并公开：任何人都可用它重新抽取，得到同样的计划。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation>参加部门：</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>创建计划</translation>
    </message>
    <message>
        <source>Preview draw</source>
        <translation>预览抽取</translation>
    </message>
    <message>
        <source>Choose at least one department.</source>
        <translation>请至少选择一个部门。</translation>
    </message>
    <message>
        <source>Seed %1: %2 checks drawn; %3 tasks in %4 visits (%5 joint), %6 checks avoided; %7 blocked by the frequency caps, %8 could not be scheduled.</source>
        <translation>随机种子 %1：抽中 %2 项；检查任务 %3 项，入企 %4 次（联合检查 %5 次），减少入企 %6 次；因频次上限未排 %7 项，未能排期 %8 项。</translation>
    </message>
    <message>
        <source>Creating the plan…</source>
        <translation>正在创建检查计划…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在抽取…</translation>
    </message>
    <message>
        <source>Plan without the holiday notice for %1 (statutory holidays only; visits may have to move)</source>
        <translation>在 %1 年放假安排通知发布前制定计划（只避开法定节假日，检查日期可能需要调整）</translation>
    </message>
</context>
<context>
    <name>PlanInputLoader</name>
    <message>
        <source>There is no department “%1”.</source>
        <translation>没有名为“%1”的部门。</translation>
    </message>
    <message>
        <source>%1 has no random-check items in its inspection item list, so it cannot take part in a draw.</source>
        <translation>%1 的检查事项清单中没有随机抽查事项，不能参加抽取。</translation>
    </message>
    <message>
        <source>No department has random-check items yet: import the inspection item lists first.</source>
        <translation>尚无部门有随机抽查事项：请先导入检查事项清单。</translation>
    </message>
    <message>
        <source>%1, at character %2: %3.</source>
        <translation>%1，第 %2 个字符处：%3。</translation>
    </message>
    <message>
        <source>%1: the scope of “%2” must be a list of industry codes.</source>
        <translation>%1：“%2”的抽查范围必须是行业代码列表。</translation>
    </message>
    <message>
        <source>The plan&apos;s period needs a start and an end date, the end not before the start.</source>
        <translation>检查计划需要开始和结束日期，且结束日期不早于开始日期。</translation>
    </message>
    <message>
        <source>A plan covers at most a year; this period has %1 days.</source>
        <translation>一个检查计划最长一年；该期间有 %1 天。</translation>
    </message>
    <message>
        <source>An officer can make 1 to 10 visits a day, not %1.</source>
        <translation>每名执法人员每天可入企 1 至 10 次，不能是 %1 次。</translation>
    </message>
    <message>
        <source>%1 already draws in the plan “%2”, whose period overlaps this one.</source>
        <translation>%1 已参加检查计划“%2”，其期间与本计划重叠。</translation>
    </message>
</context>
<context>
    <name>PlanQueries</name>
    <message>
        <source>Random check</source>
        <translation>双随机抽查</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>线索核查</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>移送转办</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀约式检查</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>整改复查</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>待检查</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Rectify</source>
        <translation>限期整改</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>没有编号为 %1 的检查计划。</translation>
    </message>
    <message>
        <source>There is no visit %1.</source>
        <translation>没有编号为 %1 的入企检查。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspection code</source>
        <translation>检查码</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>检查部门</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Other check</source>
        <translation>其他检查</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>Cancelled: no plan was written.</source>
        <translation>已取消：未写入任何计划。</translation>
    </message>
    <message>
        <source>Gathering enterprises, officers and past visits…</source>
        <translation>正在汇集企业、执法人员和以往检查…</translation>
    </message>
    <message>
        <source>Drawing and scheduling…</source>
        <translation>正在抽取和排期…</translation>
    </message>
    <message>
        <source>Writing the plan…</source>
        <translation>正在写入检查计划…</translation>
    </message>
    <message>
        <source>Joint random inspection plan %1 to %2</source>
        <translation>%1 至 %2 “双随机、一公开”联合抽查计划</translation>
    </message>
    <message>
        <source>There is no plan %1.</source>
        <translation>没有编号为 %1 的检查计划。</translation>
    </message>
    <message>
        <source>Plan %1 was drawn with algorithm version %2, which this program does not run (it runs version %3).</source>
        <translation>检查计划 %1 使用算法版本 %2 抽取，本程序不支持该版本（本程序为版本 %3）。</translation>
    </message>
    <message>
        <source>Plan %1 was not drawn by this program&apos;s planner (it has no published population), so its draw cannot be re-run.</source>
        <translation>检查计划 %1 不是由本程序抽取（没有公开的抽取名录），无法重新抽取核验。</translation>
    </message>
    <message>
        <source>The population recorded with plan %1 cannot be unpacked.</source>
        <translation>检查计划 %1 保存的抽取名录无法解压。</translation>
    </message>
    <message>
        <source>The population recorded with plan %1 does not match its published SHA-256: it was altered.</source>
        <translation>检查计划 %1 保存的抽取名录与公开的 SHA-256 不符：已被改动。</translation>
    </message>
    <message>
        <source>Plan %1: the draw re-run from seed “%2” gives the same %3 checks.</source>
        <translation>检查计划 %1：用随机种子“%2”重新抽取，得到相同的 %3 项抽查。</translation>
    </message>
    <message>
        <source>Plan %1 does not match its draw: %2 drawn checks are missing from it and %3 are in it without being drawn.</source>
        <translation>检查计划 %1 与抽取结果不一致：缺少 %2 项抽中的检查，另有 %3 项未被抽中却在计划中。</translation>
    </message>
    <message>
        <source>There is no State Council holiday notice for %1 in the calendar yet. The statutory holidays are kept free of visits, but the make-up working weekends and bridging days are not known, so visits may fall on days that become holidays. Add the notice to the calendar, or confirm that you plan without it (in the CLI: --provisional-calendar).</source>
        <translation>日历中尚无国务院办公厅 %1 年部分节假日安排的通知。法定节假日不安排检查，但调休上班的周末和连休日尚不可知，检查可能落在之后放假的日子。请先把通知加入日历，或确认在没有通知的情况下制定计划（命令行：--provisional-calendar）。</translation>
    </message>
    <message>
        <source>Planned without the State Council&apos;s holiday notice for %1: the statutory holidays are free of visits, but make-up working days are not known and visits may have to move.</source>
        <translation>本计划制定时尚无国务院办公厅 %1 年节假日安排通知：法定节假日未安排检查，但调休安排尚不可知，检查日期可能需要调整。</translation>
    </message>
</context>
<context>
    <name>PlatformInspectionSink</name>
    <message>
        <source>no officer holds this certificate number; import the officers first</source>
        <translation>没有执法人员持有这个执法证号；请先导入执法人员</translation>
    </message>
</context>
<context>
    <name>PublicityDomains</name>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1：第 %2 个字符处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: every domain needs a name and a publicity class.</source>
        <translation>%1：每个领域都需要名称和公示类别。</translation>
    </message>
</context>
<context>
    <name>PublishedCaseSink</name>
    <message>
        <source>%1: a natural person&apos;s case, left out.</source>
        <translation>%1：自然人案件，未导入。</translation>
    </message>
    <message>
        <source>required for an enterprise&apos;s case</source>
        <translation>企业案件必须填写</translation>
    </message>
    <message>
        <source>a case recorded here has this number; a published record does not replace it</source>
        <translation>本系统已登记这个文号的案件；公示记录不会替换它</translation>
    </message>
    <message>
        <source>%1: no benchmark item of its department in force on %2 to check it against.</source>
        <translation>%1：其部门在 %2 没有生效的裁量基准事项可供核对。</translation>
    </message>
    <message>
        <source>%1: benchmark item to confirm (faircheck-cli case item %1 CODE); closest: %2.</source>
        <translation>%1：裁量基准事项待确认（faircheck-cli case item %1 事项编码）；最相近的是：%2。</translation>
    </message>
</context>
<context>
    <name>RecordDate</name>
    <message>
        <source>%1 is required (YYYY-MM-DD).</source>
        <translation>请填写%1（格式：YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1, %2, is in the future: only what has happened is recorded (today is %3).</source>
        <translation>%1（%2）晚于今天：只能记录已经发生的事（今天是 %3）。</translation>
    </message>
</context>
<context>
    <name>RecordSink</name>
    <message>
        <source>no department of this name; departments come from the county&apos;s list (import departments)</source>
        <translation>没有这个部门；部门来自全县执法部门名单（请先导入执法部门）</translation>
    </message>
    <message>
        <source>no department of this name; perhaps %1 (map the value to import)</source>
        <translation>没有这个部门；可能是 %1（对应后即可导入）</translation>
    </message>
    <message>
        <source>no enterprise with this code in the register; import the register first</source>
        <translation>市场主体名录中没有这个代码的企业；请先导入名录</translation>
    </message>
    <message>
        <source>the register names the enterprise with this code %1</source>
        <translation>名录中该代码的企业名称为 %1</translation>
    </message>
</context>
<context>
    <name>RepairHelp</name>
    <message>
        <source>No credit event has the id %1.</source>
        <translation>没有编号为 %1 的信用记录。</translation>
    </message>
</context>
<context>
    <name>RepairHelpTab</name>
    <message>
        <source>Event</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>USCC</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>May apply since</source>
        <translation>可申请修复日期</translation>
    </message>
    <message>
        <source>Counts until</source>
        <translation>公示截止</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>提示函发出</translation>
    </message>
    <message>
        <source>Notice…</source>
        <translation>提示函…</translation>
    </message>
    <message>
        <source>Apply with our help</source>
        <translation>协助申请</translation>
    </message>
    <message>
        <source>Negative records past their minimum publicity period: the enterprise may apply for credit repair now.</source>
        <translation>已过最短公示期的失信记录：企业现在即可申请信用修复。</translation>
    </message>
    <message>
        <source>Folder for the notice</source>
        <translation>提示函保存位置</translation>
    </message>
    <message>
        <source>Apply for credit repair</source>
        <translation>申请信用修复</translation>
    </message>
    <message>
        <source>Record that %1 applied for the repair of “%2” today, with the service&apos;s help?</source>
        <translation>记录 %1 今天在协助下申请修复“%2”？</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>保存为 XLSX…</translation>
    </message>
    <message>
        <source>Save as DOCX…</source>
        <translation>保存为 DOCX…</translation>
    </message>
    <message>
        <source>The county</source>
        <translation>全县</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>supervision-report-%1.%2</source>
        <translation>监督报告-%1.%2</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>indicators.xlsx</source>
        <translation>指标.xlsx</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>RequestStore</name>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Answered, awaiting feedback</source>
        <translation>已答复，待企业反馈</translation>
    </message>
    <message>
        <source>Closed, enterprise satisfied</source>
        <translation>已办结，企业满意</translation>
    </message>
    <message>
        <source>A forum needs its date, title and kind.</source>
        <translation>活动需要日期、名称和类型。</translation>
    </message>
    <message>
        <source>Write down what the enterprise asks for.</source>
        <translation>请填写企业的诉求。</translation>
    </message>
    <message>
        <source>A request needs the date it was raised and a deadline not before it.</source>
        <translation>诉求需要提出日期和不早于该日期的办理期限。</translation>
    </message>
    <message>
        <source>Choose the department that owns the request.</source>
        <translation>请选择承办部门。</translation>
    </message>
    <message>
        <source>No forum has the number %1.</source>
        <translation>没有编号为 %1 的活动。</translation>
    </message>
    <message>
        <source>No request has the number %1.</source>
        <translation>没有编号为 %1 的诉求。</translation>
    </message>
    <message>
        <source>Request %1 is already answered.</source>
        <translation>诉求 %1 已经答复。</translation>
    </message>
    <message>
        <source>Write the answer given to the enterprise.</source>
        <translation>请填写给企业的答复。</translation>
    </message>
    <message>
        <source>The answer&apos;s date is required and cannot be before the request.</source>
        <translation>请填写答复日期，且不得早于诉求提出日期。</translation>
    </message>
    <message>
        <source>Request %1 has no answer waiting for the enterprise&apos;s feedback.</source>
        <translation>诉求 %1 没有等待企业反馈的答复。</translation>
    </message>
    <message>
        <source>The feedback&apos;s date is required and cannot be before the answer.</source>
        <translation>请填写反馈日期，且不得早于答复日期。</translation>
    </message>
    <message>
        <source>Say why the enterprise is not satisfied; the request is reopened with that note.</source>
        <translation>请说明企业不满意的原因；诉求将据此重新办理。</translation>
    </message>
    <message>
        <source>The date of the forum</source>
        <translation>座谈会日期</translation>
    </message>
    <message>
        <source>The date of the answer</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>The date of the feedback</source>
        <translation>反馈日期</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Open requests only</source>
        <translation>只看未办结诉求</translation>
    </message>
    <message>
        <source>New forum…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>新建诉求…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>答复…</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>企业反馈…</translation>
    </message>
    <message>
        <source>New forum</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>e.g. 2026年11月亲清会客厅</source>
        <translation>如 2026年11月亲清会客厅</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Enterprises (USCCs):</source>
        <translation>参加企业（统一社会信用代码）：</translation>
    </message>
    <message>
        <source>one USCC per line</source>
        <translation>每行一个统一社会信用代码</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新建诉求</translation>
    </message>
    <message>
        <source>(not raised at a forum)</source>
        <translation>（非活动中提出）</translation>
    </message>
    <message>
        <source>Forum:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>Enterprise (USCC, optional):</source>
        <translation>企业（统一社会信用代码，可不填）：</translation>
    </message>
    <message>
        <source>Owner department:</source>
        <translation>承办部门：</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>诉求：</translation>
    </message>
    <message>
        <source>Raised on:</source>
        <translation>提出日期：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>办理期限：</translation>
    </message>
    <message>
        <source>Answer request %1</source>
        <translation>答复诉求 %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>答复日期：</translation>
    </message>
    <message>
        <source>The enterprise&apos;s feedback on request %1</source>
        <translation>企业对诉求 %1 的反馈</translation>
    </message>
    <message>
        <source>The enterprise is:</source>
        <translation>企业：</translation>
    </message>
    <message>
        <source>satisfied (the request is closed)</source>
        <translation>满意（诉求办结）</translation>
    </message>
    <message>
        <source>not satisfied (the request is reopened)</source>
        <translation>不满意（诉求重新办理）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number; the 18-digit number is required.</source>
        <translation>这是旧的 15 位身份证号，请填写 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>身份证号应为 18 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 at position %2 must be a digit.</source>
        <translation>第 %2 位的字符 %1 必须是数字。</translation>
    </message>
    <message>
        <source>The last character must be a digit or X, not %1.</source>
        <translation>最后一位必须是数字或 X，不能是 %1。</translation>
    </message>
    <message>
        <source>The first six digits (%1) are not a valid region code.</source>
        <translation>前六位（%1）不是有效的行政区划代码。</translation>
    </message>
    <message>
        <source>Digits 7–14 (%1) are not a valid date of birth.</source>
        <translation>第 7–14 位（%1）不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The date of birth %1 is not plausible.</source>
        <translation>出生日期 %1 不合理。</translation>
    </message>
    <message>
        <source>The check character is %1, but the first 17 digits give %2.</source>
        <translation>校验码为 %1，但按前 17 位计算应为 %2。</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Results of visit %1</source>
        <translation>入企检查 %1 的检查结果</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Rectify by a date</source>
        <translation>限期整改</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>检查日期：</translation>
    </message>
    <message>
        <source>Correct the results of visit %1</source>
        <translation>更正检查 %1 的结果</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>why the recorded results are wrong</source>
        <translation>已记录的结果错在哪里</translation>
    </message>
    <message>
        <source>Reason for the correction:</source>
        <translation>更正理由：</translation>
    </message>
    <message>
        <source>Choose a result for every item; still without one: %1.</source>
        <translation>请为每一项选择结果；尚未选择的：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ReviewChecklist</name>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1：第 %2 个字符处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: %2[%3] needs an id, a text and (except veto items) positive points.</source>
        <translation>%1：%2[%3] 需要编号、内容以及（否决项除外）正的分值。</translation>
    </message>
    <message>
        <source>%1: the %2 items add up to %3 points, not %4.</source>
        <translation>%1：%2 各项合计 %3 分，而不是 %4 分。</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 is not a veto item of the checklist.</source>
        <translation>%1 不是评查标准中的否决项。</translation>
    </message>
    <message>
        <source>Veto: %1</source>
        <translation>否决项：%1</translation>
    </message>
    <message>
        <source>Deduction %1: %2 is not a scored item of the checklist.</source>
        <translation>第 %1 项扣分：%2 不是评查标准中的计分项。</translation>
    </message>
    <message>
        <source>Deduction %1: points cannot be negative.</source>
        <translation>第 %1 项扣分：分值不能为负数。</translation>
    </message>
    <message>
        <source>Deduction %1: %2 points; deductions are whole or half points.</source>
        <translation>第 %1 项扣分为 %2 分；扣分只能是整分或半分。</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Case %1: not found.</source>
        <translation>未找到案件 %1。</translation>
    </message>
    <message>
        <source>No officer has the number %1.</source>
        <translation>没有编号为 %1 的执法人员。</translation>
    </message>
    <message>
        <source>Case-file review of %1: %2</source>
        <translation>案卷评查（%1）：%2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1：第 %2 个字符处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: reviewedOn must be a date (YYYY-MM-DD).</source>
        <translation>%1：reviewedOn 应为日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1: deductions[%2].points must be a number.</source>
        <translation>%1：deductions[%2].points 应为数字。</translation>
    </message>
    <message>
        <source>No officer holds the certificate %1.</source>
        <translation>没有执法证号为 %1 的执法人员。</translation>
    </message>
    <message>
        <source>The review date</source>
        <translation>评查日期</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Open the case file (PDF)…</source>
        <translation>打开案卷（PDF）…</translation>
    </message>
    <message>
        <source>卷面 (20 points): points deducted, page</source>
        <translation>卷面（20 分）：扣分与页码</translation>
    </message>
    <message>
        <source>内容 (80 points): points deducted, page</source>
        <translation>内容（80 分）：扣分与页码</translation>
    </message>
    <message>
        <source> / %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>e.g. 2026年行政处罚案卷专项评查</source>
        <translation>如 2026年行政处罚案卷专项评查</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>评查人：</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>评查日期：</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>专项评查：</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>保存评查结果</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>评查结果已保存。</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a PDF.</source>
        <translation>%1 无法作为 PDF 打开。</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; points (卷面 %2 + 内容 %3) — &lt;b&gt;%4&lt;/b&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 分（卷面 %2 + 内容 %3）— &lt;b&gt;%4&lt;/b&gt;%5</translation>
    </message>
    <message>
        <source> (a veto item failed)</source>
        <translation>（否决项不符合）</translation>
    </message>
    <message>
        <source>Choose the case under review.</source>
        <translation>请选择评查的案件。</translation>
    </message>
    <message>
        <source>certificate numbers, separated by commas</source>
        <translation>执法证号，用逗号分隔</translation>
    </message>
    <message>
        <source>Handling officers:</source>
        <translation>承办执法人员：</translation>
    </message>
    <message>
        <source>Veto items: tick each defect found (any one fails the file)</source>
        <translation>否决项：勾选发现的每一项缺陷（任何一项即判定案卷不合格）</translation>
    </message>
    <message>
        <source>Unsaved review</source>
        <translation>评查未保存</translation>
    </message>
    <message>
        <source>The review of case %1 is not saved. Leave it and start on another case?</source>
        <translation>案件 %1 的评查尚未保存。放弃并开始评查另一件案件吗？</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>监督员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>RuleVersionDialog</name>
    <message>
        <source>New version of the credit rules</source>
        <translation>新版信用规则</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>(editor)</source>
        <translation>（编辑器）</translation>
    </message>
    <message>
        <source>Valid: version %1, effective from %2.</source>
        <translation>有效：第 %1 版，自 %2 起施行。</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>已保存第 %1 版。</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>JSON 文本</translation>
    </message>
    <message>
        <source>Raise the version, set the date it takes effect, change the rules, then Check and Save.</source>
        <translation>调高版本号，设定生效日期，修改规则，然后先“检查”再“保存”。</translation>
    </message>
    <message>
        <source>The text is not valid JSON (%1): mend it before going back to the form.</source>
        <translation>文本不是有效的 JSON（%1）：请先改正，再回到表单。</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>Admission to the sandbox needs the number of the decision.</source>
        <translation>纳入沙盒须填写决定文号。</translation>
    </message>
    <message>
        <source>The enterprise is not eligible for the sandbox on %1: %2.</source>
        <translation>该企业在 %1 不符合入盒条件：%2。</translation>
    </message>
    <message>
        <source>The enterprise is already in the sandbox.</source>
        <translation>该企业已在沙盒内。</translation>
    </message>
    <message>
        <source>Credit score %1 meets the sandbox criteria; admitted by decision %2.</source>
        <translation>信用积分 %1 符合入盒条件，依 %2 决定纳入沙盒。</translation>
    </message>
    <message>
        <source>Red-line violation on %1: removed from the sandbox at once.</source>
        <translation>%1 发生红线违法：立即移出沙盒。</translation>
    </message>
    <message>
        <source>No longer eligible: %1.</source>
        <translation>不再符合条件：%1。</translation>
    </message>
</context>
<context>
    <name>SearchSynonyms</name>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1：第 %2 个字符处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: there is no &quot;synonyms&quot; table.</source>
        <translation>%1：缺少 &quot;synonyms&quot; 表。</translation>
    </message>
    <message>
        <source>%1: the word &quot;%2&quot; needs a list of patterns.</source>
        <translation>%1：词语“%2”需要一组写法。</translation>
    </message>
    <message>
        <source>%1: a pattern of &quot;%2&quot; is empty.</source>
        <translation>%1：词语“%2”有一个写法为空。</translation>
    </message>
</context>
<context>
    <name>ServiceEnterprises</name>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>%1. %2: not in the register</source>
        <translation>%1. %2：不在企业名录中</translation>
    </message>
    <message>
        <source>Nothing was saved; these enterprises are not right:
%1</source>
        <translation>未保存任何内容；以下企业有误：
%1</translation>
    </message>
</context>
<context>
    <name>ServiceHistory</name>
    <message>
        <source>Invitation</source>
        <translation>邀约式检查</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Credit-repair notice</source>
        <translation>信用修复提示</translation>
    </message>
    <message>
        <source>Credit repair helped</source>
        <translation>协助信用修复</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Invitations</source>
        <translation>邀约式检查</translation>
    </message>
    <message>
        <source>Forums and requests</source>
        <translation>恳谈活动与诉求</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Credit-repair help</source>
        <translation>信用修复帮扶</translation>
    </message>
    <message>
        <source>USCC of the enterprise</source>
        <translation>企业的统一社会信用代码</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Enterprise:</source>
        <translation>企业：</translation>
    </message>
    <message>
        <source>Enterprise history</source>
        <translation>企业服务记录</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>This database has users: sign in first (in the CLI: --user NAME, password in FAIRCHECK_PASSWORD).</source>
        <translation>该数据库已设置用户：请先登录（命令行中使用 --user 用户名，密码放在 FAIRCHECK_PASSWORD 中）。</translation>
    </message>
    <message>
        <source>%1 (%2) may not change %3; nothing was changed.</source>
        <translation>%1（%2）无权修改 %3；未做任何改动。</translation>
    </message>
    <message>
        <source>This database was opened read-only; nothing was changed.</source>
        <translation>此数据库以只读方式打开；未做任何修改。</translation>
    </message>
    <message>
        <source>a signed-in user</source>
        <translation>已登录的用户</translation>
    </message>
    <message>
        <source>a clerk, supervisor or administrator</source>
        <translation>办事员、监督员或管理员</translation>
    </message>
    <message>
        <source>a supervisor or administrator</source>
        <translation>监督员或管理员</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Only %1 may do this: sign in first (in the CLI: --user NAME, password in FAIRCHECK_PASSWORD).</source>
        <translation>只有%1才能执行此操作：请先登录（命令行：--user 用户名，密码放在 FAIRCHECK_PASSWORD 中）。</translation>
    </message>
    <message>
        <source>Only %1 may do this; %2 is signed in as %3.</source>
        <translation>只有%1才能执行此操作；%2 当前以“%3”身份登录。</translation>
    </message>
</context>
<context>
    <name>SessionChangeset</name>
    <message>
        <source>The package&apos;s changes could not be written.</source>
        <translation>无法写出数据包的变更内容。</translation>
    </message>
    <message>
        <source>The package&apos;s changes are damaged.</source>
        <translation>数据包的变更内容已损坏。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>数据交换</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <source>The database is busy in another window or program; try again.</source>
        <translation>数据库正被其他窗口或程序占用，请稍后重试。</translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation>数据库操作失败。</translation>
    </message>
    <message>
        <source>The disk is full: this change was not saved. Everything saved before it is safe; free some space and try again.</source>
        <translation>磁盘已满：本次修改未保存。之前保存的内容不受影响；请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written: this change was not saved. Everything saved before it is safe.</source>
        <translation>数据库文件或其所在文件夹不可写：本次修改未保存。之前保存的内容不受影响。</translation>
    </message>
</context>
<context>
    <name>SupervisionFindings</name>
    <message>
        <source>Repeated checks by one department</source>
        <translation>同一部门重复检查</translation>
    </message>
    <message>
        <source>Too many entries into one enterprise</source>
        <translation>入企检查次数超限</translation>
    </message>
    <message>
        <source>Routine check of a sandbox member</source>
        <translation>对沙盒内企业例行检查</translation>
    </message>
    <message>
        <source>Check without two certified officers</source>
        <translation>持证执法人员不足两人</translation>
    </message>
    <message>
        <source>Officer&apos;s certificate expired or missing</source>
        <translation>执法证过期或无证</translation>
    </message>
    <message>
        <source>Case outside its benchmark</source>
        <translation>案件偏离裁量基准</translation>
    </message>
    <message>
        <source>only officers with a valid enforcement certificate may inspect</source>
        <translation>只有持有效执法证件的人员才能执法检查</translation>
    </message>
    <message>
        <source>the benchmark list in force, within what the law allows</source>
        <translation>在法律允许范围内适用现行有效的裁量基准</translation>
    </message>
    <message>
        <source>%1 routine checks in %2 (the limit is %3)</source>
        <translation>%2 年例行检查 %1 次（上限 %3 次）</translation>
    </message>
    <message>
        <source>%1 routine entries in %2 (the limit is %3)</source>
        <translation>%2 年例行入企 %1 次（上限 %3 次）</translation>
    </message>
    <message>
        <source>routine check on %1 of a sandbox member since %2</source>
        <translation>%1 对自 %2 起在沙盒内的企业进行例行检查</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s) with a valid certificate on the check</source>
        <translation>
            <numerusform>检查中持有效执法证的人员仅 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 inspected without an enforcement certificate</source>
        <translation>%1 无执法证参与检查</translation>
    </message>
    <message>
        <source>%1 inspected on %2 with certificate %3, expired on %4</source>
        <translation>%1 于 %2 参与检查，执法证 %3 已于 %4 过期</translation>
    </message>
    <message>
        <source>case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>the county&apos;s limits on routine checks of one enterprise a year (repeated inspection)</source>
        <translation>本县对同一企业年度例行检查次数的限制（重复检查）</translation>
    </message>
    <message>
        <source>enterprises in the sandbox are exempt from routine checks</source>
        <translation>优信豁免沙盒内企业免于例行检查（无事不扰）</translation>
    </message>
    <message>
        <source>inspections by at least two officers with enforcement certificates (Administrative Penalty Law, art. 42)</source>
        <translation>检查应由两名以上持有执法证件的执法人员进行（《行政处罚法》第四十二条）</translation>
    </message>
    <message>
        <source>Routine check without the inspection code</source>
        <translation>例行检查未亮码</translation>
    </message>
    <message>
        <source>the county requires routine checks to show the inspection code</source>
        <translation>本县要求例行检查亮码（使用执法检查码）</translation>
    </message>
    <message>
        <source>routine check on %1 recorded without the code (%2)</source>
        <translation>%1 的例行检查记录为未亮码（%2）</translation>
    </message>
    <message>
        <source>%1: %2, %3. Rule: %4.</source>
        <translation>%1：%2，%3。依据：%4。</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <source>Clues</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Case-file review</source>
        <translation>案卷评查</translation>
    </message>
    <message>
        <source>Officer points</source>
        <translation>执法人员积分</translation>
    </message>
    <message>
        <source>Duty lists</source>
        <translation>两张清单</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>监督发现</translation>
    </message>
    <message>
        <source>Unsaved review</source>
        <translation>评查未保存</translation>
    </message>
    <message>
        <source>A case-file review is not saved. Close FairCheck all the same?</source>
        <translation>有一份案卷评查尚未保存。仍要关闭执法监督工作台吗？</translation>
    </message>
</context>
<context>
    <name>TableExportAction</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1: export writes .csv or .xlsx files.</source>
        <translation>%1：只能导出为 .csv 或 .xlsx 文件。</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>%1: only .xlsx, .xls and .csv files can be read; save the file in one of these formats.</source>
        <translation>%1：只能读取 .xlsx、.xls 和 .csv 文件，请另存为其中一种格式。</translation>
    </message>
    <message>
        <source>%1 is an “XML Spreadsheet 2003” file, not an Excel workbook. Open it in Excel or WPS and save it as .xlsx, then import that file.</source>
        <translation>%1 是“XML 电子表格 2003”文件，不是 Excel 工作簿。请用 Excel 或 WPS 打开后另存为 .xlsx，再导入该文件。</translation>
    </message>
    <message>
        <source>%1 has a spreadsheet&apos;s name but is not an Excel workbook, nor a web page; it may be damaged.</source>
        <translation>%1 使用表格文件名，但既不是 Excel 工作簿也不是网页；文件可能已损坏。</translation>
    </message>
    <message>
        <source>the text holds a control character (U+%1), which no spreadsheet cell may contain</source>
        <translation>文字中含有控制字符（U+%1），单元格中不应出现这种字符</translation>
    </message>
    <message>
        <source>a cell of more than %1 characters, Excel&apos;s own limit</source>
        <translation>单元格超过 %1 个字符（Excel 本身的上限）</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: %4; the file was not read.</source>
        <translation>%1 第 %2 行第 %3 列：%4；未读取该文件。</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3, column %4: %5; the file was not read.</source>
        <translation>%1 工作表 %2 第 %3 行第 %4 列：%5；未读取该文件。</translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, far more than any register; it was not read.</source>
        <translation>%1 含有超过 %2 个单元格，远超任何名录的规模；未读取。</translation>
    </message>
</context>
<context>
    <name>TrainingStore</name>
    <message>
        <source>Credit-repair training</source>
        <translation>信用修复培训</translation>
    </message>
    <message>
        <source>Law lecture</source>
        <translation>法律讲座</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>法律咨询</translation>
    </message>
    <message>
        <source>A session needs its date and topic.</source>
        <translation>培训需要日期和主题。</translation>
    </message>
    <message>
        <source>The kind of session is one of: %1.</source>
        <translation>培训类型应为：%1。</translation>
    </message>
    <message>
        <source>No session has the number %1.</source>
        <translation>没有编号为 %1 的培训。</translation>
    </message>
    <message>
        <source>The date of the training</source>
        <translation>培训日期</translation>
    </message>
</context>
<context>
    <name>TrainingsTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>新建培训…</translation>
    </message>
    <message>
        <source>Add attendees…</source>
        <translation>添加参加企业…</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Enterprises (USCCs):</source>
        <translation>参加企业（统一社会信用代码）：</translation>
    </message>
    <message>
        <source>one USCC per line</source>
        <translation>每行一个统一社会信用代码</translation>
    </message>
    <message>
        <source>Attendees of session %1</source>
        <translation>培训 %1 的参加企业</translation>
    </message>
</context>
<context>
    <name>TriageRules</name>
    <message>
        <source>%1: %2 must be a list of words.</source>
        <translation>%1：%2 应为词语列表。</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1：第 %2 个字符处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: %2 names no department.</source>
        <translation>%1：%2 没有指定部门。</translation>
    </message>
    <message>
        <source>%1: deadlineWorkingDays must be positive.</source>
        <translation>%1：deadlineWorkingDays 应为正数。</translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>The unified social credit code is empty.</source>
        <translation>统一社会信用代码为空。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，此代码为 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 at position %2 is not allowed (the letters I, O, Z, S and V are never used).</source>
        <translation>第 %2 位的字符 %1 不允许使用（代码中不使用字母 I、O、Z、S、V）。</translation>
    </message>
    <message>
        <source>The first character (registration authority) cannot be %1.</source>
        <translation>第 1 位（登记管理部门代码）不能是 %1。</translation>
    </message>
    <message>
        <source>The second character (entity type) cannot be %1 for registration authority %2.</source>
        <translation>登记管理部门代码为 %2 时，第 2 位（机构类别代码）不能是 %1。</translation>
    </message>
    <message>
        <source>Characters 3–8 must be a six-digit administrative division code; %1 is not.</source>
        <translation>第 3–8 位应为六位数字的行政区划码，%1 不是。</translation>
    </message>
    <message>
        <source>Characters 3–8 (%1) do not start with a province code.</source>
        <translation>第 3–8 位（%1）不是以省级行政区划代码开头。</translation>
    </message>
    <message>
        <source>The organisation code (characters 9–17) ends in %1, but its first eight characters give %2.</source>
        <translation>组织机构代码（第 9–17 位）的校验码为 %1，但按其前八位计算应为 %2。</translation>
    </message>
    <message>
        <source>The check character is %1, but the first 17 characters give %2.</source>
        <translation>校验码为 %1，但按前 17 位计算应为 %2。</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The password library could not start.</source>
        <translation>密码库无法启动。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
    <message>
        <source>User name: required, without spaces.</source>
        <translation>用户名：必填，不能包含空格。</translation>
    </message>
    <message>
        <source>Role %1: choose one of %2.</source>
        <translation>角色 %1：应为 %2 之一。</translation>
    </message>
    <message>
        <source>Password: at least eight characters.</source>
        <translation>密码：至少八个字符。</translation>
    </message>
    <message>
        <source>The first user must be an administrator.</source>
        <translation>第一个用户必须是管理员。</translation>
    </message>
    <message>
        <source>User name %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>No active user is called %1.</source>
        <translation>没有名为 %1 的在用用户。</translation>
    </message>
    <message>
        <source>%1 is locked after too many wrong passwords until %2.</source>
        <translation>%1 因密码错误次数过多已被锁定，至 %2 解锁。</translation>
    </message>
    <message>
        <source>Wrong password; %1 is now locked for %2 minutes.</source>
        <translation>密码错误；%1 已被锁定 %2 分钟。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password; %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>密码错误；再错 %n 次账户将被锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueAliases</name>
    <message>
        <source>There is no kind of alias “%1”; the kinds are %2.</source>
        <translation>没有“%1”这一类对应；可用的类别为 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>An alias needs the value as files write it and the name it stands for.</source>
        <translation>对应需要填写文件中的写法和它所指的名称。</translation>
    </message>
    <message>
        <source>“%1” is not a %2 the register knows; an alias must point to one.</source>
        <translation>“%1”不是系统中已有的%2名称；对应必须指向已有名称。</translation>
    </message>
    <message>
        <source>“%1” is already a %2&apos;s name; it needs no alias.</source>
        <translation>“%1”已是%2的名称，无需对应。</translation>
    </message>
    <message>
        <source>There is no %1 alias “%2”.</source>
        <translation>没有%1的对应“%2”。</translation>
    </message>
    <message>
        <source>“%1…” is not a name written another way: a value takes one line of at most %2 characters.</source>
        <translation>“%1…”不是名称的另一种写法：写法须为一行，最多 %2 个字符。</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>12345 category</source>
        <translation>12345 诉求类型</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
</context>
<context>
    <name>ValueMappingPanel</name>
    <message>
        <source>Use these and check again</source>
        <translation>按此对应并重新检查</translation>
    </message>
    <message>
        <source>Values the register does not know, each once: choose what each stands for. Ticked ones are remembered for later imports.</source>
        <translation>以下是系统中没有的写法，每种只列一次：请选择各自对应的名称。勾选“记住”的，以后导入时自动对应。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>文件中的写法</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— 不对应 —</translation>
    </message>
</context>
<context>
    <name>VisitNotice</name>
    <message>
        <source>Inspection notice</source>
        <translation>入企检查通知书</translation>
    </message>
    <message>
        <source>Inspection code %1</source>
        <translation>检查码 %1</translation>
    </message>
    <message>
        <source>To %1 (unified social credit code %2):</source>
        <translation>%1（统一社会信用代码 %2）：</translation>
    </message>
    <message>
        <source>Under the county&apos;s joint inspection arrangement (one entry, several checks), %1 will inspect your enterprise on %2. The officers will show their enforcement certificates.</source>
        <translation>根据本县“综合查一次”联合检查安排（进一次门、查多项事），%1 将于 %2 对你单位开展检查。执法人员将出示执法证件。</translation>
    </message>
    <message>
        <source>Items to be checked</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>执法人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>Scan the code to check that this inspection is genuine: it names the date, the departments, the items and the officers. After the visit you may rate it; your rating is not shown to the inspecting department.</source>
        <translation>扫描检查码可核验本次检查的真实性：码中载明检查日期、部门、事项和执法人员。检查结束后可对本次检查进行评价，评价结果不向实施检查的部门展示。</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <source>Choose a visit to see its sheet.</source>
        <translation>请选择一次入企检查查看检查单。</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record results…</source>
        <translation>登记结果…</translation>
    </message>
    <message>
        <source>Satisfaction…</source>
        <translation>满意度评价…</translation>
    </message>
    <message>
        <source>Print notice…</source>
        <translation>打印通知书…</translation>
    </message>
    <message>
        <source>Save code…</source>
        <translation>保存检查码…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>取消检查…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3 · %4 · %5&lt;br&gt;%6 — %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3 · %4 · %5&lt;br&gt;%6 — %7</translation>
    </message>
    <message>
        <source>Departments: %1
Officers: %2</source>
        <translation>检查部门：%1
执法人员：%2</translation>
    </message>
    <message>
        <source>Satisfaction with visit %1</source>
        <translation>入企检查 %1 的满意度</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>评价：</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <source>3 — neutral</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <source>Rated on:</source>
        <translation>评价日期：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>Save the inspection notice</source>
        <translation>保存入企检查通知书</translation>
    </message>
    <message>
        <source>inspection-notice-%1.pdf</source>
        <translation>入企检查通知书-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the inspection code</source>
        <translation>保存检查码</translation>
    </message>
    <message>
        <source>inspection-code-%1.png</source>
        <translation>检查码-%1.png</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cancel visit %1</source>
        <translation>取消入企检查 %1</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Correct results…</source>
        <translation>更正结果…</translation>
    </message>
    <message>
        <source>Save the notice as PDF…</source>
        <translation>将通知书保存为 PDF…</translation>
    </message>
    <message>
        <source>Opens the print preview; right-click to save the notice as PDF.</source>
        <translation>打开打印预览；右键可将通知书保存为 PDF。</translation>
    </message>
    <message>
        <source>Inspection notice %1</source>
        <translation>检查通知书 %1</translation>
    </message>
    <message>
        <source>Print the inspection notice</source>
        <translation>打印检查通知书</translation>
    </message>
</context>
<context>
    <name>VisitResults</name>
    <message>
        <source>There is no visit %1.</source>
        <translation>没有编号为 %1 的入企检查。</translation>
    </message>
    <message>
        <source>Visit %1 is %2: results are recorded once, for a planned visit.</source>
        <translation>入企检查 %1 %2：检查结果只能对待检查的入企检查登记一次。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Item %1 is not checked in visit %2.</source>
        <translation>入企检查 %2 不检查事项 %1。</translation>
    </message>
    <message>
        <source>Item %1 has two results.</source>
        <translation>事项 %1 有两个结果。</translation>
    </message>
    <message>
        <source>Item %1: the result “%2” is not compliant, rectify or violation.</source>
        <translation>事项 %1：结果“%2”不是 compliant（合格）、rectify（限期整改）或 violation（违法）。</translation>
    </message>
    <message>
        <source>Item %1: a finding to rectify needs a deadline after the visit.</source>
        <translation>事项 %1：限期整改须有晚于检查日期的整改期限。</translation>
    </message>
    <message>
        <source>Every item of the visit needs a result; missing: %1.</source>
        <translation>每个检查事项都须有结果；缺少：%1。</translation>
    </message>
    <message>
        <source>Visit %1 has no results yet: the enterprise rates a visit after it.</source>
        <translation>入企检查 %1 尚无检查结果：企业在检查结束后才能评价。</translation>
    </message>
    <message>
        <source>A satisfaction rating is 1 to 5, not %1.</source>
        <translation>满意度评价为 1 至 5 分，不能是 %1。</translation>
    </message>
    <message>
        <source>Visit %1 has already been rated.</source>
        <translation>入企检查 %1 已有评价。</translation>
    </message>
    <message>
        <source>Only a planned visit can be cancelled.</source>
        <translation>只能取消待检查的入企检查。</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the visit.</source>
        <translation>请填写取消检查的原因。</translation>
    </message>
    <message>
        <source>The date of the visit</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>The date of the visit, %1, is before its plan&apos;s period begins (%2).</source>
        <translation>检查日期 %1 早于所属计划的起始日期（%2）。</translation>
    </message>
    <message>
        <source>Visit %1 has no recorded results to correct.</source>
        <translation>检查 %1 尚无可更正的结果。</translation>
    </message>
    <message>
        <source>Say why the results of visit %1 are corrected.</source>
        <translation>请说明更正检查 %1 结果的理由。</translation>
    </message>
    <message>
        <source>The date of the rating</source>
        <translation>评价日期</translation>
    </message>
</context>
<context>
    <name>VisitScheduler</name>
    <message>
        <source>No working day falls within the window of the departments&apos; checks (%1 to %2).</source>
        <translation>各部门检查时段（%1 至 %2）内没有工作日。</translation>
    </message>
    <message>
        <source>Not enough free certified officers of %1 on any working day of the window; conflicts of interest and the officers of the enterprise&apos;s last visit are excluded.</source>
        <translation>检查时段内任何工作日 %1 都没有足够的空闲持证执法人员（已排除需回避人员和该企业上次检查的人员）。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to FairCheck</source>
        <translation>欢迎使用执法监督工作台</translation>
    </message>
    <message>
        <source>FairCheck keeps your county&apos;s enterprises, inspections, cases and clues in one file on this computer. Choose where to start:</source>
        <translation>执法监督工作台把本县的企业、检查、案件和线索保存在本机的一个文件中。请选择从哪里开始：</translation>
    </message>
    <message>
        <source>Open the demo county</source>
        <translation>打开演示县</translation>
    </message>
    <message>
        <source>A complete example county with 18 months of history, to look around safely.</source>
        <translation>一个含 18 个月历史数据的完整示例县，可放心浏览。</translation>
    </message>
    <message>
        <source>Open a database file…</source>
        <translation>打开数据库文件…</translation>
    </message>
    <message>
        <source>A FairCheck file from a colleague or a backup.</source>
        <translation>同事提供的或备份的 FairCheck 文件。</translation>
    </message>
    <message>
        <source>Create an empty database…</source>
        <translation>新建空数据库…</translation>
    </message>
    <message>
        <source>Start your own county from scratch.</source>
        <translation>从零开始建立本县数据。</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>Cannot read the calendar %1.</source>
        <translation>无法读取日历 %1。</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2 (%3).</source>
        <translation>%1：第 %2 个字符处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: %2[%3] is not a date (YYYY-MM-DD).</source>
        <translation>%1：%2[%3] 不是日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>%1 is not a readable .xls workbook.</source>
        <translation>%1 不是可读取的 .xls 工作簿。</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; it has: %3.</source>
        <translation>%1 中没有名为“%2”的工作表；现有：%3。</translation>
    </message>
    <message>
        <source>%1, sheet %2: the sheet cannot be read.</source>
        <translation>%1 的工作表 %2 无法读取。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: the sheet “%2” is missing.</source>
        <translation>%1：缺少工作表“%2”。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (xl/workbook.xml is missing).</source>
        <translation>%1 不是 Excel 工作簿（缺少 xl/workbook.xml）。</translation>
    </message>
    <message>
        <source>%1 holds no sheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; it has: %3.</source>
        <translation>%1 中没有名为“%2”的工作表；现有：%3。</translation>
    </message>
    <message>
        <source>%1, sheet %2: the sheet cannot be read (%3).</source>
        <translation>%1 的工作表 %2 无法读取（%3）。</translation>
    </message>
    <message>
        <source>%1, sheet %2: a row is numbered “%3”, outside Excel&apos;s rows 1 to %4.</source>
        <translation>%1，工作表 %2：有一行的行号为“%3”，超出 Excel 的第 1 至 %4 行。</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3: the cell reference “%4” is outside Excel&apos;s columns A to XFD.</source>
        <translation>%1，工作表 %2，第 %3 行：单元格引用“%4”超出 Excel 的 A 至 XFD 列。</translation>
    </message>
    <message>
        <source>%1: the shared strings cannot be read (%2).</source>
        <translation>%1：无法读取共享字符串（%2）。</translation>
    </message>
    <message>
        <source>%1: the shared strings hold a single piece of text or markup of more than %2; the file is damaged or made to fill the memory, and was not read.</source>
        <translation>%1：共享字符串中有一段超过 %2 的文字或标记；文件已损坏或是为耗尽内存而制作的，未读取。</translation>
    </message>
    <message>
        <source>%1: shared string %2 is %3; the file was not read.</source>
        <translation>%1：第 %2 个共享字符串%3；未读取该文件。</translation>
    </message>
    <message>
        <source>%1: the shared strings hold more than %2 characters; the file was not read.</source>
        <translation>%1：共享字符串超过 %2 个字符；未读取该文件。</translation>
    </message>
    <message>
        <source>%1, sheet %2: a single cell or tag of more than %3; the file is damaged or made to fill the memory, and was not read.</source>
        <translation>%1 工作表 %2：有一个超过 %3 的单元格或标记；文件已损坏或是为耗尽内存而制作的，未读取。</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1 is not a valid XLSX file (not a ZIP archive).</source>
        <translation>%1 不是有效的 XLSX 文件（不是 ZIP 压缩包）。</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it cannot be unpacked.</source>
        <translation>%1 已损坏：部分内容无法解压。</translation>
    </message>
    <message>
        <source>%1: its part %2 unpacks to more than %3, far more than any spreadsheet; the file is damaged or made to fill the memory, and was not read.</source>
        <translation>%1：其中的 %2 解压后超过 %3，远超任何表格；文件已损坏或是为耗尽内存而制作的，未读取。</translation>
    </message>
    <message>
        <source>%1: its part %2 unpacks to more than %3 times its packed size, which no spreadsheet does; the file is damaged or made to fill the memory, and was not read.</source>
        <translation>%1：其中的 %2 解压后超过压缩大小的 %3 倍，正常表格不会如此；文件已损坏或是为耗尽内存而制作的，未读取。</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
</TS>
