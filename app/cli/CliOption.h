#pragma once

// One option of faircheck-cli: its name, the kind of value it takes (checked before the
// command runs), the value's name and the description --help shows (both translated in
// the CliApplication context), whether it may repeat, and whether every command takes it.
struct CliOption
{
    enum class Type { Flag, Text, File, Date, Month, Count, Integer };

    const char *name;
    Type type;
    const char *valueName;   // nullptr for a flag
    const char *description;
    bool repeatable = false;
    bool global = false;
};
