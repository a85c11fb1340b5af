#pragma once

#include <QCoreApplication>

namespace commissioner::cli {

// The translation context of every line commissioner-cli prints for people.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CommissionerCli)
};

} // namespace commissioner::cli
