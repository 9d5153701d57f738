#pragma once

// Discretion's part of the program: it takes the imports of benchmark lists and of
// published (双公示) penalty cases.
class DiscretionModule final
{
public:
    static void install();
};
