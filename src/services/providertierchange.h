#pragma once

#include "core/instance.h"

#include <QCoreApplication>
#include <QDate>

namespace csp {

class ProviderRun;

// Changes a provider's commitment tier at Acronis and in its contract.
class ProviderTierChange
{
    Q_DECLARE_TR_FUNCTIONS(csp::ProviderService) // its messages are the service's

public:
    explicit ProviderTierChange(ProviderRun &run)
        : m_run(run)
    { }

    // From `fromMonth` (the first of a month) on.
    void setTier(const Instance &instance, const QString &customerId, const QString &tierKey,
                 QDate fromMonth);

private:
    ProviderRun &m_run;
};

} // namespace csp
