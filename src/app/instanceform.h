#pragma once

#include "services/discountservice.h"

#include "core/pricecheck.h"

#include "core/instancerules.h"

#include <QWidget>

#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class InstanceForm;
}

namespace csp {

// The Applications Setup form of one instance: the seven fields, validated as they are typed
// with the shared rules, the live cost example and the product type. It only edits; the window
// saves through InstanceService and tests through ConnectionTest.
class InstanceForm : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceForm(QWidget *parent = nullptr);
    ~InstanceForm() override;

    void showInstance(const Instance &instance);
    void showNewInstance();
    // The discounts of applications and products that override the Distributor Discount
    // (set with 'acronis-csp discount set'), shown under it; or why they could not be read.
    void showDiscountOverrides(const Result<QList<DiscountOverride>> &overrides);
    // Notes under the discount what the last check against Acronis' price list found (nothing
    // when it was never checked); or why that could not be read.
    void showPriceCheck(const Result<std::optional<PriceCheckSummary>> &last);
    QString priceCheckNote() const;
    // Puts back what was saved (an empty form for a new instance) once the admin agrees to lose
    // the edits: one keystroke must not throw away a form's worth of typing.
    void revert();

    bool isNew() const { return m_instance.id.isEmpty(); }
    const Instance &savedInstance() const { return m_instance; }
    bool isDirty() const;
    bool isValid() const;
    // Whether there is something to test: gateway, client id and a secret (typed or stored).
    bool canTestConnection() const;
    // Whether the saved settings can be checked against the gateway: saved, unchanged, with a
    // stored secret.
    bool canCheckCompatibility() const;
    // The fields as typed, for InstanceService.
    InstanceChanges changes() const;
    // The typed secret, if any (empty field: keep the stored one).
    std::optional<QString> typedSecret() const;
    // The saved instance with the typed changes applied, for a connection test; nullopt while
    // a field is invalid.
    std::optional<Instance> draft() const;

    void showFieldError(InstanceField field, const QString &message);
    // Shows the message of every field, typed in or not (a Save with invalid fields), and
    // puts the cursor in the first invalid one.
    void revealAllChecks();
    // Whether a System Name is taken by another instance: the message, or empty. Asked as the
    // name is typed.
    using NameCheck = std::function<QString(const QString &name, const QString &instanceId)>;
    void setNameCheck(NameCheck check) { m_nameCheck = std::move(check); }
    // The whole message of a field (the line beside it may be shortened to fit).
    QString message(InstanceField field) const;
    void setBusy(bool busy);
    void setConnectionStatus(const QString &text, bool failed);
    void setConnectionTestRunning(bool running);
    void setKeychainAvailable(bool available);

signals:
    void saveRequested();
    void testConnectionRequested();
    void compatibilityCheckRequested();
    void priceCheckRequested();
    void discountsRequested();
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillChoices();
    void validate();
    void updateCostPreview(const std::optional<Decimal> &discount, const QString &currency);
    QString currencyCode() const;
    int currencyIndex(const QString &code) const;
    QStringList snapshot() const;
    QLabel *errorLabel(InstanceField field) const;
    void showCheck(InstanceField field, const QString &error, const QString &warning = {});
    void elide(QLabel *label) const;
    void touch(InstanceField field);

    std::unique_ptr<Ui::InstanceForm> m_ui;
    Instance m_instance;
    QStringList m_loaded; // the fields as shown at load time, for isDirty()
    bool m_valid = false;
    bool m_busy = false;
    bool m_testing = false;
    bool m_keychainAvailable = true;
    bool m_constructed = false;
    // Fields the admin typed in since the form was shown: only theirs are checked as typed.
    QSet<int> m_touched; // InstanceField values
    bool m_revealAll = false;
    QSet<int> m_invalid; // InstanceField values
    NameCheck m_nameCheck;
};

} // namespace csp
