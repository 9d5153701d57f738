# End-to-end test of faircheck-cli: exit statuses, JSON, and refusing foreign files.
# Run as: cmake -DCLI=path/to/faircheck-cli -DWORK=dir -P CliEndToEnd.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(ENV{LANG} C.UTF-8)
set(ENV{FAIRCHECK_DB} "${WORK}/from-env.db")

function(expect_status expected)
    execute_process(COMMAND "${CLI}" ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL expected)
        message(FATAL_ERROR "faircheck-cli ${ARGN}: expected exit ${expected}, got ${rc}\n${out}\n${err}")
    endif()
    set(LAST_OUT "${out}" PARENT_SCOPE)
    set(LAST_ERR "${err}" PARENT_SCOPE)
endfunction()

function(expect_contains text needle)
    string(FIND "${text}" "${needle}" pos)
    if(pos EQUAL -1)
        message(FATAL_ERROR "expected to find '${needle}' in:\n${text}")
    endif()
endfunction()

# Validation needs no database.
expect_status(0 validate uscc 91330100799655058B 914403001922038216)
expect_status(1 validate uscc 91330100799655058C)
expect_contains("${LAST_OUT}" "invalid")
expect_status(1 validate id 11010519491231002X 110105194912310021)
expect_status(2 validate)
expect_status(2 frobnicate)
expect_status(2 --no-such-option check)

# Global options before or after the command.
set(DB "${WORK}/county.db")
expect_status(0 --db "${DB}" demo --seed 3 --enterprises 300 --as-of 2026-11-29)
expect_status(0 check --db "${DB}" --json)
expect_contains("${LAST_OUT}" "\"ok\": true")
expect_status(2 --db "${DB}" demo --seed 3)
expect_contains("${LAST_ERR}" "empty database")
expect_status(2 --db "${DB}" demo --enterprises zero)

# FAIRCHECK_DB is used when --db is absent.
expect_status(0 init)
if(NOT EXISTS "${WORK}/from-env.db")
    message(FATAL_ERROR "FAIRCHECK_DB was not used")
endif()

# Backups open and pass the check.
expect_status(0 --db "${DB}" backup "${WORK}/copy.db")
expect_status(0 --db "${WORK}/copy.db" check)

# A random file is refused with a clear message and left byte-identical.
string(RANDOM LENGTH 5000 RANDOM_SEED 11 junk)
file(WRITE "${WORK}/notes.db" "${junk}")
file(SHA256 "${WORK}/notes.db" before)
expect_status(2 --db "${WORK}/notes.db" check)
expect_contains("${LAST_ERR}" "not a FairCheck database")
file(SHA256 "${WORK}/notes.db" after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "the random file was modified")
endif()
if(EXISTS "${WORK}/notes.db-wal")
    message(FATAL_ERROR "a WAL file was created next to the random file")
endif()

# Chinese messages with --lang zh_CN.
expect_status(1 --lang zh_CN validate uscc 91330100799655058C)
expect_contains("${LAST_OUT}" "校验")
message(STATUS "faircheck-cli end-to-end: all expectations met")
