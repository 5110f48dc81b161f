#pragma once

#include "acronis/records.h"
#include "core/contract.h"
#include "core/instance.h"
#include "core/provider.h"
#include "core/result.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace csp {

class ProviderRun;

// Provisions a service provider: pre-checks, plan, then each step, recording progress as it goes.
// Idempotent: a tenant with this customer id under the distributor is taken over, and a create
// that stopped half way continues where it stopped. A dry run checks and plans only.
class ProviderCreation
{
    Q_DECLARE_TR_FUNCTIONS(csp::ProviderService) // its messages are the service's

public:
    explicit ProviderCreation(ProviderRun &run);
    ~ProviderCreation();

    void create(const Instance &instance, const ProviderRequest &request, bool dryRun);

private:
    struct CreateStep;
    struct CreateRun;

    // the pre-checks and the plan, in order (providercreation.cpp)
    void lookForTenant(const QString &distributorId);
    void checkItems(const QString &distributorId);
    void checkLogin();
    void planCreate();

    // the steps (providercreationsteps.cpp)
    QList<CreateStep> createSteps();
    void runSteps(int index);
    void makeStep(int index, int attempt);
    void stepDone(int index);
    void stopAt(int index, const Error &error);
    void findTenant(std::function<void(const Result<bool> &)> found);
    void adoptTenant(const acronis::Tenant &tenant);
    void makeTenant(std::function<void(const Status &)> made);
    void findAdmin(std::function<void(const Result<bool> &)> found);
    void makeAdmin(std::function<void(const Status &)> made);
    void completeCreate();

    ProviderRun &m_run;
    std::unique_ptr<CreateRun> m_create;
};

// One step of a create, as a pair: how to find what it makes (when an earlier run, or a request
// whose answer was lost, may have made it), and how to make it. The same table runs a first
// create, resumes one that stopped, and adopts what a lost answer made.
struct ProviderCreation::CreateStep
{
    QString what;               // "the partner tenant "X"", for progress and messages
    std::function<bool()> done; // recorded as made
    // Looks for it at Acronis: true when found (and recorded); empty when it cannot be looked up.
    std::function<void(std::function<void(const Result<bool> &)>)> lookUp;
    // Makes it and records it in the provider.
    std::function<void(std::function<void(const Status &)>)> make;
    // Without a lookUp: how often it is made in all while the outcome stays unknown.
    int repeatsWhenUnsure = 1;
    // With a lookUp: the error for "it exists, but is not ours" (a name or login of another).
    std::function<Error(const Error &)> conflict = {};
};

// The state of one create, from the pre-checks to the last step.
struct ProviderCreation::CreateRun
{
    ProviderRequest request;
    bool dryRun = false;
    QString distributorId;
    std::optional<acronis::Tenant> existingTenant; // with this customer id, under the distributor
    QList<acronis::OfferingItem> items;            // to enable
    std::optional<ContractTier> tier;              // the contract tier asked for
    QString adoptedUserId; // the admin user an earlier, interrupted run created
    QList<CreateStep> steps;
};

} // namespace csp
