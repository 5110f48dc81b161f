#include "changetierdialog.h"

#include "core/month.h"
#include "monthchoice.h"
#include "ui_changetierdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace csp {

ChangeTierDialog::ChangeTierDialog(const QString &providerName, const QString &currentTier,
                                   const QList<ContractTier> &tiers, const QString &currency,
                                   QWidget *parent)
    : QDialog(parent)
{
    Ui::ChangeTierDialog ui;
    ui.setupUi(this);
    ui.changeTierText->setText(tr("The commitment tier of \"%1\" is set at Acronis and kept here "
                                  "for its invoices from the month chosen on.")
                                       .arg(providerName));
    m_tier = ui.changeTierTier;
    m_from = ui.changeTierFrom;
    for (const ContractTier &tier : tiers)
        m_tier->addItem(ContractRules::describe(tier, currency, QLocale()), tier.key);
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(currentTier)));
    const QDate thisMonth = currentMonth();
    for (int ahead = 0; ahead <= 12; ++ahead) {
        const QDate month = thisMonth.addMonths(ahead);
        const QString name = monthName(month);
        m_from->addItem(ahead == 0 ? tr("%1 (this month)").arg(name) : name, month);
    }
    QDialogButtonBox *buttons = ui.changeTierButtons;
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change Tier"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto unchanged = [this, currentTier, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(tierKey() != currentTier);
    };
    connect(m_tier, &QComboBox::currentIndexChanged, this, unchanged);
    unchanged();
    // Wide enough for its title in a window manager's title bar, and for the tier in words.
    setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 60, sizeHint().width()));
}

QString ChangeTierDialog::tierKey() const
{
    return m_tier->currentData().toString();
}

QDate ChangeTierDialog::fromMonth() const
{
    return m_from->currentData().toDate();
}

} // namespace csp
