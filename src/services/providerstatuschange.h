#pragma once

#include "core/instance.h"
#include "core/provider.h"
#include "core/result.h"

#include <QCoreApplication>

#include <functional>

namespace csp {

class ProviderRun;

// Suspends, resumes and cancels a stored provider: its tenant disabled, enabled, or disabled
// and deleted at Acronis, and its status recorded.
class ProviderStatusChange
{
    Q_DECLARE_TR_FUNCTIONS(csp::ProviderService) // its messages are the service's

public:
    explicit ProviderStatusChange(ProviderRun &run)
        : m_run(run)
    { }

    void suspend(const Instance &instance, const QString &customerId);
    void resume(const Instance &instance, const QString &customerId);
    void cancel(const Instance &instance, const QString &customerId);

private:
    void setEnabled(const QString &customerId, bool enabled);
    // Enables or disables the provider's tenant; `alreadyThere` when it was so already.
    void switchTenant(bool enabled, std::function<void(const Status &, bool alreadyThere)> done);
    void deleteDisabled();
    void confirmDeleted(const Error &deleteError);
    void cancelled();
    Status saveStatus(ProviderStatus status);

    ProviderRun &m_run;
};

} // namespace csp
