# End-to-end test of planning through faircheck-cli: a plan from a seed, the same plan
# byte for byte from the same seed on another copy of the county, the draw re-run, the
# QR code decoded by zbarimg and scanned back, an altered code refused, results recorded.
# Run as: cmake -DCLI=faircheck-cli -DZBARIMG=zbarimg -DSQLITE3=sqlite3 -DWORK=dir -P PlanEndToEnd.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(ENV{LANG} C.UTF-8)
set(ENV{FAIRCHECK_LANG} en) # messages in English, as the expectations are written
set(ENV{QT_QPA_PLATFORM} offscreen)

include(${CMAKE_CURRENT_LIST_DIR}/CliExpect.cmake)

foreach(copy a b)
    expect_status(0 --db "${WORK}/${copy}.db" demo --seed 11 --enterprises 600 --as-of 2026-06-30)
    expect_status(0 --db "${WORK}/${copy}.db" plan create --from 2026-07-01 --to 2026-09-30 --seed 2026Q3 --json)
    string(JSON plan_${copy} GET "${LAST_OUT}" id)
    expect_status(0 --db "${WORK}/${copy}.db" plan export ${plan_${copy}} --out "${WORK}/${copy}.json")
endforeach()
file(SHA256 "${WORK}/a.json" digest_a)
file(SHA256 "${WORK}/b.json" digest_b)
if(NOT digest_a STREQUAL digest_b)
    message(FATAL_ERROR "the same seed gave two different plans: ${WORK}/a.json and ${WORK}/b.json")
endif()

set(DB "${WORK}/a.db")
expect_status(0 --db "${DB}" plan show ${plan_a} --json)
string(JSON visits LENGTH "${LAST_OUT}" visits)
if(visits LESS 10)
    message(FATAL_ERROR "the plan has only ${visits} visits:\n${LAST_OUT}")
endif()
string(JSON visit GET "${LAST_OUT}" visits 0 visit_id)
expect_status(0 --db "${DB}" plan verify ${plan_a})
expect_contains("${LAST_OUT}" "same")
expect_status(2 --db "${DB}" plan create --from 2026-08-01 --to 2026-08-31 --seed again)
expect_contains("${LAST_ERR}" "overlaps")
expect_status(2 --db "${DB}" plan create --from 2026-13-01 --to 2026-08-31)
expect_status(0 --db "${DB}" plan export ${plan_a} --out "${WORK}/plan.xlsx")
expect_status(0 --db "${DB}" plan export ${plan_a} --out "${WORK}/plan.csv")
file(READ "${WORK}/plan.csv" csv)
expect_contains("${csv}" "FC")

# The QR code decodes to the payload, which scans back as genuine; an altered one does not.
expect_status(0 --db "${DB}" visit code ${visit} --out "${WORK}/code.png" --json)
string(JSON payload GET "${LAST_OUT}" payload)
execute_process(COMMAND "${ZBARIMG}" --raw -q -Sbinary "${WORK}/code.png" RESULT_VARIABLE rc OUTPUT_VARIABLE decoded)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "zbarimg could not read the inspection code (exit ${rc})")
endif()
string(REGEX REPLACE "\n$" "" decoded "${decoded}")
if(NOT decoded STREQUAL payload)
    message(FATAL_ERROR "the QR code decodes to\n${decoded}\ninstead of\n${payload}")
endif()
expect_status(0 --db "${DB}" visit scan "${decoded}")
string(REGEX REPLACE "检查日期：2026" "检查日期：2025" altered "${decoded}")
expect_status(1 --db "${DB}" visit scan "${altered}")
expect_status(1 --db "${DB}" visit scan "not a code")
expect_status(0 --db "${DB}" visit notice ${visit} --out "${WORK}/notice.pdf")

# Results: every item needs one; then the visit is done and can be rated once.
expect_status(0 --db "${DB}" visit show ${visit} --json)
string(JSON items LENGTH "${LAST_OUT}" items)
set(findings)
math(EXPR last "${items} - 1")
foreach(i RANGE ${last})
    string(JSON code GET "${LAST_OUT}" items ${i} code)
    list(APPEND findings --finding "${code}=compliant")
endforeach()
expect_status(2 --db "${DB}" visit rate ${visit} --rating 5 --on 2026-07-20)
expect_status(0 --db "${DB}" visit result ${visit} --on 2026-07-20 ${findings})
expect_status(2 --db "${DB}" visit result ${visit} --on 2026-07-20 ${findings})
expect_status(0 --db "${DB}" visit rate ${visit} --rating 5 --on 2026-07-21)
expect_status(0 --db "${DB}" plan show ${plan_a} --json)
string(JSON done GET "${LAST_OUT}" done visits)
if(NOT done EQUAL 1)
    message(FATAL_ERROR "one visit has results, the plan shows ${done}")
endif()

# Every change above was made by the program and sealed into the audit trail.
expect_status(0 --db "${DB}" audit verify)

# A drawn check deleted outside the program is found by the re-run, and by the audit.
execute_process(COMMAND "${SQLITE3}" "${DB}"
    "DELETE FROM task_item WHERE task_id = (SELECT max(id) FROM inspection_task WHERE plan_id = ${plan_a} AND drawn = 1); DELETE FROM inspection_task WHERE id = (SELECT max(id) FROM inspection_task WHERE plan_id = ${plan_a} AND drawn = 1);"
    RESULT_VARIABLE rc)
expect_status(1 --db "${DB}" plan verify ${plan_a})
expect_contains("${LAST_OUT}" "missing")
expect_status(1 --db "${DB}" audit verify)
expect_contains("${LAST_OUT}${LAST_ERR}" "outside")
expect_status(0 --db "${DB}" check)
