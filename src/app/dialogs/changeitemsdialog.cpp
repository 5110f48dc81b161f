#include "changeitemsdialog.h"

#include "productchoicetree.h"
#include "ui_changeitemsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace csp {

ChangeItemsDialog::ChangeItemsDialog(const QString &providerName, const QList<ProductRow> &products,
                                     const QList<ProductKey> &enabledProducts, QWidget *parent)
    : QDialog(parent)
{
    Ui::ChangeItemsDialog ui;
    ui.setupUi(this);
    ui.changeItemsText->setText(tr("The products \"%1\" may use. Checked ones are enabled on its "
                                   "tenant at Acronis; unchecked ones are disabled there.")
                                        .arg(providerName));
    m_tree = ui.changeItemsTree;
    m_tree->fill(products);
    m_tree->setCheckedProducts(enabledProducts);
    QDialogButtonBox *buttons = ui.changeItemsButtons;
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Change Products"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto allowed = [this, ok, before = m_tree->checkedProducts()] {
        const QList<ProductKey> now = m_tree->checkedProducts();
        ok->setEnabled(!now.isEmpty() && now != before);
    };
    connect(m_tree, &QTreeWidget::itemChanged, this, allowed);
    allowed();
    resize(sizeHint().expandedTo(QSize(640, 480)));
}

QList<ProductKey> ChangeItemsDialog::checkedProducts() const
{
    return m_tree->checkedProducts();
}

} // namespace csp
