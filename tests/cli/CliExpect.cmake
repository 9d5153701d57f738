# Shared by the command-line end-to-end scripts: run faircheck-cli (${CLI}) and check
# its exit status and output.
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
