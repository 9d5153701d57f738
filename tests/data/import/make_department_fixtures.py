#!/usr/bin/python3
"""Regenerates the department-list fixtures (committed; run by hand when they must change).

A county's list of enforcement bodies as offices keep it: a title row, a serial-number
column, the full names, a few short names and 统一社会信用代码 as codes, some left blank.
Written as a GBK CSV the way WPS saves one, and as .xlsx through LibreOffice (needs
libreoffice-calc).
"""
import os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "清溪县行政执法主体名单（2026年）"
HEADER = ["序号", "执法主体名称", "简称", "统一社会信用代码", "备注"]
ROWS = [
    ["清溪县市场监督管理局", "市场监管", "11320987MB1A00001K", ""],
    ["清溪县生态环境局", "", "11320987MB1A00002G", ""],
    ["清溪县应急管理局", "应急管理", "", "代码待核"],
    ["清溪县卫生健康委员会", "", "", ""],
    ["清溪县消防救援大队", "消防救援", "", "实行垂直管理"],
    ["清溪县城市管理综合行政执法局", "城管", "11320987MB1A00006X", ""],
]

def rows():
    yield [TITLE, "", "", "", ""]
    yield HEADER
    for i, r in enumerate(ROWS, 1):
        yield [str(i)] + r

def csv_text():
    return "\r\n".join(",".join(r) for r in rows()) + "\r\n"

def gbk_csv(path):
    with open(path, "wb") as f:
        f.write(csv_text().encode("gb18030"))

def libreoffice_xlsx(path):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "departments.csv")
        with open(src, "w", encoding="utf-8") as f:
            f.write(csv_text())
        subprocess.run(["libreoffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2", "--convert-to", "xlsx",
                        "--outdir", tmp, src], check=True, capture_output=True)
        os.replace(os.path.join(tmp, "departments.xlsx"), path)

gbk_csv(os.path.join(HERE, "departments-wps.csv"))
libreoffice_xlsx(os.path.join(HERE, "departments.xlsx"))
