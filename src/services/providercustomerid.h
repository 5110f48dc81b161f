#pragma once

#include "core/instance.h"

#include <QCoreApplication>

namespace csp {

class ProviderRun;

// A provider's billing account id, at Acronis (the tenant's customer_id) and in the catalogue.
class ProviderCustomerId
{
    Q_DECLARE_TR_FUNCTIONS(csp::ProviderService) // its messages are the service's

public:
    explicit ProviderCustomerId(ProviderRun &run)
        : m_run(run)
    { }

    // Refuses an empty id, the tenant id and one another provider has; changes nothing when the
    // provider has it already.
    void edit(const Instance &instance, const QString &customerId, const QString &newCustomerId);

private:
    bool isFree(const QString &newCustomerId);
    void write(const QString &newCustomerId);

    ProviderRun &m_run;
};

} // namespace csp
