#include "changeitemsdialog.h"

#include "productchoicetree.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace csp {

ChangeItemsDialog::ChangeItemsDialog(const QString &providerName, const QList<ProductRow> &products,
                                     const QStringList &enabledItems, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Change Products"));
    setObjectName(QStringLiteral("changeItemsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("The products \"%1\" may use. Checked ones are enabled on its "
                               "tenant at Acronis; unchecked ones are disabled there.")
                                    .arg(providerName),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_tree = new ProductChoiceTree(this);
    m_tree->setObjectName(QStringLiteral("changeItemsTree"));
    m_tree->fill(products);
    m_tree->setCheckedItems(enabledItems);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Change Products"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto allowed = [this, ok, before = m_tree->checkedItems()] {
        const QStringList now = m_tree->checkedItems();
        ok->setEnabled(!now.isEmpty() && now != before);
    };
    connect(m_tree, &QTreeWidget::itemChanged, this, allowed);
    allowed();
    layout->addWidget(buttons);
    resize(520, 480);
}

QStringList ChangeItemsDialog::checkedItems() const
{
    return m_tree->checkedItems();
}

} // namespace csp
