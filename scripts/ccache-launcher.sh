# Sourced by build.sh and fuzz.sh: sets `launcher` to the CMake option that compiles through ccache,
# when it is installed, and makes the cache shared by every checkout of the repository.
# - CCACHE_BASEDIR: paths inside the checkout are hashed relative to it, so a clean clone in another
#   folder (CI, a worktree) hits what this one compiled;
# - CCACHE_NOHASHDIR: RelWithDebInfo compiles with -g, and ccache would otherwise hash the working
#   directory (the price: debug info of a cached object names the folder that first compiled it);
# - CCACHE_SLOPPINESS: units that use a precompiled header are cached only with these two.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
    export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
    export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros}
fi
