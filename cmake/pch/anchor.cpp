// The one source of a precompiled-header holder (cmake/PrecompiledHeaders.cmake): CMake builds a
// target's precompiled header alongside its objects, so the holder needs an object to build.
