#pragma once

// Joins the modules that lower layers only know through interfaces: the signed-in
// session answers the database layer's access questions, and each module registers the
// import kinds whose tables it owns. Every program calls install() once at start,
// before it opens a database.
class CoreModules final
{
public:
    static void install();
};
