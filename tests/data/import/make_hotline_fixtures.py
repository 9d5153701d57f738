#!/usr/bin/python3
"""Regenerates the 12345 export fixtures (committed; run by hand when they must change).

Sixty orders as a county's 12345 platform exports a month: a title row and an export
line above the header, its own column names (诉求分类, 所属街镇, 承办单位), every
category real exports carry (咨询、求助、投诉、举报、建议、表扬、感谢、其他), the handling
department written short (市场监管局 for 清溪县市场监督管理局) and townships without
their 镇. Saved two ways: a GBK CSV, and the HTML table web systems hand out as .xls.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = ["咨询", "求助", "投诉", "举报", "建议", "表扬", "感谢", "其他"]
DEPARTMENTS = ["市场监管局", "城管局", "县应急局", "生态环境局", "交通运输局"]
TOWNSHIPS = ["城关", "白沙", "东湖街道", "柳溪", "石门镇"]
SUBJECTS = {
    "投诉": "来电反映{d}执法人员检查时态度粗暴、随意罚款",
    "举报": "举报{d}对同一企业一月内重复检查三次",
    "咨询": "咨询{d}办理许可证需要哪些材料",
    "求助": "求助{d}协调门店装修审批",
    "建议": "建议{d}检查前先电话预约",
    "表扬": "表扬{d}执法人员上门指导耐心细致",
    "感谢": "感谢{d}执法检查中帮助企业整改",
    "其他": "反映小区停车难问题",
}

def orders():
    for i in range(60):
        category = CATEGORIES[i % len(CATEGORIES)]
        department = DEPARTMENTS[i % len(DEPARTMENTS)]
        township = TOWNSHIPS[i % len(TOWNSHIPS)]
        day = 1 + i % 28
        yield ["%d" % (i + 1), "12345-202611%02d-%04d" % (day, i + 1), "2026-11-%02d %02d:%02d" % (day, 8 + i % 9, (i * 7) % 60),
               category, SUBJECTS[category].format(d=department), township, department, "已办结" if i % 3 else "办理中"]

HEADER = ["序号", "工单编号", "受理时间", "诉求分类", "诉求内容", "所属街镇", "承办单位", "办理状态"]
TITLE = "清溪县12345政务服务便民热线工单导出（2026年11月）"
EXPORTED = "导出时间：2026-12-01 08:30:12    导出人：县司法局"

def csv_gbk(path):
    lines = [TITLE, EXPORTED, ",".join(HEADER)] + [",".join(o) for o in orders()]
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("gb18030"))

def html_xls(path):
    # As web systems write it: an HTML page in GBK named .xls, with Excel's office
    # namespaces, a title table first, then the data table with <th> headers.
    cells = lambda row, tag: "".join("<%s>%s</%s>" % (tag, c.replace("&", "&amp;").replace("<", "&lt;"), tag) for c in row)
    rows = "\n".join("<tr>%s</tr>" % cells(o, "td") for o in orders())
    page = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n"
            "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>工单导出</title></head>\n"
            "<body><table><tr><td colspan=\"8\"><b>%s</b></td></tr><tr><td colspan=\"8\">%s</td></tr></table>\n"
            "<table border=\"1\">\n<tr>%s</tr>\n%s\n</table></body></html>\n") % (TITLE, EXPORTED, cells(HEADER, "th"), rows)
    with open(path, "wb") as f:
        f.write(page.encode("gb18030"))

csv_gbk(os.path.join(HERE, "hotline-12345-export.csv"))
html_xls(os.path.join(HERE, "hotline-12345-export.xls"))
