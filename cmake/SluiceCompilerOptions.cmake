# Compiler settings applied to every Sluice target through sluice_apply_options().

add_library(sluice_options INTERFACE)
target_compile_definitions(sluice_options INTERFACE
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(sluice_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(SLUICE_WARNINGS_AS_ERRORS)
        target_compile_options(sluice_options INTERFACE -Werror)
    endif()
    if(SLUICE_SANITIZE)
        target_compile_options(sluice_options INTERFACE -fsanitize=address,undefined
            -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(sluice_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(sluice_options INTERFACE /W4 /permissive- /utf-8)
    if(SLUICE_WARNINGS_AS_ERRORS)
        target_compile_options(sluice_options INTERFACE /WX)
    endif()
endif()
