#!/bin/sh
# Regenerates hotline-libreoffice-datetime.xlsx (committed; run by hand when it must change):
# 12345 orders whose 受理时间 LibreOffice stores as real date-time cells (a serial number of
# days with the time as its fraction, format yyyy-mm-dd hh:mm:ss), as a file re-saved from
# Excel, WPS or LibreOffice holds them.
set -e
cd "$(dirname "$0")"
work=$(mktemp -d)
cat > "$work/hotline-libreoffice-datetime.csv" <<'CSV'
工单编号,受理时间,诉求类型,诉求内容,承办单位
LO-0001,2026-11-03 10:00:22,咨询,咨询食品经营许可证办理流程,清溪县市场监督管理局
LO-0002,2026-11-04 18:38:55,投诉,反映执法人员检查时态度生硬、随意罚款,清溪县市场监督管理局
LO-0003,2026-11-05,感谢,感谢工作人员上门指导,清溪县市场监督管理局
CSV
# Field 8 (true): detect special numbers, so the times become date-time cells.
libreoffice --headless --infilter="CSV:44,34,76,1,,2052,false,true" --convert-to xlsx --outdir "$work" \
    "$work/hotline-libreoffice-datetime.csv" > /dev/null
cp "$work/hotline-libreoffice-datetime.xlsx" .
rm -rf "$work"
