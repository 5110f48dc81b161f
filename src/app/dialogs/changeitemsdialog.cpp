#include "changeitemsdialog.h"

#include "productchoicetree.h"
#include "ui_changeitemsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace csp {

ChangeItemsDialog::ChangeItemsDialog(const QString &providerName, const QList<ProductRow> &products,
                                     const QStringList &enabledItems, QWidget *parent)
    : QDialog(parent)
{
    Ui::ChangeItemsDialog ui;
    ui.setupUi(this);
    ui.changeItemsText->setText(tr("The products \"%1\" may use. Checked ones are enabled on its "
                                   "tenant at Acronis; unchecked ones are disabled there.")
                                        .arg(providerName));
    m_tree = ui.changeItemsTree;
    m_tree->fill(products);
    m_tree->setCheckedItems(enabledItems);
    QDialogButtonBox *buttons = ui.changeItemsButtons;
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
    resize(520, 480);
}

QStringList ChangeItemsDialog::checkedItems() const
{
    return m_tree->checkedItems();
}

} // namespace csp
