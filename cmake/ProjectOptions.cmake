# Compile options shared by our own targets. Applied per target, never globally.
# bucketdoctor_target_defaults(TARGET [KIND]): KIND names the precompiled header the target reuses
# (cmake/PrecompiledHeaders.cmake: core, the default; gui; test; guitest; none).
function(bucketdoctor_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast -Wcast-qual)
    if(BUCKETDOCTOR_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(BUCKETDOCTOR_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    set(kind core)
    if(ARGC GREATER 1)
        set(kind ${ARGV1})
    endif()
    if(NOT CMAKE_DISABLE_PRECOMPILE_HEADERS)
        target_compile_options(${target} PRIVATE -Winvalid-pch)
        if(NOT kind STREQUAL "none")
            if(NOT TARGET bucketdoctor_pch_${kind})
                message(FATAL_ERROR "${target}: no precompiled header holder bucketdoctor_pch_${kind}")
            endif()
            target_precompile_headers(${target} REUSE_FROM bucketdoctor_pch_${kind})
        endif()
    endif()
endfunction()
