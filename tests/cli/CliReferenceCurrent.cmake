# The README's command table and the man page's COMMANDS section are what
# `faircheck-cli help --format markdown|man` prints from the command registry:
# tools/update-cli-reference.sh rewrites both; this check fails when either has drifted.
# -DCLI=program -DREADME=file -DMANPAGE=file
function(generated_block file begin end out)
    file(READ ${file} text)
    string(FIND "${text}" "${begin}" from)
    string(FIND "${text}" "${end}" to)
    if(from EQUAL -1 OR to EQUAL -1)
        message(FATAL_ERROR "${file} has no block between '${begin}' and '${end}'")
    endif()
    string(LENGTH "${begin}" skip)
    math(EXPR from "${from} + ${skip}")
    math(EXPR length "${to} - ${from}")
    string(SUBSTRING "${text}" ${from} ${length} block)
    string(STRIP "${block}" block)
    set(${out} "${block}" PARENT_SCOPE)
endfunction()

foreach(format markdown man)
    execute_process(COMMAND ${CLI} --lang en help --format ${format}
                    OUTPUT_VARIABLE printed RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "faircheck-cli help --format ${format} exited with ${status}")
    endif()
    string(STRIP "${printed}" printed)
    if(format STREQUAL "markdown")
        generated_block(${README} "<!-- commands: generated -->" "<!-- end of commands -->" kept)
        set(where ${README})
    else()
        generated_block(${MANPAGE} ".\\\" commands: generated" ".\\\" end of commands" kept)
        set(where ${MANPAGE})
    endif()
    if(NOT kept STREQUAL printed)
        file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/cli-reference-${format}.txt "${printed}\n")
        message(FATAL_ERROR "${where} differs from `faircheck-cli help --format ${format}` "
                            "(written to ${CMAKE_CURRENT_BINARY_DIR}/cli-reference-${format}.txt); "
                            "run tools/update-cli-reference.sh")
    endif()
endforeach()
message(STATUS "README and man page list the registry's commands")
