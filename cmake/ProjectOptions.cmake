# One INTERFACE target with the strict settings every target of ours links.
add_library(project_options INTERFACE)
target_compile_features(project_options INTERFACE cxx_std_20)
target_compile_definitions(project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    APP_VERSION="${PROJECT_VERSION}"
    $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
target_compile_options(project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    $<$<BOOL:${ACRONIS_CSP_WERROR}>:-Werror>)

# libstdc++'s cheap precondition checks (operator[] bounds, front() on empty, ...) in every
# build that is not a release: the tests run with them.
target_compile_definitions(project_options INTERFACE $<$<CONFIG:Debug,RelWithDebInfo>:_GLIBCXX_ASSERTIONS>)

# ACRONIS_CSP_SANITIZE=ON: AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer on
# everything of ours (CI's second build runs the whole suite so). Undefined behaviour aborts.
# ACRONIS_CSP_BUILD_FUZZERS=ON (clang): coverage for libFuzzer and the sanitizers on everything
# of ours; the fuzz targets link libFuzzer itself (bench/fuzz.sh builds and runs them).
option(ACRONIS_CSP_BUILD_FUZZERS "Build the fuzz targets as libFuzzer programs (clang)" OFF)
if(ACRONIS_CSP_BUILD_FUZZERS)
    set(fuzz_flags -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_compile_options(project_options INTERFACE ${fuzz_flags})
    target_link_options(project_options INTERFACE -fsanitize=address,undefined)
endif()

option(ACRONIS_CSP_SANITIZE "Build with AddressSanitizer + UndefinedBehaviorSanitizer" OFF)
if(ACRONIS_CSP_SANITIZE)
    set(sanitize_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(project_options INTERFACE ${sanitize_flags})
    target_link_options(project_options INTERFACE ${sanitize_flags})
endif()
