# ctest PackagesContent: builds the DEB and the TGZ with cpack into WORK_DIR (the build tree is
# left alone), then checks that both hold the binaries, the desktop entry, the metainfo and every
# icon, and that the CLI from the extracted DEB runs and speaks the embedded languages.
#
#   cmake -DCPACK=… -DDPKG_DEB=… -DCPACK_CONFIG=<build>/CPackConfig.cmake -DWORK_DIR=…
#         -DVERSION=… -DAPP_ID=… -DWITH_GUI=ON|OFF "-DICON_SIZES=16;32;…" -P CheckPackages.cmake
cmake_minimum_required(VERSION 3.22)

foreach(var CPACK DPKG_DEB CPACK_CONFIG WORK_DIR VERSION APP_ID)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "CheckPackages.cmake: ${var} is not set")
    endif()
endforeach()

set(failures 0)
function(fail text)
    message(SEND_ERROR "FAIL: ${text}")
    math(EXPR count "${failures} + 1")
    set(failures ${count} PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

foreach(generator DEB TGZ)
    execute_process(COMMAND ${CPACK} --config ${CPACK_CONFIG} -G ${generator} -B ${WORK_DIR}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cpack -G ${generator} failed (${rc}):\n${out}\n${err}")
    endif()
endforeach()

file(GLOB debs ${WORK_DIR}/bucketdoctor_${VERSION}_*.deb)
file(GLOB tgzs ${WORK_DIR}/bucketdoctor-${VERSION}-*.tar.gz)
list(LENGTH debs deb_count)
list(LENGTH tgzs tgz_count)
if(NOT deb_count EQUAL 1 OR NOT tgz_count EQUAL 1)
    message(FATAL_ERROR "expected one DEB and one TGZ in ${WORK_DIR}, found: ${debs} ${tgzs}")
endif()

# What both packages must hold, relative to the install prefix.
set(expected bin/bucketdoctor-cli)
if(WITH_GUI)
    list(APPEND expected
        bin/bucketdoctor
        share/applications/${APP_ID}.desktop
        share/metainfo/${APP_ID}.metainfo.xml
        share/icons/hicolor/scalable/apps/${APP_ID}.svg)
    foreach(size IN LISTS ICON_SIZES)
        list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    endforeach()
endif()

# DEB: file list, control fields.
execute_process(COMMAND ${DPKG_DEB} -c ${debs} RESULT_VARIABLE rc OUTPUT_VARIABLE deb_list ERROR_VARIABLE err)
if(NOT (rc EQUAL 0))
    fail("dpkg-deb -c failed: ${err}")
endif()
foreach(path IN LISTS expected)
    string(FIND "${deb_list}" " ./usr/${path}\n" at)
    if(at EQUAL -1)
        fail("the DEB does not hold /usr/${path}")
    endif()
endforeach()
execute_process(COMMAND ${DPKG_DEB} -f ${debs} Package Version Depends
    RESULT_VARIABLE rc OUTPUT_VARIABLE control ERROR_VARIABLE err)
if(NOT (rc EQUAL 0))
    fail("dpkg-deb -f failed: ${err}")
endif()
if(NOT (control MATCHES "Package: bucketdoctor\n"))
    fail("wrong Package field:\n${control}")
endif()
if(NOT (control MATCHES "Version: ${VERSION}\n"))
    fail("wrong Version field:\n${control}")
endif()
if(NOT (control MATCHES "Depends:[^\n]*libqt6core6"))
    fail("Depends does not name the Qt runtime:\n${control}")
endif()

# TGZ: same files under the top-level directory.
execute_process(COMMAND ${CMAKE_COMMAND} -E tar tf ${tgzs} RESULT_VARIABLE rc OUTPUT_VARIABLE tgz_list ERROR_VARIABLE err)
if(NOT (rc EQUAL 0))
    fail("listing the TGZ failed: ${err}")
endif()
foreach(path IN LISTS expected)
    string(REGEX MATCH "(^|\n)bucketdoctor-${VERSION}-[^/\n]+/${path}\n" found "${tgz_list}")
    if(NOT found)
        fail("the TGZ does not hold ${path}")
    endif()
endforeach()

# The CLI from the extracted DEB: version, and the catalogs embedded in the binary.
set(root ${WORK_DIR}/root)
execute_process(COMMAND ${DPKG_DEB} -x ${debs} ${root} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT (rc EQUAL 0))
    fail("dpkg-deb -x failed: ${err}")
endif()
set(cli ${root}/usr/bin/bucketdoctor-cli)
execute_process(COMMAND ${cli} --version RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
    OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT (rc EQUAL 0))
    fail("bucketdoctor-cli --version failed (${rc}): ${err}")
endif()
if(NOT (out STREQUAL "bucketdoctor-cli ${VERSION}"))
    fail("bucketdoctor-cli --version printed '${out}'")
endif()
# The .qm catalogs are embedded in the binary: the --lang help line says "language" in each language.
foreach(case "zh_CN;语言" "ko;언어" "en;language")
    list(GET case 0 lang)
    list(GET case 1 word)
    execute_process(COMMAND ${cli} --lang ${lang} --help RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT (rc EQUAL 0))
        fail("bucketdoctor-cli --lang ${lang} --help failed (${rc}): ${err}")
    endif()
    string(FIND "${out}" "${word}" at)
    if(at EQUAL -1)
        fail("bucketdoctor-cli --lang ${lang} --help does not show '${word}':\n${out}")
    endif()
endforeach()

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} packaging check(s) failed; packages are in ${WORK_DIR}")
endif()
message(STATUS "DEB ${debs} and TGZ ${tgzs}: all checks passed")
