#pragma once

// Supervision's part of the program: it takes the 12345 hotline's work orders.
class SupervisionModule final
{
public:
    static void install();
};
