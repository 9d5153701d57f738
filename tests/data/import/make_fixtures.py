#!/usr/bin/python3
"""Regenerates the import fixtures (committed; run by hand when they must change).

Needs python3-openpyxl and, for the LibreOffice-made file, libreoffice-calc.
"""
import datetime, os, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["统一社会信用代码", "企业名称", "法定代表人", "联系电话", "所属乡镇", "行业代码", "行业", "成立日期", "经营状态"]
ROWS = [
    ["91330100799655058B", "杭州测试贸易有限公司", "张三", "13812345678", "城关镇", "F51", "批发业", datetime.date(2015, 3, 2), "存续"],
    ["914403001922038216", "深圳测试通信技术有限公司", "李四", "0755-28780808", "东湖街道", "I65", "软件和信息技术服务业", datetime.date(1987, 9, 15), "在业"],
    ["9144030071526726XG", "深圳测试计算机系统有限公司", "王五", "", "城关镇", "I65", "软件和信息技术服务业", datetime.date(2000, 2, 24), "存续"],
]

def titled_workbook(path):
    """A roster as offices send it: a merged title row, a note row, then the header."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "企业名录"
    ws["A1"] = "清溪县市场主体名录（2026年11月）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "填报单位：县市场监督管理局"
    ws.merge_cells("A2:I2")
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for r in range(4, 4 + len(ROWS)):
        ws.cell(row=r, column=8).number_format = "yyyy年m月d日"
    other = wb.create_sheet("说明")
    other["A1"] = "本表由系统导出"
    wb.save(path)

def bad_rows_csv(path):
    lines = [",".join(HEADER)]
    lines.append("91330100799655058B,好企业有限公司,赵六,13812345678,城关镇,F51,批发业,2015-03-02,存续")
    lines.append("91330100799655058C,坏代码有限公司,钱七,13812345678,城关镇,F51,批发业,2015-03-02,存续")
    lines.append("914403001922038216,,孙八,12345,城关镇,F51,批发业,2015-13-40,存续")
    lines.append("9144030071526726XG,重复前的企业,周九,13812345678,城关镇,F51,批发业,2016-01-01,存续")
    lines.append("9144030071526726XG,重复的企业,吴十,13812345678,城关镇,F51,批发业,2016-01-01,不知道")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

def gbk_csv(path):
    lines = [",".join(HEADER)]
    for r in ROWS:
        cells = [c.isoformat() if isinstance(c, datetime.date) else c for c in r]
        # A quoted name with a comma and a line break inside, as Excel writes it.
        cells[1] = '"' + cells[1].replace("有限公司", "有限公司，\n分部") + '"' if r is ROWS[0] else cells[1]
        lines.append(",".join(cells))
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("gb18030"))

def libreoffice_xlsx(path):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "libreoffice-roster.csv")
        with open(src, "w", encoding="utf-8") as f:
            f.write(",".join(HEADER) + "\n")
            for r in ROWS:
                f.write(",".join(c.isoformat() if isinstance(c, datetime.date) else c for c in r) + "\n")
        subprocess.run(["libreoffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/5/9/2", "--convert-to", "xlsx",
                        "--outdir", tmp, src], check=True, capture_output=True)
        os.replace(os.path.join(tmp, "libreoffice-roster.xlsx"), path)

def legacy_xls(xlsx, path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["libreoffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "xls", "--outdir", tmp, xlsx], check=True, capture_output=True)
        os.replace(os.path.join(tmp, os.path.basename(xlsx)[:-1]), path)

titled_workbook(os.path.join(HERE, "titled-roster.xlsx"))
legacy_xls(os.path.join(HERE, "titled-roster.xlsx"), os.path.join(HERE, "titled-roster.xls"))
bad_rows_csv(os.path.join(HERE, "bad-rows.csv"))
gbk_csv(os.path.join(HERE, "gbk-roster.csv"))
libreoffice_xlsx(os.path.join(HERE, "libreoffice-roster.xlsx"))
