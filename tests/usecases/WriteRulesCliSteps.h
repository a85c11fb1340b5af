#pragma once

// The steps the writing jobs' CLI tests share (WriteRulesCliTests, WriteRulesCliMoreTests): a
// meter started by serial number, its registers written as another tool would and read back
// with metersim --dump, commissioner-cli run on its link with a data folder, and the settings a
// history names.
#include "CatchCompat.h"
#include "MeterClientFactory.h"
#include "UpgradeFixture.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVector>
#include <memory>

inline QStringList meterArgs(const QString& serial, const QString& type,
                             const QStringList& extra = {})
{
    return QStringList{QStringLiteral("--type"), type, QStringLiteral("--serial-number"), serial} +
           extra;
}

// A Modbus client of its own on the fixture's meter, as another tool (or the meter's own
// display) would have.
inline std::unique_ptr<commissioner::MeterClient> clientOf(const UpgradeFixture& f)
{
    commissioner::LinkSettings link;
    link.port = f.port;
    auto client = commissioner::MeterClientFactory::open(link);
    REQUIRE(client);
    return std::move(client).value();
}

// Registers written straight to the meter, as another tool (or the meter itself) would.
inline void writeTo(const UpgradeFixture& f,
                    const QVector<QPair<int, commissioner::Registers>>& writes)
{
    const auto client = clientOf(f);
    for (const auto& w : writes)
        REQUIRE(client->writeRegisters(w.first, w.second));
}

// Site settings: PT `pt` V, CT 2000/1 A, `kwh` Wh delivered, a nameplate owner "North" (a
// write covers the whole 16-register setting).
inline void writeSite(const UpgradeFixture& f, quint32 pt, quint64 kwh)
{
    commissioner::Registers owner(16, 0);
    owner[0] = 0x4E6F;
    owner[1] = 0x7274;
    owner[2] = 0x6800;
    writeTo(f, {{1000, {quint16(pt >> 16), quint16(pt & 0xFFFF)}},
                {1003, {0, 2000, 1}},
                {1100, {0, 0, quint16(kwh >> 16), quint16(kwh & 0xFFFF)}},
                {1020, owner}});
}

// The template registers by address ("1000": value) as metersim --dump gives them.
inline QJsonObject templateOf(const UpgradeFixture& f)
{
    return f.dump().value(QStringLiteral("template")).toObject();
}

// One register of such a template; -1 where the dump has none.
inline int reg(const QJsonObject& t, int address)
{
    return t.value(QString::number(address)).toInt(-1);
}

// commissioner-cli on `link` with the data folder `dataDir`; its exit code.
inline int runCliIn(testsupport::CliProcess& cli, const QStringList& link, const QString& dataDir,
                    const QStringList& args)
{
    REQUIRE(cli.run(link + QStringList{QStringLiteral("--data-dir"), dataDir} + args, 120000));
    return cli.exitCode();
}

inline int runCli(testsupport::CliProcess& cli, const UpgradeFixture& f, const QStringList& args)
{
    return runCliIn(cli, f.link(), f.dataDir, args);
}

inline QStringList clockSync()
{
    return {QStringLiteral("clock"), QStringLiteral("sync")};
}

// The setting each history record names, in the history's order.
inline QStringList settingsIn(const QList<QJsonObject>& records)
{
    QStringList names;
    for (const QJsonObject& r : records)
        names << r.value(QStringLiteral("setting")).toString();
    return names;
}
