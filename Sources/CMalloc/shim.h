// glibc's malloc tuning (mallopt), which the Glibc module does not export: kb sets the size from
// which a buffer gets a mapping of its own (see Sources/kb/KB.swift).
#include <malloc.h>
