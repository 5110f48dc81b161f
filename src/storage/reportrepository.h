#pragma once

#include "core/result.h"
#include "database.h"

#include <QDate>

#include <memory>
#include <optional>

namespace csp {

// The usage reports this program asked Acronis for and has not deleted there yet, one per
// instance and month: a second run for the month reuses it instead of piling up another.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)

public:
    explicit ReportRepository(std::shared_ptr<Database> database);

    struct Report
    {
        QString id;
        qint64 version = 0; // 0: asked for before the version was kept (it cannot be deleted)
    };

    Result<std::optional<Report>> find(const QString &instanceId, QDate month) const;
    // The report and the version its creation answered: DELETE /reports/{id} requires it.
    Status remember(const QString &instanceId, QDate month, const Report &report);
    Status forget(const QString &instanceId, QDate month);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace csp
