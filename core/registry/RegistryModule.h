#pragma once

// The register's part of the program: it takes the imports of enterprises, departments,
// officers and inspection items.
class RegistryModule final
{
public:
    static void install();
};
