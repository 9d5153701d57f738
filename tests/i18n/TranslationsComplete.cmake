# Fails when a user-visible string has no Chinese translation: runs lupdate over the
# current sources into a copy of the catalogue and counts what is unfinished.
#   cmake -DLUPDATE=… -DSOURCE=<repo> -DWORK=<dir> -P TranslationsComplete.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(COPY "${SOURCE}/resources/translations/faircheck_zh_CN.ts" DESTINATION "${WORK}")
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none -silent
                        "${SOURCE}/core" "${SOURCE}/ui" "${SOURCE}/app" -ts "${WORK}/faircheck_zh_CN.ts"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(READ "${WORK}/faircheck_zh_CN.ts" catalogue)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" unfinished "${catalogue}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} string(s) without a Chinese translation; run the update_translations target "
                        "and translate them:\n${unfinished}")
endif()
message(STATUS "zh_CN: every string translated")
