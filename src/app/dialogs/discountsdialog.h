#pragma once

#include "core/instance.h"
#include "services/discountservice.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace csp {

class Database;

// The discounts of an instance's agreement with Acronis that differ by application or product:
// listed with the time each took effect, set and cleared from now on (DiscountService), so that
// closed months keep theirs.
class DiscountsDialog : public QDialog
{
    Q_OBJECT

public:
    DiscountsDialog(std::shared_ptr<Database> database, const Instance &instance,
                    QWidget *parent = nullptr);

    // Sets the typed discount for the chosen application or product; false with the reason
    // shown.
    bool setChosen();
    // Clears the override in the selected row.
    bool clearSelected();
    QString errorText() const;

signals:
    void discountsChanged();

private:
    void buildLayout();
    void fillTargets();
    void reload();
    void fail(const QString &message);

    std::shared_ptr<Database> m_database;
    Instance m_instance;
    QList<DiscountOverride> m_overrides;
    QComboBox *m_scope = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_percent = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_clear = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace csp
