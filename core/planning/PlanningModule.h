#pragma once

// Planning's part of the program: it takes the inspection records of the 互联网+监管
// platform.
class PlanningModule final
{
public:
    static void install();
};
