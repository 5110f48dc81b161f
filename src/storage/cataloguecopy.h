#pragma once

#include "storage/database.h"

#include <QList>
#include <QPair>

#include <memory>

namespace csp {

// The rows of each table of a catalogue, in the order a copy writes them.
using TableCounts = QList<QPair<QString, qint64>>;

// Copies a whole catalogue into another one, as `database copy --to` does.
class CatalogueCopy
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCopy)

public:
    // Every table of the catalogue, parents before the tables that refer to them (not the schema
    // version, which each side has of its own, nor who holds a lock now).
    static const QStringList &tables();
    static Result<TableCounts> count(const Database &database);
    // Copies everything of `source` into `target` in one transaction and checks that each
    // table then holds as many rows as in the source. A target that already holds instances
    // is refused (Conflict) and nothing is written; so is one with another schema version.
    static Result<TableCounts> copy(const std::shared_ptr<Database> &source,
                                    const std::shared_ptr<Database> &target);

private:
    static Status copyTable(const Database &source, const Database &target, const QString &table);
    static Status restartIdentities(const Database &target);
};

} // namespace csp
