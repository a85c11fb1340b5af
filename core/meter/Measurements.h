#pragma once

#include "meter/MeterClient.h"

namespace commissioner {

// Section 3: live readings.
struct Measurements
{
    float voltage[3] = {};
    float current[3] = {};
    float kwTotal = 0;
    float kvarTotal = 0;
    float kvaTotal = 0;
    float powerFactor = 0;
    float frequency = 0;
    float secondsSincePowerUp = 0;

    static Measurements decode(const Registers& block); // 24 registers from 100
};

} // namespace commissioner
